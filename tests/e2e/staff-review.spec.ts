// The support agent's journey (issue 7): the queue puts the account with the overdue SMS
// verification and the cancelled number first; the agent reviews it, answers a question for
// the customer and starts the new action; the customer's dashboard shows it was support, and
// the audit log shows who. A customer reaches none of the staff pages.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { addDays, chinaDateString } from "../../lib/icp/time";
import { signIn } from "./support";

test.use({ locale: "en-US" });

async function expectNoSeriousA11yViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

/** A China calendar date `days` from now, as a date field takes it. */
function chinaDate(days: number): string {
  return chinaDateString(addDays(new Date(), days));
}

test("an agent reviews the riskiest account and acts for the customer", async ({ page, browser }) => {
  await signIn(page, "agent@example.com");
  // Agents land on the review queue.
  await expect(page).toHaveURL(/\/staff$/);
  await expect(page.getByRole("heading", { level: 1, name: "Review queue" })).toBeVisible();
  const firstRow = page.locator("tbody tr").first();
  await expect(firstRow).toHaveAttribute("data-account", "Acme Trading");
  await expect(firstRow.locator('[data-status="cancelled"]')).toHaveText("ICP number cancelled");
  // Other browser tests may add risks to the demo accounts: the count is not pinned.
  await expect(firstRow).toContainText(/\d+ urgent actions? overdue or expiring/);
  await expectNoSeriousA11yViolations(page);

  // The filters narrow the queue; a nonsense filter is ignored.
  await page.getByLabel("Has a domain with status").selectOption("access_cancelled");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/status=access_cancelled/);
  await expect(page.locator("tbody tr")).toHaveCount(1);
  await expect(page.locator("tbody tr").first()).toHaveAttribute("data-account", "Beta Media");
  await page.goto("/staff?status=nonsense&page=-1");
  await expect(page.locator("tbody tr").first()).toHaveAttribute("data-account", "Acme Trading");

  // The filtered queue as CSV, in the same order.
  const csv = await page.request.get("/staff/export");
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const lines = (await csv.text()).split("\r\n");
  expect(lines[0]).toContain("account,account_id");
  expect(lines[1]).toMatch(/^Acme Trading,/);

  await firstRow.getByRole("link", { name: "Acme Trading" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Acme Trading" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Users" }).getByText("customer@example.com")).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // A review without a note is refused beside the field, keeping what was typed.
  const followUp = chinaDate(7);
  await page.getByRole("radio", { name: "Needs follow-up" }).check();
  await page.getByLabel("Follow up on (optional)").fill(followUp);
  await page.getByRole("button", { name: "Record review" }).click();
  await expect(page.locator("#review-note-error")).toHaveText(/Write what you checked/);
  await expect(page.getByLabel("Follow up on (optional)")).toHaveValue(followUp);
  await expect(page.getByRole("radio", { name: "Needs follow-up" })).toBeChecked();

  const note = `Cancelled number on acme-mall.cn; SMS verification expired. Customer called ${Date.now()}.`;
  await page.getByLabel("What you checked").fill(note);
  await page.getByRole("button", { name: "Record review" }).click();
  await expect(page.getByText("Review recorded.")).toBeVisible();
  const pastReview = page.locator('[data-outcome="needs_follow_up"]', { hasText: note });
  await expect(pastReview).toBeVisible();
  await expect(pastReview).toContainText("by Sam Support");

  // Answer the hosting question for the customer: the site moved to another provider. The
  // domains are a compact table: find the domain, then expand its row.
  await page.getByLabel("Find a domain").fill("acme-static.cn");
  await page.getByRole("button", { name: "Apply" }).click();
  await page.locator('tr[data-domain="acme-static.cn"]').getByRole("link", { name: /Show details/ }).click();
  const site = page.locator('tr.domain-expanded[data-expanded="acme-static.cn"]');
  await expect(site).toBeVisible();
  await site.getByRole("radio", { name: "No, it moved to another provider" }).check();
  await site.getByRole("button", { name: "Save answer" }).click();
  const transfer = site.locator('ol.live-actions [data-action-key="transfer_filing_to_new_provider"]');
  await expect(transfer).toBeVisible();
  await transfer.getByLabel("Note").fill("Customer confirmed by phone: moved to another provider.");
  await transfer.getByRole("button", { name: "Start" }).click();
  await expect(site.locator('[data-action-key="transfer_filing_to_new_provider"][data-state="in_progress"]')).toBeVisible();

  // The customer's dashboard shows the change, made by support.
  const customerContext = await browser.newContext({ locale: "en-US" });
  const customer = await customerContext.newPage();
  await signIn(customer, "customer@example.com");
  await customer.goto("/domains/acme-static.cn");
  const action = customer.locator('[data-action-key="transfer_filing_to_new_provider"][data-state="in_progress"]');
  await expect(action).toBeVisible();
  await action.locator(".history summary").click();
  await expect(action.locator(".history")).toContainText("by Sam Support (support)");
  await expect(action.locator(".history")).toContainText("Customer confirmed by phone");

  // The customer cannot reach the staff pages, not even this account's review page or export.
  const accountPath = new URL(page.url()).pathname;
  for (const path of ["/staff", "/staff/search?q=acme", "/staff/audit", "/staff/overview", accountPath, `${accountPath}/export`, "/staff/export"]) {
    const response = await customer.request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(404);
  }
  await customerContext.close();

  // The audit log names the agent for the answer, the action and the review.
  await page.goto("/staff/audit?domain=acme-static.cn");
  const answered = page.locator('tr[data-event="domain.facts_answered"]').first();
  await expect(answered).toContainText("agent@example.com");
  // In words, not keys: the field's name and both values.
  await expect(answered).toContainText(/Hosted on our servers:\s*not known → no, moved to another provider/);
  await expect(answered).not.toContainText("version");
  await expect(page.locator('tr[data-event="action.updated"]').first()).toContainText("agent@example.com");
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel("Domain").fill("");
  await page.getByLabel("Kind").selectOption("review.recorded");
  await page.getByRole("button", { name: "Apply" }).click();
  const reviewed = page.locator('tr[data-event="review.recorded"]').first();
  await expect(reviewed).toContainText("Acme Trading");
  await expect(reviewed).toContainText(note);
});

test("an agent finds accounts by domain, ICP number and email, and sees the overview", async ({ page }) => {
  await signIn(page, "agent@example.com");
  await page.getByRole("navigation", { name: "Main" }).getByText("Support", { exact: true }).click();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Search" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Search all accounts" })).toBeVisible();
  const box = page.getByLabel("Domain, ICP number, account or email");

  await box.fill("例子商店.中国");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.locator('tr[data-domain="xn--fsqp3lrwf6ud.xn--fiqs8s"]')).toContainText("Acme Trading");
  await box.fill("xn--fsqp3lrwf6ud");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.locator('tr[data-domain="xn--fsqp3lrwf6ud.xn--fiqs8s"]')).toBeVisible();

  await box.fill("京ICP备2022654321号");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.locator('tr[data-domain="beta-video.com"]')).toContainText("Beta Media");

  await box.fill("other@example");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.locator('li[data-account="Beta Media"]')).toContainText("other@example.com");

  await box.fill("x");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.locator("#q-error")).toBeVisible();
  await expect(box).toHaveValue("x");
  await expectNoSeriousA11yViolations(page);

  await page.goto("/staff/overview");
  await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
  // The heading's total is the sum of the per-status counts, and covers every demo domain.
  const heading = await page.getByRole("heading", { name: /Domains by status now \(\d+\)/ }).textContent();
  const total = Number(heading!.match(/\((\d+)\)/)![1]);
  expect(total).toBeGreaterThanOrEqual(13);
  const counts = await page.locator("tr[data-status] td").allTextContents();
  expect(counts.reduce((sum, n) => sum + Number(n), 0)).toBe(total);
  await expect(page.locator('tr[data-status="cancelled"] td')).not.toHaveText("0");
  await expect(page.getByRole("img", { name: /Stacked area chart/ })).toBeVisible();
  // The SMS verification on 例子商店.中国 is overdue in the demo data.
  await expect(page.locator('[data-action-key="complete_sms_verification"] td')).toHaveText(/[1-9]/);
  await page.getByText("The chart as a table").click();
  await expect(page.getByTestId("status-history-table").locator("tbody tr")).toHaveCount(90);
  await expectNoSeriousA11yViolations(page);
});
