import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { signIn } from "./support";

test.use({ locale: "en-US" });

test("a bulk import reports good and bad rows before recording, records the good ones with progress, and never twice", async ({ page }) => {
  const suffix = randomBytes(3).toString("hex");
  const domain = `e2e-import-${suffix}.cn`;
  await signIn(page, "admin@example.com");
  await page.goto("/admin/domains");
  await page.getByLabel("Domain name").fill(domain);
  await page.locator("#add-domain-account").selectOption({ label: "Acme Trading" });
  await page.getByRole("button", { name: "Add the domain" }).click();
  await expect(page.getByText(`${domain} was added.`)).toBeVisible();

  const csv = [
    "domain,receivedAt,text,kind,channel,deadline",
    `${domain},2026-11-01 09:00,"您的备案订单（${domain}）已提交，正在等待服务商初审。",filing_submitted,,`,
    `${domain},2026-11-02 09:00,"【工信部ICP备案】验证码：482913。请于24小时内完成短信核验。",,,`,
    `no-such-${suffix}.cn,2026-11-02 09:00,"ICP Filing successful",filing_approved,,`,
    `${domain},not a date,"ICP Filing successful",filing_approved,,`,
  ].join("\n");
  await page.goto("/admin/imports");
  await page.getByLabel("File (CSV or JSON)").setInputFiles({ name: `messages-${suffix}.csv`, mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(page).toHaveURL(/\/admin\/imports\/[^/]+$/);
  await expect(page.getByTestId("count-valid")).toHaveText("2");
  await expect(page.getByTestId("count-invalid")).toHaveText("2");
  await expect(page.locator('tr[data-row="3"]')).toContainText(`no-such-${suffix}.cn does not exist`);
  await expect(page.locator('tr[data-row="4"]')).toContainText("not a date-time");
  // The code is masked in the report, and nothing is recorded yet.
  await expect(page.locator("body")).not.toContainText("482913");
  expect((await (await page.request.get(`/api/v1/domains/${domain}`)).json()).domain.messageCount).toBe(0);

  await page.getByRole("button", { name: "Import 2 valid rows" }).click();
  await expect(page.getByTestId("import-state")).toHaveAttribute("data-state", "completed", { timeout: 30_000 });
  await expect(page.getByTestId("import-progress")).toContainText("2 of 2 rows done");
  await expect(page.getByTestId("count-recorded")).toHaveText("2");
  await expect(page.locator('tr[data-row="1"]')).toHaveAttribute("data-outcome", "recorded");
  const detail = (await (await page.request.get(`/api/v1/domains/${domain}`)).json()).domain;
  expect(detail.status).toBe("sms_verification");
  expect(detail.messageCount).toBe(2);

  // The same file again: every good row is a duplicate, nothing to import.
  await page.goto("/admin/imports");
  await page.getByLabel("File (CSV or JSON)").setInputFiles({ name: `messages-${suffix}.csv`, mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(page.getByTestId("count-duplicate")).toHaveText("2");
  await expect(page.getByText("No row is left to import.")).toBeVisible();

  // A malformed file is refused beside the field, naming the line.
  await page.goto("/admin/imports");
  await page.getByLabel("File (CSV or JSON)").setInputFiles({ name: "broken.csv", mimeType: "text/csv", buffer: Buffer.from('domain,receivedAt,text\na.cn,2026-11-01,"never closed\n') });
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(page.locator("#import-file-error")).toContainText("Line 2");
});
