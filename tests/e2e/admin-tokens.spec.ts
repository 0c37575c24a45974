import { randomBytes } from "node:crypto";
import { expect, request as playwrightRequest, test, type Page } from "@playwright/test";
import { baseURL } from "../../playwright.config";
import { signIn } from "./support";

test.use({ locale: "en-US" });

async function addDomain(page: Page, name: string) {
  await page.goto("/admin/domains");
  await page.getByLabel("Domain name").fill(name);
  await page.locator("#add-domain-account").selectOption({ label: "Beta Media" });
  await page.getByRole("button", { name: "Add the domain" }).click();
  await expect(page.getByText(`${name} was added.`)).toBeVisible();
}

test("an admin creates an API token, an integration records over HTTP with it, and a revoked token answers 401", async ({ page }) => {
  const suffix = randomBytes(3).toString("hex");
  const domain = `e2e-api-${suffix}.cn`;
  const tokenName = `SMS gateway ${suffix}`;
  await signIn(page, "admin@example.com");
  await addDomain(page, domain);

  await page.goto("/admin/tokens");
  await page.getByLabel("Token name").fill(tokenName);
  await page.getByLabel("What it may do").selectOption({ label: "Read and record messages" });
  await page.getByLabel("Expires").selectOption({ label: "In 30 days" });
  await page.getByRole("button", { name: "Create a token" }).click();
  const secret = await page.getByTestId("token-secret").inputValue();
  expect(secret).toMatch(/^icp_/);
  await expect(page.getByRole("button", { name: "Copy" })).toBeVisible();
  const row = page.locator(`tr[data-token-name="${tokenName}"]`);
  await expect(row.getByTestId("last-used")).toHaveText("Never");
  await expect(row.getByTestId("token-scope")).toHaveText("Read and record messages");
  await expect(row.getByTestId("token-expires")).not.toHaveText("Never");
  // Shown once: after a reload only the prefix is left.
  await page.reload();
  await expect(page.getByTestId("token-secret")).toHaveCount(0);
  await expect(page.locator("body")).not.toContainText(secret);
  await expect(row).toContainText(secret.slice(0, 12));

  // An integration: no cookies, only the bearer token.
  const api = await playwrightRequest.newContext({ baseURL });
  const auth = { Authorization: `Bearer ${secret}` };
  const body = { domain, text: `【工信部】您的网站 ${domain} 备案号 京ICP备2026000777号-1 已被注销。`, receivedAt: "2026-11-20T10:00:00+08:00" };
  const created = await api.post("/api/v1/messages", { headers: auth, data: body });
  expect(created.status()).toBe(201);
  const answer = await created.json();
  expect(answer.message.kind).toBe("icp_number_cancelled");
  expect(answer.domain).toMatchObject({ name: domain, status: "cancelled" });
  expect(answer.domain.actions.map((a: { key: string }) => a.key).sort()).toEqual(["apply_new_icp_number", "check_public_query", "remove_cancelled_icp_number"]);

  const repeat = await api.post("/api/v1/messages", { headers: { ...auth, "Idempotency-Key": `k-${suffix}` }, data: body });
  expect(repeat.status()).toBe(200);
  expect((await repeat.json()).message.id).toBe(answer.message.id);

  // Every refusal is a JSON error with the right status.
  const malformed = await api.post("/api/v1/messages", { headers: { ...auth, "Content-Type": "application/json" }, data: "{not json" });
  expect(malformed.status()).toBe(400);
  expect((await malformed.json()).error.code).toBe("validation_failed");
  const oversize = await api.post("/api/v1/messages", { headers: auth, data: { ...body, text: "x".repeat(1024 * 1024 + 10) } });
  expect(oversize.status()).toBe(413);
  const unknown = await api.post("/api/v1/messages", { headers: auth, data: { ...body, domain: `no-such-${suffix}.cn` } });
  expect(unknown.status()).toBe(404);
  expect((await unknown.json()).error.message).toContain(`no-such-${suffix}.cn`);
  const future = await api.post("/api/v1/messages", { headers: auth, data: { ...body, receivedAt: "2099-01-01T00:00:00Z" } });
  expect(future.status()).toBe(422);
  const unparseable = await api.post("/api/v1/messages", { headers: auth, data: { ...body, receivedAt: "last Tuesday" } });
  expect(unparseable.status()).toBe(422);
  const badToken = await api.post("/api/v1/messages", { headers: { Authorization: "Bearer icp_not-a-real-token-at-all-0000" }, data: body });
  expect(badToken.status()).toBe(401);

  // The list shows the last use; the dashboard shows the message.
  await page.reload();
  await expect(row.getByTestId("last-used")).not.toHaveText("Never");
  page.once("dialog", (dialog) => void dialog.accept());
  await row.getByRole("button", { name: `Revoke the token ${tokenName}` }).click();
  await expect(row.getByTestId("token-status")).toContainText("Revoked");

  const revoked = await api.post("/api/v1/messages", { headers: auth, data: { ...body, receivedAt: "2026-11-21T10:00:00+08:00" } });
  expect(revoked.status()).toBe(401);
  expect((await revoked.json()).error.code).toBe("unauthenticated");
  await api.dispose();

  // Nothing but the one message was recorded.
  const check = await page.request.get(`/api/v1/domains/${domain}`);
  expect((await check.json()).domain.messageCount).toBe(1);
});

test("a read-only token reads but may not record, and revoking a new token takes its secret off the page", async ({ page }) => {
  const suffix = randomBytes(3).toString("hex");
  const tokenName = `Dashboard reader ${suffix}`;
  await signIn(page, "admin@example.com");
  await page.goto("/admin/tokens");
  await page.getByLabel("Token name").fill(tokenName);
  await expect(page.getByLabel("What it may do")).toHaveValue("read");
  await page.getByRole("button", { name: "Create a token" }).click();
  const secret = await page.getByTestId("token-secret").inputValue();
  const row = page.locator(`tr[data-token-name="${tokenName}"]`);
  await expect(row.getByTestId("token-scope")).toHaveText("Read only");

  const api = await playwrightRequest.newContext({ baseURL });
  const auth = { Authorization: `Bearer ${secret}` };
  expect((await api.get("/api/v1/domains/acme-cloud.com", { headers: auth })).status()).toBe(200);
  const refused = await api.post("/api/v1/messages", {
    headers: auth,
    data: { domain: "acme-cloud.com", text: "ICP Filing successful: acme-cloud.com", receivedAt: "2026-11-20T10:00:00+08:00" },
  });
  expect(refused.status()).toBe(403);
  expect((await refused.json()).error.code).toBe("forbidden");
  await api.dispose();

  page.once("dialog", (dialog) => void dialog.accept());
  await row.getByRole("button", { name: `Revoke the token ${tokenName}` }).click();
  await expect(row.getByTestId("token-status")).toContainText("Revoked");
  await expect(page.getByTestId("token-secret")).toHaveCount(0);
  await expect(page.locator("body")).not.toContainText(secret);
});

test("customers and agents cannot record messages over the API, and the domain is unchanged", async () => {
  for (const email of ["customer@example.com", "agent@example.com"]) {
    const context = await playwrightRequest.newContext({ baseURL });
    const { csrfToken } = (await (await context.get("/api/auth/csrf")).json()) as { csrfToken: string };
    await context.post("/api/auth/callback/credentials", { form: { email, password: "icp-demo-2026", csrfToken, json: "true" }, maxRedirects: 0 });
    const before = await (await context.get("/api/v1/domains/acme-cloud.com")).json();
    const response = await context.post("/api/v1/messages", {
      headers: { Origin: baseURL },
      data: { domain: "acme-cloud.com", text: "ICP Filing successful: acme-cloud.com", receivedAt: "2026-11-20T10:00:00+08:00" },
    });
    expect(response.status(), email).toBe(403);
    expect(await (await context.get("/api/v1/domains/acme-cloud.com")).json()).toEqual(before);
    await context.dispose();
  }
});
