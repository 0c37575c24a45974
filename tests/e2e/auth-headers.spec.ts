// Security headers on every kind of response, and a Content-Security-Policy strict enough
// to refuse any script without this response's nonce yet loose enough for the app to run:
// pages hydrate in Chromium with no violation reported.
import { expect, test, type ConsoleMessage } from "@playwright/test";
import { signIn } from "./support";

test.use({ locale: "en-US" });

const STATIC_HEADERS = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
  "x-frame-options": "DENY",
};

function nonceOf(csp: string): string {
  const nonce = csp.match(/script-src [^;]*'nonce-([A-Za-z0-9+/=]+)'/)?.[1];
  expect(nonce, csp).toBeTruthy();
  return nonce!;
}

test("every kind of response carries the security headers", async ({ request }) => {
  const login = await request.get("/login");
  const html = await login.text();
  const asset = html.match(/\/_next\/static\/[^"]+\.js/)?.[0];
  expect(asset).toBeTruthy();
  const responses = {
    "sign-in page": login,
    "redirect of a signed-out visitor": await request.get("/domains", { maxRedirects: 0 }),
    "unknown API path": await request.get("/api/no-such-route"),
    "health API": await request.get("/api/health"),
    "API refusal": await request.get("/api/v1/domains"),
    "next-auth API": await request.get("/api/auth/csrf"),
    "build file": await request.get(asset!),
  };
  for (const [what, response] of Object.entries(responses)) {
    const headers = response.headers();
    expect(headers, what).toMatchObject(STATIC_HEADERS);
    expect(headers["permissions-policy"], what).toContain("camera=()");
    const csp = headers["content-security-policy"] ?? "";
    expect(csp, what).toContain("frame-ancestors 'none'");
    if (what !== "build file") {
      for (const directive of ["object-src 'none'", "base-uri 'self'", "form-action 'self'", "'strict-dynamic'"]) expect(csp, what).toContain(directive);
      // No host outside this app is allowed to serve anything.
      expect(csp, what).not.toMatch(/https?:\/\/|\*|'unsafe-inline'/);
    }
  }
  expect(responses["redirect of a signed-out visitor"].status()).toBe(307);
  expect(responses["unknown API path"].status()).toBe(404);
});

test("each page response gets a fresh nonce, and every script on it carries it", async ({ request }) => {
  const first = await request.get("/login");
  const second = await request.get("/login");
  const nonce = nonceOf(first.headers()["content-security-policy"]!);
  expect(nonceOf(second.headers()["content-security-policy"]!)).not.toBe(nonce);
  const scripts = (await first.text()).match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
});

test("a 404 page for a signed-in user carries the headers and answers 404", async ({ page }) => {
  await signIn(page, "agent@example.com");
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  expect(response?.headers()).toMatchObject(STATIC_HEADERS);
  nonceOf(response?.headers()["content-security-policy"] ?? "");
});

test("pages hydrate under the policy with no violation in the console", async ({ page }) => {
  const violations: string[] = [];
  const onConsole = (message: ConsoleMessage) => {
    if (/Content Security Policy|Refused to (execute|load|apply|connect|frame)/i.test(message.text())) violations.push(message.text());
  };
  page.on("console", onConsole);
  page.on("pageerror", (error) => violations.push(`page error: ${error.message}`));

  // The sign-in form is a client component: it only submits through fetch once hydrated,
  // so reaching /domains proves the page's scripts ran.
  await signIn(page, "admin@example.com");
  await expect(page).toHaveURL(/\/domains$/);
  for (const path of ["/domains", "/domains/acme-cloud.com", "/admin/users", "/admin/users/new", "/no-such-page"]) {
    await page.goto(path);
    await expect(page.locator("main")).toBeVisible();
  }
  // Client-side navigation and a server action (the language switcher) under the policy.
  await page.goto("/domains");
  const nav = page.getByRole("navigation", { name: "Main" });
  await nav.getByText("Admin", { exact: true }).click();
  await nav.getByRole("link", { name: "Users" }).click();
  await expect(page).toHaveURL(/\/admin\/users$/);
  // Choosing a language switches at once, and the select then shows the language in force.
  await page.getByLabel("Language").selectOption("zh-CN");
  await expect(page.getByRole("heading", { level: 1, name: "用户" })).toBeVisible();
  await expect(page.getByLabel("语言")).toHaveValue("zh-CN");
  await page.getByLabel("语言").selectOption("en");
  await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
  await expect(page.getByLabel("Language")).toHaveValue("en");
  // Without the change event (no JavaScript), the button does the same.
  await page.getByLabel("Language").evaluate((select: HTMLSelectElement) => {
    select.value = "zh-CN";
  });
  await page.getByRole("button", { name: "Switch" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "用户" })).toBeVisible();
  await page.getByLabel("语言").selectOption("en");
  await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();

  expect(violations).toEqual([]);
});

test("a script slipped into a page (as by XSS) does not run, while the app's own scripts do", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  // The page as the server sent it, headers included, with an inline script and an
  // outside image added, as an injection would.
  await page.route("**/login", async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(
      "</body>",
      '<script>window.__injected = true</script><img alt="" src="https://evil.example/pixel.png"></body>',
    );
    await route.fulfill({ response, body });
  });
  await page.goto("/login");
  await expect.poll(() => violations.length).toBeGreaterThanOrEqual(2);
  expect(violations.join("\n")).toMatch(/inline script/);
  expect(violations.join("\n")).toMatch(/evil\.example/);
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
  // The nonced scripts still ran: the form signs in through fetch.
  await page.unroute("**/login");
  await page.getByLabel("Email").fill("agent@example.com");
  await page.getByLabel("Password").fill("icp-demo-2026");
  await page.getByRole("button", { name: "Sign in" }).click();
  // A support agent's home is the review queue.
  await expect(page).toHaveURL(/\/staff$/);
});
