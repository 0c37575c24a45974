import { expect, test } from "@playwright/test";
import { signIn } from "./support";

test.use({ locale: "en-US" });

test("a customer signs in and sees only their own account's domains", async ({ page }) => {
  await page.goto("/domains");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fdomains/);
  await signIn(page, "customer@example.com");
  await expect(page).toHaveURL(/\/domains$/);
  await expect(page.getByRole("heading", { level: 1, name: "Domains" })).toBeVisible();
  const table = page.getByRole("table");
  await expect(table.getByRole("link", { name: "acme-cloud.com" })).toBeVisible();
  await expect(table.getByRole("link", { name: "例子商店.中国" })).toBeVisible();
  // Beta Media's domains never appear for Acme's customer.
  await expect(page.getByText("betamedia.cn")).toHaveCount(0);
  const row = table.getByRole("row").filter({ hasText: "acme-mall.cn" });
  await expect(row.locator("[data-status]")).toHaveText("ICP number cancelled");
  // Most urgent first by default: the first row is the one overdue longest, with its badge and next due date.
  const first = table.locator("tbody tr").first();
  await expect(first.locator(".overdue-badge")).toHaveText("Overdue");
  await expect(first).toContainText("Overdue by");
  await expect(page.getByLabel("Sort by")).toHaveValue("next_due");
  await page.screenshot({ path: "test-results/artifacts/domain-list.png", fullPage: true });
});

test("searching and filtering live in the URL", async ({ page }) => {
  await signIn(page, "customer@example.com");
  await page.goto("/domains?overdue=1");
  await expect(page.getByRole("link", { name: "例子商店.中国" })).toBeVisible();
  // Every row shown has an overdue action (other tests may add some to the demo account).
  const rows = page.getByRole("table").locator("tbody tr");
  await expect(rows.filter({ hasNotText: "overdue" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "acme-trading.cn" })).toHaveCount(0);
  await page.getByLabel("Search by domain or ICP number").fill("acme-mall");
  await page.getByLabel("Only with overdue actions").uncheck();
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/q=acme-mall/);
  await expect(page.getByRole("table").getByRole("row")).toHaveCount(2);
});

test("a wrong password gets one clear message that does not say whether the email exists", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill("customer@example.com");
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("#login-error")).toHaveText("The email or password is not correct, or the account is disabled.");
  await page.getByLabel("Email").fill("nobody@example.com");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("#login-error")).toHaveText("The email or password is not correct, or the account is disabled.");
  await expect(page).toHaveURL(/\/login/);
});

test("the language follows the browser and can be switched", async ({ browser }) => {
  const context = await browser.newContext({ locale: "zh-CN" });
  const page = await context.newPage();
  await page.goto("/login");
  await expect(page.getByRole("heading", { name: "登录" })).toBeVisible();
  await page.getByLabel("语言").selectOption("en");
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await expect(page.getByLabel("Language")).toHaveValue("en");
  await context.close();
});

test("the health check answers with the database status", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", database: "ok" });
});

test("a link being followed says it is loading", async ({ page }) => {
  await signIn(page, "customer@example.com");
  await page.goto("/domains");
  // Hold the dashboard's data back so the pending state can be seen.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/domains\/acme-news\.cn/, async (route) => {
    await held;
    await route.continue();
  });
  const link = page.getByRole("table").getByRole("link", { name: /^acme-news\.cn/ });
  await link.click();
  await expect(link.getByRole("status")).toHaveText("Loading…");
  release();
  await expect(page).toHaveURL(/\/domains\/acme-news\.cn$/);
  await expect(page.getByRole("heading", { level: 1, name: "acme-news.cn" })).toBeVisible();
});
