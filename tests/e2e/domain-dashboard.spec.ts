import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support";

test.use({ locale: "en-US" });

async function expectNoSeriousA11yViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

test("a customer answers the hosting question, then tracks the new action to done", async ({ page }) => {
  await signIn(page, "customer@example.com");
  await page.goto("/domains");
  await page.getByLabel("Only with overdue actions").check();
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/overdue=1/);
  await expectNoSeriousA11yViolations(page);

  await page.goto("/domains");
  await page.getByRole("link", { name: "acme-cloud.com" }).click();
  await expect(page).toHaveURL(/\/domains\/acme-cloud\.com$/);
  await expect(page.getByRole("heading", { level: 1, name: "acme-cloud.com" })).toBeVisible();
  await expect(page.locator("[data-status]").first()).toHaveText("At risk of cancellation");
  const actions = page.locator("ol.live-actions");
  await expect(actions.locator("[data-action-key]")).toHaveCount(1);
  await expect(actions.locator('[data-action-key="confirm_hosting_facts"]')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: "test-results/artifacts/dashboard-question.png", fullPage: true });

  // The deciding questions are asked inside the action that needs them, one at a time.
  const question = actions.locator('[data-action-key="confirm_hosting_facts"]');
  await expect(page.getByRole("radio", { name: "No, access is active" })).toHaveCount(0);
  // The site is still on our servers and the access is active → point the domain to the instance.
  await question.getByRole("radio", { name: "Yes, on our servers" }).check();
  await question.getByRole("button", { name: "Save answer" }).click();
  await question.getByRole("radio", { name: "No, access is active" }).check();
  await question.getByRole("button", { name: "Save answer" }).click();
  const point = actions.locator('[data-action-key="point_domain_to_instance"]');
  await expect(point).toBeVisible();
  await expect(actions.locator('[data-action-key="confirm_hosting_facts"]')).toHaveCount(0);
  await expect(page.locator('.superseded [data-action-key="confirm_hosting_facts"]')).toBeVisible();

  await point.getByLabel("Note").fill("DNS record changed at the registrar.");
  await point.getByRole("button", { name: "Start" }).click();
  await expect(point).toHaveAttribute("data-state", "in_progress");
  await point.getByRole("button", { name: "Mark done" }).click();
  const done = page.locator('[data-action-key="point_domain_to_instance"][data-state="done"]');
  await expect(done).toBeVisible();
  // The fix is done: not "nothing to do" under a red badge, but who checks next and what closes it.
  await expect(page.locator(".recheck")).toContainText("waiting for the provider's re-check");
  await expect(page.getByText("Nothing to do right now.")).toHaveCount(0);
  await expect(page.locator("[data-status]").first()).toHaveAttribute("data-recheck", "provider_recheck");

  await page.reload();
  await expect(page.locator('[data-action-key="point_domain_to_instance"][data-state="done"]')).toBeVisible();
  await page.locator('[data-action-key="point_domain_to_instance"] summary').click();
  await expect(page.locator('[data-action-key="point_domain_to_instance"] .history')).toContainText("DNS record changed at the registrar.");
  await expect(page.locator('[data-action-key="point_domain_to_instance"] .history')).toContainText("In progress → Done");
  await page.screenshot({ path: "test-results/artifacts/dashboard-done.png", fullPage: true });
});

test("a second person updating the same action is told it changed, not overwritten", async ({ browser }) => {
  const first = await browser.newContext({ locale: "en-US" });
  const second = await browser.newContext({ locale: "en-US" });
  const a = await first.newPage();
  const b = await second.newPage();
  await signIn(a, "customer@example.com");
  await signIn(b, "customer@example.com");
  // B's page stays as it was rendered, as when A's change lands between two of its live-refresh
  // polls: otherwise the refresh (about once a second) may show A's change before B clicks,
  // and the test would race it instead of checking the server's version check.
  await b.route("**/api/v1/changes**", (route) => route.fulfill({ status: 304 }));
  await a.goto("/domains/acme-mall.cn");
  await b.goto("/domains/acme-mall.cn");
  const cardA = a.locator('[data-action-key="apply_new_icp_number"]');
  const cardB = b.locator('[data-action-key="apply_new_icp_number"]');
  await cardA.getByRole("button", { name: "Start" }).click();
  await expect(cardA).toHaveAttribute("data-state", "in_progress");
  await cardB.getByRole("button", { name: "Mark done" }).click();
  await expect(cardB.getByRole("alert")).toContainText("Someone else changed this action in the meantime. It is now “In progress”");
  await b.reload();
  await expect(b.locator('[data-action-key="apply_new_icp_number"]')).toHaveAttribute("data-state", "in_progress");
  await first.close();
  await second.close();
});

test("another account's domain answers 404, as a page and over the API", async ({ page }) => {
  await signIn(page, "customer@example.com");
  const response = await page.goto("/domains/betamedia.cn");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  const api = await page.request.get("/api/v1/domains/betamedia.cn");
  expect(api.status()).toBe(404);
  expect(await api.json()).toEqual({ error: { code: "not_found", message: "The domain was not found." } });
});

test("the dashboard works on a phone-sized screen and reads without JavaScript", async ({ browser }) => {
  const phone = await browser.newContext({ locale: "en-US", viewport: { width: 390, height: 844 } });
  const phonePage = await phone.newPage();
  await signIn(phonePage, "other@example.com");
  await phonePage.goto("/domains/beta-video.com");
  await expect(phonePage.locator('[data-action-key="add_access_at_current_provider"]')).toBeVisible();
  const overflow = await phonePage.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await phonePage.screenshot({ path: "test-results/artifacts/dashboard-phone.png", fullPage: true });

  // The same session with JavaScript off: everything is rendered on the server.
  const noScript = await browser.newContext({ locale: "en-US", javaScriptEnabled: false, storageState: await phone.storageState() });
  const page = await noScript.newPage();
  await page.goto("/domains?status=access_cancelled");
  await expect(page.getByRole("link", { name: "beta-video.com" })).toBeVisible();
  await page.goto("/domains/beta-video.com");
  await expect(page.locator('[data-action-key="add_access_at_current_provider"]')).toBeVisible();
  await expect(page.getByRole("region", { name: "Messages" })).toContainText("已被取消接入");
  await noScript.close();
  await phone.close();
});

test("an admin retracts a wrongly recorded message from the timeline, and the status goes back", async ({ page }) => {
  const suffix = Math.random().toString(36).slice(2, 8);
  const domain = `e2e-retract-${suffix}.cn`;
  await signIn(page, "admin@example.com");
  const origin = { Origin: new URL(page.url()).origin };
  expect((await page.request.post("/api/v1/domains", { headers: origin, data: { name: domain, account: "Beta Media" } })).status()).toBe(201);
  const approved = await page.request.post("/api/v1/messages", {
    headers: origin,
    data: { domain, kind: "filing_approved", text: `ICP Filing successful: ${domain}, 京ICP备2026000888号-1`, receivedAt: "2026-11-01T10:00:00+08:00" },
  });
  expect(approved.status()).toBe(201);
  const cancelled = await page.request.post("/api/v1/messages", {
    headers: origin,
    data: { domain, kind: "icp_number_cancelled", text: `您的网站 ${domain} 备案号 京ICP备2026000888号-1 已被注销。`, receivedAt: "2026-11-10T10:00:00+08:00" },
  });
  const cancelledId = (await cancelled.json()).message.id as string;

  await page.goto(`/domains/${domain}`);
  await expect(page.locator("[data-status]").first()).toHaveText("ICP number cancelled");
  const entry = page.locator(`#message-${cancelledId}`);
  await entry.getByText("Retract this message…").click();
  // An empty reason is refused beside the field (the browser's own check comes first).
  await entry.getByLabel("Why is it wrong?").fill("   ");
  await entry.getByRole("button", { name: "Retract the message" }).click();
  await expect(entry.getByText("Say why the message is wrong")).toBeVisible();
  await entry.getByLabel("Why is it wrong?").fill("Recorded for the wrong domain.");
  await entry.getByRole("button", { name: "Retract the message" }).click();
  await expect(page.locator("[data-status]").first()).not.toHaveText("ICP number cancelled");
  await expect(entry.getByText("Retracted", { exact: true })).toBeVisible();
  await expect(page.getByText("Recorded for the wrong domain.")).toBeVisible();

  // Customers never see the form.
  const customer = await page.context().browser()!.newPage();
  await signIn(customer, "customer@example.com");
  await customer.goto("/domains/acme-cloud.com");
  await expect(customer.getByText("Retract this message…")).toHaveCount(0);
  await customer.close();
});

test("an action due within 72 hours is shown as urgent, as the staff queue counts it", async ({ page }) => {
  const suffix = Math.random().toString(36).slice(2, 8);
  await signIn(page, "admin@example.com");
  const origin = { Origin: new URL(page.url()).origin };
  const day = 24 * 60 * 60 * 1000;
  // The PSB filing is due 30 days after the approval: 2 days left for the first, 29 for the second.
  for (const [label, daysAgo] of [["soon", 28], ["later", 1]] as const) {
    const domain = `e2e-urgency-${label}-${suffix}.cn`;
    expect((await page.request.post("/api/v1/domains", { headers: origin, data: { name: domain, account: "Beta Media" } })).status()).toBe(201);
    const approved = await page.request.post("/api/v1/messages", {
      headers: origin,
      data: { domain, kind: "filing_approved", text: `ICP Filing successful: ${domain}, 京ICP备2026000${label === "soon" ? "901" : "902"}号-1`, receivedAt: new Date(Date.now() - daysAgo * day).toISOString() },
    });
    expect(approved.status()).toBe(201);
  }
  await page.goto(`/domains/e2e-urgency-soon-${suffix}.cn`);
  const soon = page.locator('ol.live-actions [data-action-key="complete_psb_filing"] [data-urgency]');
  await expect(soon).toHaveAttribute("data-urgency", "urgent");
  await expect(soon).toHaveText("Urgent");
  await page.goto(`/domains/e2e-urgency-later-${suffix}.cn`);
  await expect(page.locator('ol.live-actions [data-action-key="complete_psb_filing"] [data-urgency]')).toHaveText("High priority");
});
