// Admin user management in the browser, and what it does to a signed-in user at once:
// a role change and a disable take effect on that user's next request.
import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support";

test.use({ locale: "en-US" });

const PASSWORD = "a long and sound passphrase 2026";

async function openUser(page: Page, email: string) {
  await page.goto("/admin/users");
  await page.getByRole("link", { name: `Manage ${email}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: email })).toBeVisible();
}

test("an admin creates a user, changes their role and disables them; the user feels each on the next request", async ({ browser }) => {
  const email = `wang.${randomBytes(4).toString("hex")}@example.com`;
  const adminContext = await browser.newContext({ locale: "en-US" });
  const userContext = await browser.newContext({ locale: "en-US" });
  const admin = await adminContext.newPage();
  const user = await userContext.newPage();

  await signIn(admin, "admin@example.com");
  await admin.getByRole("navigation", { name: "Main" }).getByText("Admin", { exact: true }).click();
  await admin.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Users" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
  await admin.getByRole("link", { name: "Create a user" }).click();

  // Refused input: each error beside its field, and everything typed is still there.
  const form = admin.locator("form").filter({ has: admin.getByRole("button", { name: "Create user" }) });
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Name").fill("Wang Fang");
  // Roles are words, and the account is picked from the list of accounts.
  await expect(form.getByLabel("Role").locator("option")).toHaveText(["customer", "support agent", "admin"]);
  await form.getByLabel("Role").selectOption("customer");
  await expect(form.getByLabel("Account").locator("option", { hasText: "Acme Trading" })).toHaveCount(1);
  await expect(form.getByLabel("Account")).toHaveValue("");
  await form.getByLabel("Password", { exact: true }).fill("short");
  await form.getByLabel("Repeat the password").fill("short");
  await form.getByRole("button", { name: "Create user" }).click();
  await expect(form.locator("#create-password-error")).toHaveText(/Choose a stronger password/);
  await expect(form.getByLabel("Email")).toHaveValue(email);
  await expect(form.getByLabel("Name")).toHaveValue("Wang Fang");
  await expect(form.getByLabel("Password", { exact: true })).toHaveValue("short");

  await form.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await form.getByLabel("Repeat the password").fill(PASSWORD);
  await form.getByRole("button", { name: "Create user" }).click();
  await expect(form.locator("#create-account-error")).toHaveText("Choose the customer's account.");
  await expect(form.getByLabel("Password", { exact: true })).toHaveValue(PASSWORD);

  await form.getByLabel("Account").selectOption({ label: "Acme Trading" });
  await form.getByRole("button", { name: "Create user" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: email })).toBeVisible();
  await expect(admin.getByRole("status").filter({ hasText: "The user was created." })).toBeVisible();

  // The new customer signs in and sees their account's domains.
  await signIn(user, email, PASSWORD);
  await expect(user.getByRole("heading", { level: 1, name: "Domains", exact: true })).toBeVisible();

  // Made a support agent: the very next page shows every account.
  const roleForm = admin.locator("form").filter({ has: admin.getByRole("button", { name: "Change role" }) });
  await expect(roleForm.getByLabel("Account")).toHaveValue("Acme Trading");
  await roleForm.getByLabel("Role").selectOption("agent");
  // Staff belong to no account: the list says so and cannot be changed.
  await expect(roleForm.getByLabel("Account")).toBeDisabled();
  await expect(roleForm.getByLabel("Account")).toHaveValue("");
  await roleForm.getByRole("button", { name: "Change role" }).click();
  await expect(roleForm.getByRole("status")).toHaveText("The role was changed.");
  await expect(admin.locator("[data-field=role]")).toHaveText("support agent");
  await user.goto("/domains");
  await expect(user.getByRole("heading", { level: 1, name: "Domains (all accounts)" })).toBeVisible();

  // Disabled while signed in: thrown out on the next navigation.
  await admin.getByRole("button", { name: "Disable user" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "The user was disabled." })).toBeVisible();
  await expect(admin.locator("[data-field=status]")).toHaveText(/Disabled since/);
  await user.goto("/domains");
  await expect(user).toHaveURL(/\/login\?callbackUrl=%2Fdomains/);
  await expect(user.getByRole("heading", { name: "Sign in" })).toBeVisible();
  // Their API calls are refused too.
  expect((await user.request.get("/api/v1/domains")).status()).toBe(401);

  // Re-enabled: the old session stays ended (disabling raised the session version); a new sign-in works.
  await admin.getByRole("button", { name: "Re-enable user" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "The user was re-enabled." })).toBeVisible();
  await user.goto("/domains");
  await expect(user).toHaveURL(/\/login\?callbackUrl=%2Fdomains/);
  await signIn(user, email, PASSWORD);
  await user.goto("/domains");
  await expect(user.getByRole("heading", { level: 1, name: "Domains (all accounts)" })).toBeVisible();

  await adminContext.close();
  await userContext.close();
});

test("an admin's own page offers no way to demote or disable themselves", async ({ page }) => {
  await signIn(page, "admin@example.com");
  await openUser(page, "admin@example.com");
  await expect(page.getByText("This is you")).toBeVisible();
  await expect(page.getByRole("button", { name: "Disable user" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Change role" })).toHaveCount(0);
  // The password form stays: an admin may change their own password. (The server refuses a
  // self-demotion or self-disable too: tests/integration/manage-users.test.ts.)
  await expect(page.getByRole("button", { name: "Reset password" })).toBeVisible();
  await expect(page.locator("[data-field=role]")).toHaveText("admin");
  await expect(page.locator("[data-field=status]")).toHaveText("Active");
});

test("a password reset lets the user sign in with the new password only", async ({ browser, page }) => {
  const email = `reset.${randomBytes(4).toString("hex")}@example.com`;
  await signIn(page, "admin@example.com");
  await page.goto("/admin/users/new");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Name").fill("Reset Me");
  await page.getByLabel("Role").selectOption("agent");
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByLabel("Repeat the password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create user" }).click();
  await expect(page.getByRole("heading", { level: 1, name: email })).toBeVisible();

  const newPassword = "a brand new passphrase 2027";
  const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Reset password" }) });
  await form.getByLabel("New password").fill(newPassword);
  await form.getByLabel("Repeat the password").fill("something else entirely");
  await form.getByRole("button", { name: "Reset password" }).click();
  await expect(form.locator("#password-passwordConfirm-error")).toHaveText("The two passwords differ.");
  await form.getByLabel("Repeat the password").fill(newPassword);
  await form.getByRole("button", { name: "Reset password" }).click();
  await expect(form.getByRole("status")).toHaveText("The password was reset.");
  await expect(form.getByLabel("New password")).toHaveValue("");

  const other = await browser.newContext({ locale: "en-US" });
  const userPage = await other.newPage();
  await signIn(userPage, email, newPassword);
  // A support agent's home is the review queue.
  await expect(userPage).toHaveURL(/\/staff$/);
  await other.close();
});
