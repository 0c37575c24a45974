import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support";

test.use({ locale: "en-US" });

// New domains of the demo account "Acme Trading" (customer@example.com), so the demo's own
// domains keep the statuses other specs read.
const suffix = randomBytes(3).toString("hex");
const DOMAINS = {
  approved: `e2e-approved-${suffix}.cn`,
  cancelled: `e2e-cancelled-${suffix}.cn`,
  invalid: `e2e-invalid-${suffix}.cn`,
};

/** The three messages of the seed page (PRODUCT.md, "The three messages of the seed page"). */
const SEED_MESSAGES = [
  {
    domain: DOMAINS.approved,
    text: `ICP Filing successful. Your ICP filing for ${DOMAINS.approved} has been approved by MIIT. ICP number: 沪ICP备2026123456号-1.`,
    kind: "filing_approved",
    status: "approved_pending_sync",
    actions: ["await_provider_sync", "complete_psb_filing", "display_icp_number", "resolve_domain_to_instance"],
  },
  {
    domain: DOMAINS.cancelled,
    text: `ICP number cancelled: the ICP number 沪ICP备2022001122号-1 of ${DOMAINS.cancelled} has been cancelled. Check it on the MIIT public query page.`,
    kind: "icp_number_cancelled",
    status: "cancelled",
    actions: ["apply_new_icp_number", "check_public_query", "remove_cancelled_icp_number"],
  },
  {
    domain: DOMAINS.invalid,
    text: `Invalid ICP Filing: the ICP filing of ${DOMAINS.invalid} is resolved to an IP address that does not belong to an access service provider. The ICP number may soon be cancelled.`,
    kind: "filing_invalid",
    status: "rectification_required",
    actions: ["confirm_hosting_facts"],
  },
];

async function addDomain(page: Page, name: string) {
  await page.goto("/admin/domains");
  await page.getByLabel("Domain name").fill(name.toUpperCase() + ".");
  await page.locator("#add-domain-account").selectOption({ label: "Acme Trading" });
  await page.getByRole("button", { name: "Add the domain" }).click();
  // Normalised on the way in: lowercase, no trailing dot.
  await expect(page.getByText(`${name} was added.`)).toBeVisible();
}

test("an admin records the seed page's three messages and the customer sees the brief's statuses and actions", async ({ page, browser }) => {
  await signIn(page, "admin@example.com");
  for (const name of Object.values(DOMAINS)) await addDomain(page, name);

  for (const message of SEED_MESSAGES) {
    await page.goto(`/admin/messages?domain=${message.domain}`);
    await page.locator("#record-text").fill(message.text);
    await page.getByRole("button", { name: "Classify the text" }).click();
    // The classifier pre-fills the kind; the preview shows what saving would do, before anything is saved.
    await expect(page.locator("#record-kind")).toHaveValue(message.kind);
    // …and says which cue decided it, with the matched words and the confidence.
    const explanation = page.getByTestId("classify-explanation");
    await expect(explanation).toHaveAttribute("data-cue", new RegExp(`^${message.kind}\\.`));
    await expect(explanation).toContainText("Decided by:");
    await expect(explanation).toContainText("Matched words:");
    await expect(explanation).toContainText(/Confidence: (high|medium|low) \(\d+%\)/);
    const preview = page.getByTestId("preview");
    await expect(preview.getByTestId("preview-status").locator("[data-status]")).toHaveAttribute("data-status", message.status);
    for (const key of message.actions) await expect(preview.locator(`[data-action-key="${key}"]`)).toBeVisible();
    await page.getByRole("button", { name: "Save the message" }).click();
    const saved = page.getByTestId("saved-result");
    await expect(saved.locator("[data-status]")).toHaveAttribute("data-status", message.status);
    await expect(saved.getByRole("link", { name: `Open the dashboard of ${message.domain}` })).toHaveAttribute("href", `/domains/${message.domain}`);
  }

  // Saving the same message again records nothing twice. Save without a preview shows the preview first.
  const first = SEED_MESSAGES[0]!;
  await page.goto(`/admin/messages?domain=${first.domain}`);
  await page.locator("#record-text").fill(first.text);
  await page.locator("#record-received").fill("2026-01-01T00:00");
  await page.getByRole("button", { name: "Save the message" }).click();
  await expect(page.getByTestId("preview-first")).toContainText("Nothing was saved yet");
  await expect(page.getByTestId("preview")).toBeVisible();
  await page.getByRole("button", { name: "Save the message" }).click();
  await expect(page.getByTestId("saved-result")).toBeVisible();
  await page.locator("#record-text").fill(first.text);
  await page.locator("#record-received").fill("2026-01-01T00:00");
  await page.getByRole("button", { name: "Preview", exact: true }).click();
  await expect(page.getByTestId("preview")).toContainText("already recorded");
  await page.getByRole("button", { name: "Save the message" }).click();
  await expect(page.getByTestId("saved-result")).toContainText("Already recorded");

  // The customer's dashboard shows what the brief says, for each of the three.
  const customer = await browser.newPage({ locale: "en-US" });
  await signIn(customer, "customer@example.com");
  for (const message of SEED_MESSAGES) {
    await customer.goto(`/domains/${message.domain}`);
    await expect(customer.locator(".dashboard-head [data-status]")).toHaveAttribute("data-status", message.status);
    const live = customer.locator(".live-actions [data-action-key]");
    await expect(live).toHaveCount(message.actions.length);
    for (const key of message.actions) await expect(customer.locator(`.live-actions [data-action-key="${key}"]`)).toBeVisible();
  }
  await customer.close();
});

test("a provider sync from the same page closes await_provider_sync and files the domain", async ({ page }) => {
  const name = `e2e-sync-${randomBytes(3).toString("hex")}.cn`;
  await signIn(page, "admin@example.com");
  await addDomain(page, name);
  await page.goto(`/admin/messages?domain=${name}`);
  await page.locator("#record-text").fill(`ICP Filing successful: ${name}, 沪ICP备2026765432号-1.`);
  await page.locator("#record-received").fill("2026-11-01T10:00");
  await page.getByRole("button", { name: "Preview", exact: true }).click();
  await expect(page.getByTestId("preview-status").locator("[data-status]")).toHaveAttribute("data-status", "approved_pending_sync");
  await page.getByRole("button", { name: "Save the message" }).click();
  await expect(page.getByTestId("saved-result").locator("[data-status]")).toHaveAttribute("data-status", "approved_pending_sync");

  // Provider events are previewed too: the first "Record" shows what recording would do, nothing more.
  await page.locator("#provider-domain").fill(name);
  await page.getByLabel("Approval synced by the provider").check();
  await page.locator("#provider-received").fill("2026-11-02T10:00");
  await page.getByRole("button", { name: "Record the event" }).click();
  await expect(page.getByTestId("provider-preview-first")).toBeVisible();
  await expect(page.getByTestId("provider-preview").getByTestId("preview-status").locator("[data-status]")).toHaveAttribute("data-status", "filed");
  await expect(page.getByTestId("provider-saved-result")).toHaveCount(0);
  await page.getByRole("button", { name: "Record the event" }).click();
  await expect(page.getByTestId("provider-saved-result").locator("[data-status]")).toHaveAttribute("data-status", "filed");

  await page.goto(`/domains/${name}`);
  await expect(page.locator('[data-action-key="await_provider_sync"]')).toHaveAttribute("data-state", "done");
  await expect(page.locator(".live-actions [data-action-key]")).toHaveCount(3);
});

test("the classify step says when to check the kind: an approval that also speaks of a sync", async ({ page }) => {
  const name = `e2e-caution-${randomBytes(3).toString("hex")}.cn`;
  await signIn(page, "admin@example.com");
  await addDomain(page, name);
  await page.goto(`/admin/messages?domain=${name}`);
  const classify = async (text: string) => {
    await page.locator("#record-text").fill(text);
    await page.getByRole("button", { name: "Classify the text" }).click();
    await expect(page.locator("#record-kind")).toHaveValue("filing_approved");
  };
  await classify(`【阿里云】恭喜，您的ICP备案已通过管局审核，备案号京ICP备2026000123号-1（${name}），备案信息将在1-2个工作日内同步。`);
  await expect(page.getByTestId("classify-caution")).toHaveText(/Check the kind before saving/);
  await expect(page.getByTestId("classify-explanation")).toContainText("a person must confirm the kind");
  await classify(`【阿里云】恭喜，您的ICP备案已通过管局审核，备案号京ICP备2026000123号-1（${name}）。`);
  await expect(page.getByTestId("classify-explanation")).toBeVisible();
  await expect(page.getByTestId("classify-caution")).toHaveCount(0);
});

test("bad input is refused beside the field, keeping what was typed, and saves nothing", async ({ page }) => {
  const name = `e2e-bad-${randomBytes(3).toString("hex")}.cn`;
  await signIn(page, "admin@example.com");
  await addDomain(page, name);
  await page.goto(`/admin/messages?domain=${name}`);
  const text = `ICP Filing successful: ${name}.`;
  await page.locator("#record-text").fill(text);
  await page.locator("#record-received").fill("2099-01-01T00:00");
  await page.getByRole("button", { name: "Save the message" }).click();
  await expect(page.locator("#receivedAt-error")).toContainText("future");
  await expect(page.locator("#record-text")).toHaveValue(text);

  await page.locator("#record-domain").fill("no-such-domain-e2e.cn");
  await page.locator("#record-received").fill("2026-01-01T00:00");
  await page.getByRole("button", { name: "Save the message" }).click();
  await expect(page.locator("#domain-error")).toContainText("Unknown domain");

  await page.locator("#record-domain").fill(name);
  await page.locator("#record-text").fill("Your domain expires soon. Renew now with a 20% discount!");
  await page.getByRole("button", { name: "Classify the text" }).click();
  await expect(page.getByText("could not be classified")).toBeVisible();
  await page.getByRole("button", { name: "Save the message" }).click();
  await expect(page.locator("#kind-error")).toBeVisible();

  await page.goto(`/domains/${name}`);
  await expect(page.locator(".dashboard-head [data-status]")).toHaveAttribute("data-status", "not_filed");
});

test("the preview warns about another domain's name or number, and Save records only what was previewed", async ({ page }) => {
  const name = `e2e-check-${randomBytes(3).toString("hex")}.cn`;
  await signIn(page, "admin@example.com");
  await addDomain(page, name);
  await page.goto(`/admin/messages?domain=${name}`);
  // A notice about another domain, pasted on this domain's page.
  await page.locator("#record-text").fill("Invalid ICP Filing: the ICP filing of beta-video.com is an empty-shell website. 京ICP备2022654321号-1");
  await page.locator("#record-received").fill("2026-11-01T10:00");
  await page.getByRole("button", { name: "Classify the text" }).click();
  const warnings = page.getByTestId("preview-warnings");
  await expect(warnings.locator('[data-warning="domain"]')).toContainText(`The text names beta-video.com, not ${name}.`);
  await page.screenshot({ path: "test-results/artifacts/record-mismatch-warning.png", fullPage: true });

  // The admin corrects the text after the preview: the preview is out of date, and Save asks for a new one.
  const corrected = `Invalid ICP Filing: the ICP filing of ${name} is an empty-shell website.`;
  await page.locator("#record-text").fill(corrected);
  await expect(page.getByTestId("preview")).toHaveAttribute("data-outdated", "true");
  await expect(page.getByTestId("save-hint")).toContainText("Preview first");
  await page.getByRole("button", { name: "Save the message" }).click();
  await expect(page.getByTestId("preview-first")).toContainText("changed after the preview, so nothing was saved");
  await expect(page.getByTestId("preview-warnings")).toHaveCount(0);
  await expect(page.getByTestId("preview").getByTestId("preview-status").locator("[data-status]")).toHaveAttribute("data-status", "rectification_required");

  // Changing the kind after the preview is a change too.
  await page.locator("#record-kind").selectOption("rectification_notice");
  await expect(page.getByTestId("preview")).toHaveAttribute("data-outdated", "true");
  await page.getByRole("button", { name: "Save the message" }).click();
  await expect(page.getByTestId("preview-first")).toContainText("changed after the preview");
  await expect(page.getByTestId("saved-result")).toHaveCount(0);
  await page.locator("#record-kind").selectOption("filing_invalid");
  await page.getByRole("button", { name: "Preview", exact: true }).click();
  await expect(page.getByTestId("save-hint")).toContainText("exactly what the preview shows");
  await page.getByRole("button", { name: "Save the message" }).click();
  await expect(page.getByTestId("saved-result").locator("[data-status]")).toHaveAttribute("data-status", "rectification_required");

  // Exactly one message was recorded, the corrected one.
  await page.goto(`/domains/${name}`);
  const timeline = page.locator(".message-text");
  await expect(timeline).toHaveCount(1);
  await expect(timeline.first()).toContainText(corrected);
});
