import { randomBytes } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { formatChinaWallClock } from "../../lib/icp/time";
import { baseURL } from "../../playwright.config";
import { signIn } from "./support";

test.use({ locale: "en-US" });

// Issue 12's "Done when", in the browser, on the app as `npm start` runs it (embedded
// database, no SMTP_URL, the worker inside the app process): new domains of the demo account
// "Acme Trading", so the demo's own domains keep the statuses other specs read.
const suffix = randomBytes(3).toString("hex");
const FRESH = `e2e-sms-${suffix}.cn`;
const LATE = `e2e-sms-late-${suffix}.cn`;
const SMS_TEXT = "【工信部】您的ICP备案验证码：918273，请于24小时内完成核验。";
const HOUR = 3_600_000;

async function newPage(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext({ locale: "en-US" })).newPage();
  await signIn(page, email);
  return page;
}

async function addAcmeDomain(admin: Page, name: string) {
  await admin.goto("/admin/domains");
  await admin.getByLabel("Domain name").fill(name);
  await admin.locator("#add-domain-account").selectOption({ label: "Acme Trading" });
  await admin.getByRole("button", { name: "Add the domain" }).click();
  await expect(admin.getByText(`${name} was added.`)).toBeVisible();
}

/** Records the SMS verification on the Record message page, received at `receivedAt` (China time in the form). */
async function recordSms(admin: Page, domain: string, receivedAt: Date) {
  await admin.goto(`/admin/messages?domain=${domain}`);
  await admin.locator("#record-text").fill(SMS_TEXT);
  await admin.locator("#record-received").fill(formatChinaWallClock(receivedAt).replace(" ", "T"));
  await admin.getByRole("button", { name: "Classify the text" }).click();
  await expect(admin.locator("#record-kind")).toHaveValue("verification_code");
  await admin.getByRole("button", { name: "Save the message" }).click();
  await expect(admin.getByTestId("saved-result").locator("[data-status]")).toHaveAttribute("data-status", "sms_verification");
}

const bellCount = async (page: Page) => Number(await page.getByTestId("bell-count").innerText());

/** The bell's count once the page is loaded again (the worker fans events out within a second or two). */
async function expectBellAfterReload(page: Page, expected: number) {
  await expect(async () => {
    await page.reload();
    expect(await bellCount(page)).toBe(expected);
  }).toPass({ timeout: 15_000, intervals: [500, 1000] });
  await expect(page.getByTestId("notification-bell")).toHaveAttribute("aria-label", `Notifications, ${expected} unread`);
}

test("an SMS verification recorded for Acme lights the customer's bell, keeps the e-mail in the Outbox, and an overdue one escalates to the agent", async ({ browser }) => {
  // Three people's pages, two recordings and the worker's deliveries: more than the default minute on a busy machine.
  test.setTimeout(120_000);
  const admin = await newPage(browser, "admin@example.com");
  const customer = await newPage(browser, "customer@example.com");
  const agent = await newPage(browser, "agent@example.com");
  await addAcmeDomain(admin, FRESH);
  await addAcmeDomain(admin, LATE);

  // Start from a known state: every notification the customer and the agent had is read.
  for (const page of [customer, agent]) {
    await page.goto("/notifications");
    const all = page.getByRole("button", { name: "Mark all read" });
    if (await all.isVisible()) await all.click();
    await expect(page.getByRole("button", { name: "Mark all read" })).toHaveCount(0);
    await expect(page.getByTestId("bell-count")).toHaveText("0");
  }

  // A fresh SMS verification (received a minute ago): the customer's bell shows it.
  await recordSms(admin, FRESH, new Date(Date.now() - 60_000));
  await customer.goto("/domains");
  await expectBellAfterReload(customer, 1);
  await customer.getByTestId("notification-bell").click();
  await expect(customer).toHaveURL(/\/notifications$/);
  const fresh = customer.getByTestId("notification").filter({ hasText: `${FRESH}: SMS verification needed, 1 action to take` });
  await expect(fresh).toHaveCount(1);
  await expect(fresh).toHaveAttribute("data-event", "actions_opened");
  await expect(fresh).toContainText(/Complete the MIIT SMS verification \(due \d{4}-\d\d-\d\d \d\d:\d\d CST\)/);
  await expect(fresh).not.toContainText("918273");
  // Not urgent for support yet: the agent has nothing.
  await agent.goto("/notifications");
  await expect(agent.getByTestId("bell-count")).toHaveText("0");

  // Without SMTP_URL the e-mail is kept for the admin's Outbox, once, in English, without the code.
  await expect(async () => {
    await admin.goto("/admin/outbox");
    await expect(admin.getByTestId("outbox-email").filter({ hasText: `${FRESH}: SMS verification needed` })).toHaveCount(1, { timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  const mail = admin.getByTestId("outbox-email").filter({ hasText: `${FRESH}: SMS verification needed` });
  await expect(mail.getByTestId("outbox-to")).toHaveText("customer@example.com");
  await mail.getByText("Text").click();
  await expect(mail.locator(".outbox-text")).toContainText(`/domains/${FRESH}`);
  await expect(mail).not.toContainText("918273");

  // One received 30 hours ago is recorded already overdue: the customer hears of it, and the agent gets the escalation.
  await recordSms(admin, LATE, new Date(Date.now() - 30 * HOUR));
  // The customer's page stays open: moving to another page in the app (no reload) brings the bell up to date.
  await expect(async () => {
    await customer.locator(".site-nav, nav").getByRole("link", { name: "Domains", exact: true }).first().click();
    await expect(customer).toHaveURL(/\/domains$/);
    await expect(customer.getByTestId("bell-count")).toHaveText("3", { timeout: 2000 });
    await customer.getByTestId("notification-bell").click();
    await expect(customer).toHaveURL(/\/notifications$/);
  }).toPass({ timeout: 20_000 });
  await expect(customer.getByTestId("notification-bell")).toHaveAttribute("aria-label", "Notifications, 3 unread");
  await expect(customer.getByTestId("notification").filter({ hasText: `Overdue: Complete the MIIT SMS verification for ${LATE}` })).toHaveCount(1);
  await expectBellAfterReload(agent, 1);
  const escalation = agent.getByTestId("notification").filter({ hasText: `Escalation: ${LATE} (Acme Trading) has an overdue urgent action` });
  await expect(escalation).toHaveCount(1);
  await expect(escalation).toHaveAttribute("data-event", "escalation");
  await expect(async () => {
    await admin.goto("/admin/outbox");
    // Every support agent gets the escalation (earlier tests may have added agents), each once; the customer does not.
    const recipients = await admin.getByTestId("outbox-email").filter({ hasText: `Escalation: ${LATE}` }).getByTestId("outbox-to").allTextContents();
    expect(recipients).toContain("agent@example.com");
    expect(new Set(recipients).size).toBe(recipients.length);
    expect(recipients).not.toContain("customer@example.com");
  }).toPass({ timeout: 15_000 });

  // Mark one read, then all read: the bell follows.
  await customer.goto("/notifications");
  await fresh.getByRole("button", { name: "Mark read" }).click();
  await expect(fresh.getByRole("button", { name: "Mark read" })).toHaveCount(0);
  await expect(fresh).toContainText("Read");
  await expect(customer.getByTestId("bell-count")).toHaveText("2");
  await customer.getByRole("button", { name: "Mark all read" }).click();
  await expect(customer.getByRole("button", { name: "Mark read" })).toHaveCount(0);
  await expect(customer.getByTestId("bell-count")).toHaveText("0");
  await expect(customer.getByTestId("notification-bell")).toHaveAttribute("aria-label", "Notifications, 0 unread");
  await customer.goto("/notifications?unread=1");
  await expect(customer.getByText("No notifications yet.")).toBeVisible();
});

test("a customer chooses the daily digest, cannot switch an urgent kind off, and gets the settings back as saved", async ({ page }) => {
  await signIn(page, "customer@example.com");
  await page.goto("/notifications/settings");
  const form = page.getByTestId("preferences-form");
  const digest = form.getByLabel("Gather non-urgent e-mails into one daily summary (09:00 China time)");
  await expect(digest).not.toBeChecked();
  // Customers choose for their own kinds; escalations are for support.
  await expect(form.getByLabel("Escalations (support): In the app")).toHaveCount(0);

  // Both channels of an urgent kind off: refused, with the reason.
  await form.getByLabel("SMS verification about to run out: In the app").uncheck();
  await form.getByLabel("SMS verification about to run out: E-mail").uncheck();
  await form.getByRole("button", { name: "Save settings" }).click();
  await expect(form.getByRole("alert")).toBeVisible();
  await page.reload();
  await expect(form.getByLabel("SMS verification about to run out: In the app")).toBeChecked();

  // The digest on and reminders by e-mail only: saved, and shown so after a reload.
  await digest.check();
  await form.getByLabel("Reminders before deadlines: In the app").uncheck();
  await form.getByRole("button", { name: "Save settings" }).click();
  await expect(form.getByRole("status")).toHaveText("Settings saved.");
  await page.reload();
  await expect(digest).toBeChecked();
  await expect(form.getByLabel("Reminders before deadlines: In the app")).not.toBeChecked();
  await expect(form.getByLabel("Reminders before deadlines: E-mail")).toBeChecked();

  // Back to the demo's defaults for the other specs.
  await digest.uncheck();
  await form.getByLabel("Reminders before deadlines: In the app").check();
  await form.getByRole("button", { name: "Save settings" }).click();
  await expect(form.getByRole("status")).toHaveText("Settings saved.");
});

test("a webhook form refused on a Chinese page says what each field expects in Chinese", async ({ browser }) => {
  const context = await browser.newContext({ locale: "en-US" });
  const page = await context.newPage();
  await signIn(page, "customer@example.com");
  await context.addCookies([{ name: "icp_locale", value: "zh-CN", url: baseURL }]);
  await page.goto("/notifications/settings");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  const form = page.getByTestId("webhook-form");
  await form.locator("#hook-url").fill("https://hooks.example.com/icp");
  await form.locator("#hook-secret").fill("short");
  await form.getByRole("button", { name: "添加Webhook" }).click();
  // Before, the field's line was zod's English ("At least 8 characters.").
  await expect(form.getByText("密钥：8 到 200 个字符。")).toBeVisible();
  await expect(form.getByText("At least 8 characters.")).toHaveCount(0);
  await context.close();
});
