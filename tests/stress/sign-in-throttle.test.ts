// The sign-in throttle over real HTTP, as an attacker would try it: parallel failures for
// one email in form and JSON bodies are every one counted (the counter is atomic), the right
// password is then refused in either body type (429, no session), and failures with forged
// X-Forwarded-For addresses are limited by the socket's address (the app trusts no proxy
// unless TRUSTED_PROXIES says so), leaving no counter under a forged address.
import { afterAll, describe, expect, it } from "vitest";
import { hashPassword } from "../../lib/auth/password";
import { MAX_FAILURES } from "../../lib/auth/throttle";
import { withDatabase } from "./support/database";
import { inParallel, send, serverErrors, stressContext, tally, type Answer } from "./support/http";

const PASSWORD = "throttle-right-password-2026";

async function newUser(): Promise<string> {
  const email = `throttle-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}@example.test`;
  const hash = await hashPassword(PASSWORD);
  await withDatabase(stressContext().databaseUrl, (client) =>
    client.query(`INSERT INTO "User" (id, email, name, role, "passwordHash", "updatedAt") VALUES ($1, $2, 'Throttle', 'agent', $3, now())`, [
      `thr_${Math.random().toString(36).slice(2)}`,
      email,
      hash,
    ]),
  );
  return email;
}

/** One sign-in as a browser makes it: the CSRF cookie and token, then the credentials as a form or as JSON. */
async function attempt(email: string, password: string, body: "form" | "json", headers: Record<string, string> = {}): Promise<Answer> {
  const { baseUrl } = stressContext();
  const csrf = await send(`${baseUrl}/api/auth/csrf`, { headers });
  const cookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const { csrfToken } = csrf.body as { csrfToken: string };
  const fields = { csrfToken, email, password, json: "true" };
  return send(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    headers: {
      ...headers,
      cookie,
      origin: baseUrl,
      "content-type": body === "form" ? "application/x-www-form-urlencoded" : "application/json",
    },
    body: body === "form" ? new URLSearchParams(fields).toString() : JSON.stringify(fields),
  });
}

const hasSession = (answer: Answer) => answer.headers.getSetCookie().some((c) => c.includes("session-token=") && !c.includes("session-token=;"));

async function counters(): Promise<Record<string, number>> {
  return withDatabase(stressContext().databaseUrl, async (client) => {
    const rows = await client.query<{ key: string; failures: number }>(`SELECT key, failures FROM "SignInThrottle"`);
    return Object.fromEntries(rows.rows.map((r) => [r.key, r.failures]));
  });
}

const clearCounters = () => withDatabase(stressContext().databaseUrl, (client) => client.query(`DELETE FROM "SignInThrottle"`));

afterAll(clearCounters);

describe("the sign-in throttle under attack", () => {
  it("counts 20 parallel failures (form and JSON) for one email, then refuses the right password in both body types", async () => {
    await clearCounters();
    const email = await newUser();
    const answers = await inParallel(Array.from({ length: 20 }, (_, i) => () => attempt(email, `wrong-${i}`, i % 2 ? "json" : "form")));
    console.log(`20 parallel failures: ${JSON.stringify(tally(answers))}`);
    expect(serverErrors(answers)).toEqual([]);
    expect(answers.every((a) => a.status === 401 || a.status === 429)).toBe(true);
    // Every attempt that was checked (not refused as locked at once) was counted: none lost to a race.
    const checked = answers.filter((a) => a.status === 401).length;
    expect((await counters())[`email:${email}`]).toBe(checked);
    expect(checked).toBeGreaterThanOrEqual(MAX_FAILURES.email);

    // The address's own limit (20) was reached too: lift it, so what refuses next is the email's lock alone.
    await withDatabase(stressContext().databaseUrl, (client) => client.query(`DELETE FROM "SignInThrottle" WHERE key LIKE 'ip:%'`));
    for (const body of ["form", "json"] as const) {
      const right = await attempt(email, PASSWORD, body);
      expect(right.status, `${body}: ${right.text}`).toBe(429);
      expect(Number(right.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(hasSession(right)).toBe(false);
    }
  });

  it("limits failures with forged X-Forwarded-For by the socket's address and keeps no counter for a forged one", async () => {
    await clearCounters();
    const forged = Array.from({ length: 25 }, (_, i) => `203.0.113.${i + 1}`);
    const answers: Answer[] = [];
    // One at a time, each a different email (so the email limit never applies) and a different forged address.
    for (const [i, address] of forged.entries()) {
      answers.push(await attempt(`nobody-${i}-${Date.now().toString(36)}@example.test`, "wrong", i % 2 ? "json" : "form", { "x-forwarded-for": address, "x-real-ip": address }));
    }
    console.log(`25 failures with forged addresses: ${JSON.stringify(tally(answers))}`);
    expect(serverErrors(answers)).toEqual([]);
    expect(answers.slice(0, MAX_FAILURES.ip).every((a) => a.status === 401)).toBe(true);
    expect(answers.slice(MAX_FAILURES.ip).every((a) => a.status === 429)).toBe(true);
    const keys = Object.keys(await counters());
    expect(keys.filter((k) => k.startsWith("ip:") && forged.some((f) => k.includes(f)))).toEqual([]);
    expect(keys.filter((k) => k.startsWith("ip:"))).toHaveLength(1);
  });
});
