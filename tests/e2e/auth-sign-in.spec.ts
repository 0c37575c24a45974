// Signing in: each demo user lands on their home; a wrong password gets one message that
// does not say whether the email exists; repeated failures for an email get HTTP 429.
// Failed sign-ins also count against the test machine's address (20 per 15 minutes for the
// whole suite), so this file spends only eleven of them.
import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, signIn } from "./support";

test.use({ locale: "en-US" });

const FAILED = "The email or password is not correct, or the account is disabled.";

for (const { email, role, home, heading, seesUsers } of [
  { email: "customer@example.com", role: "customer", home: /\/domains$/, heading: "Domains", seesUsers: false },
  { email: "other@example.com", role: "customer", home: /\/domains$/, heading: "Domains", seesUsers: false },
  // Support agents start from the review queue.
  { email: "agent@example.com", role: "support agent", home: /\/staff$/, heading: "Review queue", seesUsers: false },
  { email: "admin@example.com", role: "admin", home: /\/domains$/, heading: "Domains (all accounts)", seesUsers: true },
]) {
  test(`${email} signs in and lands on their home`, async ({ page }) => {
    await signIn(page, email);
    await expect(page).toHaveURL(home);
    await expect(page.getByRole("heading", { level: 1, name: heading, exact: true })).toBeVisible();
    await expect(page.getByText(`Signed in as ${email} (${role})`)).toBeVisible();
    const nav = page.getByRole("navigation", { name: "Main" });
    // Staff and admin pages sit in collapsible groups; only admins have the Admin group with Users.
    await expect(nav.getByText("Admin", { exact: true })).toHaveCount(seesUsers ? 1 : 0);
    if (seesUsers) await nav.getByText("Admin", { exact: true }).click();
    await expect(nav.getByRole("link", { name: "Users" })).toHaveCount(seesUsers ? 1 : 0);
    // Signing out works from the page and leads back to the sign-in page.
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/login/);
    await page.goto("/domains");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fdomains/);
  });
}

test("a wrong password is refused with the general message, then the right one signs in", async ({ page }) => {
  await page.goto("/login?callbackUrl=%2Fdomains%2Facme-cloud.com");
  await page.getByLabel("Email").fill("customer@example.com");
  await page.getByLabel("Password").fill("icp-demo-2025");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("#login-error")).toHaveText(FAILED);
  await expect(page).toHaveURL(/\/login/);
  // The password never lands in the address bar (the form is handled by script).
  expect(page.url()).not.toContain("icp-demo");
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  // Back to where the user was going.
  await expect(page).toHaveURL(/\/domains\/acme-cloud\.com$/);
});

test("after 5 failures for one email, further attempts get HTTP 429 and a clear message", async ({ page }) => {
  // A throwaway email, so no other test's user is locked out.
  const email = `throttle-${randomBytes(4).toString("hex")}@example.com`;
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  for (let attempt = 1; attempt <= 5; attempt++) {
    await page.getByLabel("Password").fill(`wrong password ${attempt}`);
    const answer = page.waitForResponse((r) => r.url().includes("/api/auth/callback/credentials"));
    await page.getByRole("button", { name: "Sign in" }).click();
    // next-auth answers a refused sign-in with 401.
    expect((await answer).status()).toBe(401);
    await expect(page.locator("#login-error")).toHaveText(FAILED);
    await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
  }
  await page.getByLabel("Password").fill("wrong password 6");
  const refused = page.waitForResponse((r) => r.url().includes("/api/auth/callback/credentials"));
  await page.getByRole("button", { name: "Sign in" }).click();
  const response = await refused;
  expect(response.status()).toBe(429);
  expect(Number(response.headers()["retry-after"])).toBeGreaterThan(800);
  await expect(page.locator("#login-error")).toHaveText("Too many failed sign-in attempts. Wait a few minutes before trying again.");
});

test("the lock holds for next-auth's JSON body too, and a forged X-Forwarded-For changes nothing", async ({ request }) => {
  // Five more failures against this machine's address (see the top of this file).
  const email = `json-throttle-${randomBytes(4).toString("hex")}@example.com`;
  const attempt = async (i: number) => {
    const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    return request.post("/api/auth/callback/credentials", {
      headers: { "content-type": "application/json", "x-forwarded-for": `198.51.100.${i}` },
      data: JSON.stringify({ email, password: `wrong ${i}`, csrfToken, json: "true" }),
    });
  };
  for (let i = 0; i < 5; i++) expect((await attempt(i)).status()).toBe(401);
  const locked = await attempt(5);
  expect(locked.status()).toBe(429);
  expect(Number(locked.headers()["retry-after"])).toBeGreaterThan(800);
  expect(await locked.json()).toMatchObject({ error: { code: "rate_limited" } });
});
