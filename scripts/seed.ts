// npm run db:seed: fills an empty database with the demo data of the brief — four
// sign-ins, two accounts and a dozen domains across the statuses — by calling the same
// use cases as the app, so every status and action is derived, never written by hand.
import { hashPassword } from "../lib/auth/password";
import { formatChinaWallClock } from "../lib/icp/time";
import { describeTarget, openDatabase } from "../lib/db/connect";
import type { PrismaClient, Hosting, MessageKind, ProviderAccess, Channel } from "../lib/generated/prisma/client";
import type { Actor } from "../lib/use-cases/actor";
import { createDomain } from "../lib/use-cases/create-domain";
import { recordMessage } from "../lib/use-cases/record-message";
import { updateAction } from "../lib/use-cases/update-action";
import { isMainModule, runScript } from "./lib/run";

export const DEMO_PASSWORD = "icp-demo-2026";

const HOUR = 3600_000;
const DAY = 24 * HOUR;

type DemoMessage = { kind: MessageKind; channel?: Channel; ago: number; text: string; deadline?: Date };
type DemoDomain = {
  name: string;
  account: "Acme Trading" | "Beta Media";
  facts?: { hosting?: Hosting; providerAccess?: ProviderAccess };
  filingType?: string;
  messages: DemoMessage[];
};

/**
 * The duties of an ICP number (footer, PSB filing) last while it is valid (ADR 0004). A demo
 * customer who has held a number for months has done them long ago, so the seed marks them done
 * for numbers granted more than this long ago; newer ones stay open with their deadlines.
 */
const DUTIES_DONE_AFTER = 60 * DAY;

function demoDomains(now: Date): DemoDomain[] {
  const rectifyBy = new Date(now.getTime() + 6 * DAY);
  const footerBy = new Date(now.getTime() - 2 * DAY);
  return [
    {
      name: "acme-trading.cn",
      account: "Acme Trading",
      facts: { hosting: "provider", providerAccess: "active" },
      filingType: "首次备案",
      messages: [
        { kind: "filing_submitted", ago: 40 * DAY, text: "Your ICP filing order for acme-trading.cn was submitted for the provider's first review." },
        { kind: "submitted_to_authority", ago: 38 * DAY, text: "The order for acme-trading.cn passed the first review and was submitted to the communications administration." },
        { kind: "filing_approved", ago: 20 * DAY, text: "【工信部】您的ICP备案申请已通过审核，备案号：沪ICP备2024031234号-1，网站域名：acme-trading.cn。备案成功。" },
        { kind: "provider_synced", ago: 18 * DAY, text: "The MIIT approval of acme-trading.cn (沪ICP备2024031234号-1) was synced to the provider's filing system." },
      ],
    },
    {
      name: "acmeshop.com.cn",
      account: "Acme Trading",
      filingType: "新增网站",
      messages: [
        { kind: "filing_approved", ago: 5 * HOUR, text: "ICP Filing successful. Your ICP filing for acmeshop.com.cn has been approved by MIIT. ICP number: 沪ICP备2024031234号-2." },
      ],
    },
    {
      name: "acme-cloud.com",
      account: "Acme Trading",
      messages: [
        { kind: "filing_approved", ago: 200 * DAY, text: "备案成功：acme-cloud.com 备案号 沪ICP备2023009876号-1。" },
        { kind: "provider_synced", ago: 199 * DAY, text: "Sync recorded for acme-cloud.com." },
        {
          kind: "filing_invalid",
          channel: "email",
          ago: 2 * DAY,
          text: "Invalid ICP Filing: the ICP filing of acme-cloud.com (沪ICP备2023009876号-1) is resolved to an IP address that does not belong to an access service provider. The filing may soon be cancelled by the local communications administration.",
        },
      ],
    },
    {
      // A second invalid filing with unknown facts, so the support agent's journey has one
      // of its own to answer for the customer.
      name: "acme-static.cn",
      account: "Acme Trading",
      messages: [
        { kind: "filing_approved", ago: 320 * DAY, text: "备案成功：acme-static.cn，沪ICP备2023007788号-1。" },
        {
          kind: "filing_invalid",
          channel: "email",
          ago: 3 * DAY,
          text: "【空壳网站核查】您的网站 acme-static.cn（沪ICP备2023007788号-1）解析的IP地址不属于接入服务商，备案存在被注销的风险，请尽快处理。",
        },
      ],
    },
    {
      name: "acme-mall.cn",
      account: "Acme Trading",
      messages: [
        { kind: "filing_approved", ago: 400 * DAY, text: "备案成功，备案号：沪ICP备2022001122号-1，域名 acme-mall.cn。" },
        { kind: "icp_number_cancelled", ago: 3 * DAY, text: "【工信部】您的网站 acme-mall.cn 备案号 沪ICP备2022001122号-1 已被注销，请登录 https://beian.miit.gov.cn 查询。" },
      ],
    },
    {
      name: "例子商店.中国",
      account: "Acme Trading",
      filingType: "首次备案",
      messages: [
        { kind: "submitted_to_authority", ago: 31 * HOUR, text: "订单已提交管局审核，请留意工信部发送的核验短信。" },
        {
          kind: "verification_code",
          ago: 30 * HOUR,
          text: "【工信部ICP备案】验证码：482913。您的ICP备案申请需要短信核验，请于24小时内登录 https://beian.miit.gov.cn 完成核验。",
        },
      ],
    },
    {
      name: "acme-tech.net",
      account: "Acme Trading",
      messages: [{ kind: "filing_submitted", ago: 1 * DAY, text: "您的备案订单（acme-tech.net）已提交，正在等待服务商初审，审核人员会致电网站负责人。" }],
    },
    {
      name: "acme-news.cn",
      account: "Acme Trading",
      messages: [
        { kind: "filing_approved", ago: 500 * DAY, text: "备案成功，备案号 沪ICP备2021004455号-3。" },
        {
          kind: "rectification_notice",
          channel: "email",
          ago: 4 * DAY,
          deadline: rectifyBy,
          text: `尊敬的用户：经核查，您的网站 acme-news.cn（沪ICP备2021004455号-3）备案信息与实际情况不符，请您务必于${formatChinaWallClock(rectifyBy)}之前完成整改，逾期将取消接入。`,
        },
      ],
    },
    {
      name: "betamedia.cn",
      account: "Beta Media",
      facts: { hosting: "provider", providerAccess: "active" },
      messages: [
        { kind: "filing_approved", ago: 90 * DAY, text: "ICP Filing successful: betamedia.cn, 京ICP备2023123456号-1." },
        { kind: "provider_synced", ago: 88 * DAY, text: "Provider sync recorded for betamedia.cn." },
        {
          kind: "footer_notice",
          channel: "email",
          ago: 10 * DAY,
          deadline: footerBy,
          text: `您的网站 betamedia.cn 首页底部未展示备案号 京ICP备2023123456号-1 或未链接至 https://beian.miit.gov.cn，请于${formatChinaWallClock(footerBy).slice(0, 10)}前完成整改。`,
        },
      ],
    },
    {
      name: "beta-video.com",
      account: "Beta Media",
      messages: [
        { kind: "filing_approved", ago: 300 * DAY, text: "备案成功：beta-video.com，京ICP备2022654321号-2。" },
        { kind: "access_cancelled", channel: "email", ago: 6 * DAY, text: "您的网站 beta-video.com（京ICP备2022654321号-2）因超期未整改，已被取消接入。请尽快在新的接入商处办理接入备案，否则备案号可能被注销。" },
      ],
    },
    {
      name: "beta-blog.cn",
      account: "Beta Media",
      messages: [{ kind: "submitted_to_authority", ago: 7 * DAY, text: "Your filing for beta-blog.cn was submitted to the communications administration for review (up to 20 working days)." }],
    },
    {
      name: "beta-live.cn",
      account: "Beta Media",
      messages: [{ kind: "authority_rejected", ago: 2 * DAY, text: "【管局】您的备案申请 beta-live.cn 被驳回：网站名称不符合要求，请修改后重新提交。" }],
    },
    { name: "beta-music.com", account: "Beta Media", messages: [] },
    {
      name: "beta-shop.cn",
      account: "Beta Media",
      filingType: "新增网站",
      messages: [
        { kind: "filing_submitted", ago: 3 * DAY, text: "Your ICP filing order for beta-shop.cn was submitted for the provider's first review." },
        {
          kind: "provider_returned",
          channel: "email",
          ago: 2 * DAY,
          text: "您的备案订单 beta-shop.cn 初审未通过：网站名称不能使用域名，主办单位名称与营业执照不一致，请修改后重新提交。",
        },
      ],
    },
    {
      name: "acme-old.cn",
      account: "Acme Trading",
      messages: [
        { kind: "filing_approved", ago: 900 * DAY, text: "备案成功：acme-old.cn，沪ICP备2019003344号-1。" },
        {
          kind: "cancellation_verification",
          ago: 1 * DAY,
          text: "【工信部】您正在办理网站 acme-old.cn（沪ICP备2019003344号-1）的注销备案，请登录 https://beian.miit.gov.cn 完成注销核验。",
        },
      ],
    },
    {
      name: "beta-ads.cn",
      account: "Beta Media",
      facts: { hosting: "provider", providerAccess: "cancelled" },
      messages: [
        { kind: "filing_approved", ago: 365 * DAY, text: "备案成功：beta-ads.cn 京ICP备2021777888号-1。" },
        { kind: "filing_invalid", channel: "email", ago: 1 * DAY, text: "空壳网站核查通知：您的网站 beta-ads.cn（京ICP备2021777888号-1）已无接入服务商，属于空壳网站，存在被注销的风险。" },
      ],
    },
  ];
}

/** Seeds the demo data if the database has no users; answers whether it did. */
export async function seedDemo(db: PrismaClient, now: Date = new Date()): Promise<boolean> {
  if ((await db.user.count()) > 0) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const acme = await db.account.create({ data: { name: "Acme Trading" } });
  const beta = await db.account.create({ data: { name: "Beta Media" } });
  const admin = await db.user.create({ data: { email: "admin@example.com", name: "Avery Admin", role: "admin", passwordHash } });
  await db.user.createMany({
    data: [
      { email: "agent@example.com", name: "Sam Support", role: "agent", passwordHash },
      { email: "customer@example.com", name: "Chen Wei", role: "customer", accountId: acme.id, passwordHash },
      { email: "other@example.com", name: "Li Na", role: "customer", accountId: beta.id, passwordHash },
    ],
  });
  const actor: Actor = { userId: admin.id, label: admin.email, role: "admin", accountId: null };
  for (const demo of demoDomains(now)) {
    const oldest = Math.max(0, ...demo.messages.map((m) => m.ago));
    const created = await createDomain(db, {
      actor,
      input: { name: demo.name, account: demo.account },
      now: new Date(now.getTime() - oldest - HOUR),
    });
    await db.domain.update({
      where: { id: created.domainId },
      data: { ...demo.facts, filingType: demo.filingType ?? null },
    });
    for (const message of [...demo.messages].sort((a, b) => b.ago - a.ago)) {
      const receivedAt = new Date(now.getTime() - message.ago);
      await recordMessage(db, {
        actor,
        now: new Date(receivedAt.getTime() + 10 * 60_000),
        input: {
          domain: demo.name,
          text: message.text,
          receivedAt,
          kind: message.kind,
          channel: message.channel,
          deadline: message.deadline,
        },
      });
    }
    const approval = demo.messages.find((m) => m.kind === "filing_approved");
    if (approval && approval.ago > DUTIES_DONE_AFTER) {
      const duties = await db.action.findMany({
        where: { domainId: created.domainId, key: { in: ["display_icp_number", "complete_psb_filing"] }, state: "open" },
      });
      // Done by the account's own customer, as it would have been.
      const owner = await db.user.findFirstOrThrow({ where: { account: { name: demo.account }, role: "customer" } });
      const ownerActor: Actor = { userId: owner.id, label: owner.email, role: "customer", accountId: owner.accountId };
      for (const duty of duties) {
        await updateAction(db, {
          actor: ownerActor,
          actionId: duty.id,
          input: { state: "done", version: duty.version },
          now: new Date(now.getTime() - approval.ago + 20 * DAY),
        });
      }
    }
  }
  return true;
}

if (isMainModule(import.meta.url)) {
  await runScript(async () => {
    const db = await openDatabase();
    try {
      const seeded = await seedDemo(db.prisma);
      console.log(
        seeded
          ? `Seeded the demo data into the ${describeTarget(db.target)}. Sign in as admin@example.com, agent@example.com, customer@example.com or other@example.com with the password ${DEMO_PASSWORD}.`
          : `The ${describeTarget(db.target)} already has users: nothing seeded.`,
      );
    } finally {
      await db.close();
    }
  });
}
