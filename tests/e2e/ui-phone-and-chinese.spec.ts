import { createHmac } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { signIn } from "./support";

const baseURL = `http://localhost:${process.env.E2E_PORT ?? 3100}`;

// Every page of each role on a 390 × 844 phone: none may be wider than the screen.
const PAGES: Record<string, string[]> = {
  "customer@example.com": ["/domains", "/domains/acme-cloud.com", "/domains/acme-mall.cn", "/domains/例子商店.中国"],
  "agent@example.com": ["/staff", "/staff/search?q=acme", "/staff/audit", "/staff/overview", "/domains", "/domains/acme-news.cn", "STAFF_ACCOUNT"],
  "admin@example.com": [
    "/domains",
    "/admin/users",
    "/admin/users/new",
    "/admin/messages",
    "/admin/imports",
    "/admin/accounts",
    "/admin/domains",
    "/admin/tokens",
    "/staff",
    "/staff/audit",
    "/staff/overview",
  ],
};

async function staffAccountPath(page: Page): Promise<string> {
  await page.goto("/staff");
  const href = await page.locator('a[href^="/staff/accounts/"]').first().getAttribute("href");
  expect(href).toBeTruthy();
  return href!;
}

async function phone(browser: Browser, email: string, locale = "en-US") {
  const context = await browser.newContext({ locale: "en-US", viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await signIn(page, email);
  if (locale === "zh-CN") await context.addCookies([{ name: "icp_locale", value: "zh-CN", url: baseURL }]);
  return { context, page };
}

for (const [email, paths] of Object.entries(PAGES)) {
  test(`no page is wider than a 390 px phone for ${email}`, async ({ browser }) => {
    test.setTimeout(180_000);
    const { context, page } = await phone(browser, email);
    const wide: string[] = [];
    for (const entry of paths) {
      const path = entry === "STAFF_ACCOUNT" ? await staffAccountPath(page) : entry;
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      // Open the navigation groups too: an opened menu must fit as well.
      for (const group of await page.locator(".nav-group > summary").all()) await group.click();
      const overflow = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
      if (overflow.scroll > overflow.inner) wide.push(`${path}: ${overflow.scroll}px > ${overflow.inner}px`);
    }
    expect(wide).toEqual([]);
    await context.close();
  });
}

/**
 * Latin words left on a Chinese page, outside what is legitimately Latin: message bodies,
 * names, notes people typed, domain names, ICP numbers, e-mails, and a few product and format words (ICP, MIIT, PSB, API, ECS,
 * CSV, JSON, UTF, MB, UTC, Webhook, the www prefix). Column names of the import file are code (translate="no").
 * Names people gave things (accounts, users, files) are marked translate="no" by the pages.
 */
async function englishOn(page: Page, root = "body"): Promise<string[]> {
  return page.evaluate((root) => {
    const skip = (el: Element | null): boolean =>
      !!el?.closest(".message-text, .note, .user-text, blockquote, script, style, noscript, [lang='en'], option[lang], .whoami, [data-user], .visually-hidden, [translate='no']");
    const allowed = /^(ICP|MIIT|PSB|API|ECS|CSV|JSON|UTF|MB|UTC|SMS|IP|ID|OK|Webhook|www)$/;
    const words: string[] = [];
    const walker = document.createTreeWalker(document.querySelector(root) ?? document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (skip(node.parentElement)) continue;
      const text = (node.textContent ?? "")
        .replace(/[\w.+-]+@[\w.-]+/g, " ") // e-mails
        .replace(/https?:\/\/\S+/g, " ")
        .replace(/\b[\p{L}\d-]+(\.[\p{L}\d-]+)+\b/gu, " ") // domain names
        .replace(/[\u4e00-\u9fa5]ICP[备证]\S*/g, " ")
        .replace(/\b(Acme Trading|Beta Media|Chen Wei|Li Na|Sam Support|Avery Admin)\b/g, " ");
      for (const word of text.match(/[A-Za-z]{2,}/g) ?? []) if (!allowed.test(word)) words.push(`${word} ‹${(node.textContent ?? "").trim().slice(0, 60)}›`);
    }
    return [...new Set(words)];
  }, root);
}

test("a Chinese page shows no English outside message bodies, names, domains, ICP numbers and e-mails", async ({ browser }) => {
  test.setTimeout(180_000);
  const { context, page } = await phone(browser, "customer@example.com", "zh-CN");
  const found: string[] = [];
  for (const path of ["/domains", "/domains/acme-cloud.com", "/domains/acme-mall.cn", "/domains/acme-trading.cn"]) {
    await page.goto(path);
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    for (const word of await englishOn(page)) found.push(`${path}: ${word}`);
  }
  expect(found).toEqual([]);
  await expect(page).toHaveTitle(/ · ICP 备案状态面板$/);
  await context.close();
});

test("every page's title is in the reader's language", async ({ browser }) => {
  test.setTimeout(120_000);
  const { context, page } = await phone(browser, "admin@example.com", "zh-CN");
  const titles: string[] = [];
  for (const path of ["/notifications", "/notifications/settings", "/notifications/deliveries", "/inbound", "/intake", "/staff/inbox", "/admin/outbox", "/api-reference"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    const title = await page.title();
    if (!/^[^A-Za-z]+ · ICP 备案状态面板$/.test(title.replace(/\bAPI\b/, ""))) titles.push(`${path}: ${title}`);
  }
  expect(titles).toEqual([]);
  await context.close();
});

/** The staff and admin pages, each as its role sees it; STAFF_ACCOUNT is the riskiest account's review, with a row expanded. */
const STAFF_AND_ADMIN_PAGES: Record<string, string[]> = {
  "agent@example.com": ["/staff", "STAFF_ACCOUNT", "/staff/audit", "/staff/audit?signIns=1", "/staff/overview", "/staff/search?q=acme", "/staff/search?q=x"],
  "admin@example.com": ["/admin/messages?domain=acme-cloud.com", "/admin/imports", "IMPORT_REPORT", "/admin/users", "/admin/users/new", "USER_PAGE", "/admin/accounts"],
};

for (const [email, paths] of Object.entries(STAFF_AND_ADMIN_PAGES)) {
  test(`a Chinese staff or admin page shows no English, for ${email}`, async ({ browser }) => {
    test.setTimeout(240_000);
    const { context, page } = await phone(browser, email, "zh-CN");
    const found: string[] = [];
    for (const entry of paths) {
      let path = entry;
      if (entry === "STAFF_ACCOUNT") {
        const account = await staffAccountPath(page);
        await page.goto(account);
        const toggle = page.locator("table.account-domains tr[data-domain] a[aria-expanded]").first();
        path = (await toggle.getAttribute("href"))!;
      } else if (entry === "IMPORT_REPORT") {
        await page.goto("/admin/imports");
        const report = page.locator('a[href^="/admin/imports/"]').first();
        path = (await report.count()) ? (await report.getAttribute("href"))! : "/admin/imports";
      } else if (entry === "USER_PAGE") {
        await page.goto("/admin/users");
        path = (await page.locator('a[href^="/admin/users/c"], tr[data-user="customer@example.com"] a').first().getAttribute("href"))!;
      }
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
      for (const word of await englishOn(page)) found.push(`${path}: ${word}`);
    }
    expect.soft(found).toEqual([]);
    // The record page's answers too: a refused save (an unknown domain) and a preview.
    if (email === "admin@example.com") {
      // Role names are words in Chinese too (the users' rows are names, skipped above).
      await page.goto("/admin/users");
      await expect(page.locator('tr[data-user="agent@example.com"]')).toContainText("客服");
      await expect(page.locator('tr[data-user="admin@example.com"]')).toContainText("管理员");
      await page.goto("/admin/users/new");
      await expect(page.getByLabel("角色").locator("option")).toHaveText(["客户", "客服", "管理员"]);
      await page.goto("/admin/messages?domain=no-such-domain-zh.cn");
      // A customer's question: no filing event, so the classifier answers unknown.
      await page.locator("#record-text").fill("您好，请问这个网站的备案进度怎么查？");
      await page.locator("#record-received").fill("2026-01-01T00:00");
      await page.locator('form.record-form button[value="preview"]').click();
      // Unclassifiable without a kind: said beside the field, in Chinese; then the unknown domain.
      await expect(page.locator("#kind-error")).toHaveText("无法识别文本：请选择类型。");
      await page.locator("#record-kind").selectOption("filing_approved");
      await page.locator('form.record-form button[value="preview"]').click();
      await expect(page.locator("#domain-error")).toHaveText("没有这个域名。");
      for (const word of await englishOn(page)) found.push(`record page, refused: ${word}`);
      await page.goto("/admin/messages?domain=acme-cloud.com");
      // A number that is not acme-cloud.com's: the preview warns, in Chinese.
      await page.locator("#record-text").fill("【工信部】acme-cloud.com 的备案已通过，备案号：沪ICP备2026123456号-1。");
      await page.locator("#record-received").fill("2026-01-01T00:00");
      await page.locator("#record-kind").selectOption("filing_approved");
      await page.locator('form.record-form button[value="preview"]').click();
      await expect(page.getByTestId("preview")).toBeVisible();
      await expect(page.getByTestId("preview-warnings")).toContainText("沪ICP备2026123456号-1");
      for (const word of await englishOn(page)) found.push(`record page, preview: ${word}`);
      await page.screenshot({ path: "test-results/artifacts/record-preview-zh.png", fullPage: true });
    }
    expect(found).toEqual([]);
    await context.close();
  });
}

/** An SMS as SmsForwarder posts it to an intake channel (tests/e2e/intake.spec.ts tells more). */
async function forwardSms(channel: { url: string; secret: string }, content: string): Promise<{ id: string; state: string }> {
  const timestamp = String(Date.now());
  const sign = encodeURIComponent(createHmac("sha256", channel.secret).update(`${timestamp}\n${channel.secret}`).digest("base64"));
  const response = await fetch(channel.url, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ from: "106598051001", content, timestamp, sign }).toString(),
  });
  expect(response.status).toBe(202);
  return ((await response.json()) as { item: { id: string; state: string } }).item;
}

test("an intake item that waits reads in Chinese on the audit log and in the inbox: its reason, and a failed recording's error, are a code and its particulars, not an English sentence", async ({ browser }) => {
  test.setTimeout(120_000);
  const { context: adminContext, page: admin } = await phone(browser, "admin@example.com");
  const created = await admin.request.post("/api/v1/intake-channels", { data: { name: "李娜的手机", account: "Acme Trading" }, headers: { Origin: baseURL } });
  expect(created.status()).toBe(201);
  const { channel } = (await created.json()) as { channel: { url: string; secret: string } };
  // One whose recording fails (confirmed as a retraction that names no message to retract),
  // first, so that the next two are the audit log's newest entries.
  const failing = await forwardSms(channel, "【工信部】关于您的网站 acme-cloud.com 的备案，请留意后续通知。");
  expect(failing.state).toBe("pending");
  const refused = await admin.request.post(`/api/v1/inbound/${failing.id}/confirm`, { data: { domain: "acme-cloud.com", kind: "retraction" }, headers: { Origin: baseURL } });
  expect(refused.status()).toBe(422);
  // One whose kind is not certain (it names acme-cloud.com), one naming no domain of the account.
  const unclear = await forwardSms(channel, "【工信部】您的网站 acme-cloud.com 短信核验完成，请等待其他核验人完成核验。");
  const nameless = await forwardSms(channel, "【工信部】您好，您的备案申请已受理，请留意后续短信。");
  expect([unclear.state, nameless.state]).toEqual(["pending", "pending"]);

  const { context, page } = await phone(browser, "agent@example.com", "zh-CN");
  const found: string[] = [];
  // The two entries are the newest, on the log's first page.
  await page.goto("/staff/audit");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  const received = page.locator('tr[data-event="inbound.received"]');
  await expect(received.nth(1)).toBeVisible();
  for (const word of await englishOn(page)) found.push(`/staff/audit: ${word}`);
  // The inbox in full holds items of other tests (channels named in English): these two only.
  await page.goto("/staff/inbox?account=Acme%20Trading");
  for (const id of [unclear.id, nameless.id, failing.id]) {
    await expect(page.locator(`#item-${id}`)).toBeVisible();
    for (const word of await englishOn(page, `#item-${id}`)) found.push(`/staff/inbox #item-${id}: ${word}`);
  }
  expect(found).toEqual([]);
  await page.goto("/staff/audit");
  await expect(received.first().locator('[data-field="via"]')).toContainText("短信");
  await expect(received.first().locator('[data-field="outcome"]')).toContainText("未提到此账户的域名");
  await expect(received.nth(1).locator('[data-field="outcome"]')).toContainText("类型不确定");
  await page.goto("/staff/inbox?account=Acme%20Trading");
  await expect(page.locator(`#item-${unclear.id}`)).toContainText("文本看起来像“");
  await expect(page.locator(`#item-${nameless.id}`)).toContainText("文本未提到此账户的任何域名或备案号。");
  // The failed recording's error in Chinese, not the use case's English marked lang="en".
  await expect(page.locator(`#item-${failing.id}`)).toContainText("记录失败。");
  await expect(page.locator(`#item-${failing.id}`)).toContainText("消息不符合记录规则。请检查：所撤回的消息。");
  await expect(page.locator(`#item-${failing.id} [lang="en"]`)).toHaveCount(0);
  await context.close();

  // The API keeps its English reason, with the particulars beside it.
  const listed = (await (await admin.request.get("/api/v1/inbound?state=pending")).json()) as {
    items: { id: string; reasonCode: string; reason: string; reasonParams: unknown; recordError: unknown }[];
  };
  expect(listed.items.find((i) => i.id === unclear.id)).toMatchObject({ reasonCode: "not_confident", reason: expect.stringMatching(/^The text reads like “.+”/) });
  expect(listed.items.find((i) => i.id === nameless.id)).toMatchObject({ reasonCode: "no_domain", reason: "The text names none of this account's domains or ICP numbers.", reasonParams: {} });
  expect(listed.items.find((i) => i.id === failing.id)).toMatchObject({
    reasonCode: "record_failed",
    reason: "A retraction must name the message it retracts.",
    reasonParams: null,
    recordError: { code: "unprocessable", kind: "retraction", fields: ["retractsMessageId"] },
  });
  await adminContext.close();
});

test("dashboard, list and stepper read well in both languages, on a desktop and a phone (screenshots)", async ({ browser }) => {
  test.setTimeout(240_000);
  for (const locale of ["en-US", "zh-CN"] as const) {
    for (const viewport of [
      { width: 1280, height: 900, name: "desktop" },
      { width: 390, height: 844, name: "phone" },
    ]) {
      const context = await browser.newContext({ locale: "en-US", viewport });
      const page = await context.newPage();
      await signIn(page, "customer@example.com");
      if (locale === "zh-CN") await context.addCookies([{ name: "icp_locale", value: "zh-CN", url: baseURL }]);
      const tag = `${locale === "zh-CN" ? "zh" : "en"}-${viewport.name}`;
      await page.goto("/domains");
      await expect(page.locator("tbody tr").first()).toBeVisible();
      await page.screenshot({ path: `test-results/artifacts/list-${tag}.png`, fullPage: true });
      await page.goto("/domains/acme-trading.cn");
      // A filed domain: every step of the stepper done, each dated from its message.
      const stepper = page.locator(".stepper");
      await expect(stepper.locator("[data-state=done]")).toHaveCount(6);
      await expect(stepper.locator('[data-step="submitted"] time, [data-step="submitted"] .step-date')).not.toHaveText("");
      await page.screenshot({ path: `test-results/artifacts/dashboard-${tag}.png`, fullPage: true });
      await page.goto("/domains/例子商店.中国");
      await expect(stepper.locator('[data-step="sms_verification"]')).toHaveAttribute("data-state", "current");
      await stepper.screenshot({ path: `test-results/artifacts/stepper-${tag}.png` });
      await page.goto("/domains/acme-mall.cn");
      await expect(page.locator(".offramp")).toHaveAttribute("data-off-ramp", "cancelled");
      await context.close();
    }
  }
});

test("the app's icons and manifest are served to anyone, and titles say where you are", async ({ page, request }) => {
  for (const path of ["/favicon.ico", "/icon.svg", "/icon-192.png", "/icon-512.png", "/apple-touch-icon.png"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(200);
  }
  const manifest = await request.get("/manifest.webmanifest", { maxRedirects: 0 });
  expect(manifest.status()).toBe(200);
  expect((await manifest.json()).icons.length).toBeGreaterThan(1);
  await signIn(page, "customer@example.com");
  await page.goto("/domains/acme-cloud.com");
  await expect(page).toHaveTitle("acme-cloud.com · ICP filing dashboard");
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute("href", "/manifest.webmanifest");
});
