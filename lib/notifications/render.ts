// The words of a notification, in the recipient's language: the in-app title and body,
// and the e-mail's subject, plain text and HTML. Built from the event's facts (domain,
// status, actions, due dates in China time); verification codes are never among them,
// and every text passes maskVerificationCodes once more on the way out.
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { ACTION_CATALOGUE, STATUS_CATALOGUE } from "@/lib/icp/catalogue";
import { maskVerificationCodes } from "@/lib/icp";
import { isActionKey, isDomainStatus } from "@/lib/icp/kinds";
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import type { EventPayload } from "./enqueue";

export type RenderableEvent = {
  id: string;
  kind: NotificationKind;
  domainName: string | null;
  payload: unknown;
};

export type Rendered = { title: string; body: string; html: string; url: string | null };

const zh = (locale: Locale) => locale === "zh-CN";

function actionName(key: string, locale: Locale): string {
  return isActionKey(key) ? ACTION_CATALOGUE[key].title[zh(locale) ? "zh" : "en"] : key;
}

function statusName(status: string | undefined, locale: Locale): string {
  return status && isDomainStatus(status) ? STATUS_CATALOGUE[status].title[zh(locale) ? "zh" : "en"] : (status ?? "");
}

function due(dueAt: string | null | undefined, locale: Locale): string {
  if (!dueAt) return zh(locale) ? "无截止时间" : "no due date";
  return formatDateTime(new Date(dueAt), locale);
}

const STEP_WORDS: Record<string, { en: string; zh: string }> = {
  "12h": { en: "in 12 hours", zh: "12小时后" },
  "2h": { en: "in 2 hours", zh: "2小时后" },
  "7d": { en: "in 7 days", zh: "7天后" },
  "1d": { en: "in 1 day", zh: "1天后" },
};

/** The dashboard of the domain, from NEXTAUTH_URL (the app's public address). */
export function dashboardUrl(domainName: string | null, baseUrl = appBaseUrl()): string | null {
  if (!domainName) return null;
  return `${baseUrl.replace(/\/$/, "")}/domains/${encodeURIComponent(domainName)}`;
}

export function appBaseUrl(): string {
  return process.env.NEXTAUTH_URL?.trim() || `http://localhost:${process.env.PORT ?? "3000"}`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

type Parts = { title: string; lines: string[] };

function parts(event: RenderableEvent, locale: Locale): Parts {
  const p = (event.payload ?? {}) as EventPayload;
  const domain = p.domain ?? event.domainName ?? "";
  const z = zh(locale);
  switch (event.kind) {
    case "actions_opened": {
      const status = statusName(p.status, locale);
      const actions = p.actions ?? [];
      return {
        title: z ? `${domain}：${status}，有${actions.length}项待办` : `${domain}: ${status}, ${actions.length} action${actions.length === 1 ? "" : "s"} to take`,
        lines: [
          z ? `${domain} 收到一条新的备案消息。当前状态：${status}。` : `A new filing message about ${domain} was recorded. Status now: ${status}.`,
          ...(p.reason ? [z ? p.reason.zh : p.reason.en] : []),
          z ? "需要您处理：" : "What to do:",
          ...actions.map((a) => (z ? `• ${actionName(a.key, locale)}（截止 ${due(a.dueAt, locale)}）` : `• ${actionName(a.key, locale)} (due ${due(a.dueAt, locale)})`)),
        ],
      };
    }
    case "reminder": {
      const a = p.action;
      const when = STEP_WORDS[p.step ?? ""]?.[z ? "zh" : "en"] ?? "";
      const name = a ? actionName(a.key, locale) : "";
      return {
        title: z ? `提醒：${domain} 的“${name}”将于${when}到期` : `Reminder: ${name} for ${domain} is due ${when}`,
        lines: [
          z ? `截止时间：${due(a?.dueAt, locale)}。` : `Due ${due(a?.dueAt, locale)}.`,
          z ? "完成后请在控制台中标记为已完成，我们就不会再提醒您。" : "Mark it done on the dashboard once finished, and we stop reminding you.",
        ],
      };
    }
    case "overdue": {
      const a = p.action;
      const name = a ? actionName(a.key, locale) : "";
      return {
        title: z ? `已逾期：${domain} 的“${name}”` : `Overdue: ${name} for ${domain}`,
        lines: [z ? `截止时间为 ${due(a?.dueAt, locale)}，现已逾期。请尽快处理。` : `It was due ${due(a?.dueAt, locale)} and is now overdue. Please act as soon as possible.`],
      };
    }
    case "escalation": {
      const a = p.action;
      const name = a ? actionName(a.key, locale) : "";
      const account = p.account ?? "";
      return {
        title: z ? `升级处理：${account} 的 ${domain} 紧急事项已逾期` : `Escalation: ${domain} (${account}) has an overdue urgent action`,
        lines: [
          z ? `紧急事项“${name}”截止于 ${due(a?.dueAt, locale)}，客户尚未完成。` : `The urgent action "${name}" was due ${due(a?.dueAt, locale)} and the customer has not finished it.`,
          z ? "请联系客户并在账户审核页记录处理结果。" : "Contact the customer and record the outcome on the account review page.",
        ],
      };
    }
    case "status_cancelled": {
      const status = statusName(p.status, locale);
      return {
        title: z ? `${domain}：${status}` : `${domain}: ${status}`,
        lines: [
          z ? `${domain} 的备案状态变为“${status}”。` : `The filing status of ${domain} is now "${status}".`,
          ...(p.reason ? [z ? p.reason.zh : p.reason.en] : []),
        ],
      };
    }
    case "digest": {
      const items = (p as { items?: { title: { en: string; zh: string } }[] }).items ?? [];
      return {
        title: z ? `ICP备案每日汇总：${items.length}条通知` : `Your daily ICP filing summary: ${items.length} notification${items.length === 1 ? "" : "s"}`,
        lines: items.map((i) => `• ${z ? i.title.zh : i.title.en}`),
      };
    }
  }
}

export function renderNotification(event: RenderableEvent, locale: Locale, baseUrl = appBaseUrl()): Rendered {
  const { title, lines } = parts(event, locale);
  const url = event.kind === "digest" ? `${baseUrl.replace(/\/$/, "")}/notifications` : dashboardUrl(event.domainName, baseUrl);
  const open = zh(locale) ? "打开控制台：" : "Open the dashboard:";
  const footer = zh(locale)
    ? "您收到此邮件是因为您的账户开启了该类通知。可在“通知设置”中更改。"
    : "You receive this because notifications of this kind are on for you. Change it under Notification settings.";
  const safeTitle = maskVerificationCodes(title);
  const safeLines = lines.map((l) => maskVerificationCodes(l));
  const body = [...safeLines, ...(url ? ["", `${open} ${url}`] : [])].join("\n");
  const html = [
    `<!doctype html><html lang="${locale}"><body style="font-family:sans-serif;line-height:1.5">`,
    `<h1 style="font-size:18px">${escapeHtml(safeTitle)}</h1>`,
    ...safeLines.map((l) => `<p>${escapeHtml(l)}</p>`),
    url ? `<p><a href="${escapeHtml(url)}">${escapeHtml(open.replace(/[:：]$/, ""))}</a></p>` : "",
    `<p style="color:#666;font-size:12px">${escapeHtml(footer)}</p>`,
    `</body></html>`,
  ].join("\n");
  return { title: safeTitle, body: [body, "", footer].join("\n").trim(), html, url };
}

/** The in-app text: the same words without the footer. */
export function renderInApp(event: RenderableEvent, locale: Locale): { title: string; body: string } {
  const { title, lines } = parts(event, locale);
  return { title: maskVerificationCodes(title), body: lines.map((l) => maskVerificationCodes(l)).join("\n") };
}
