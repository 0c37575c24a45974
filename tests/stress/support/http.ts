// Small HTTP helpers for the stress tests: real requests to the running app, a bounded
// number in flight at once, and a tally of the answers by status.
import { inject } from "vitest";

export type Answer = { status: number; body: unknown; headers: Headers; text: string };

export function stressContext() {
  return {
    baseUrl: inject("stressBaseUrl"),
    token: inject("stressAdminToken"),
    account: inject("stressAccount"),
    databaseUrl: inject("stressDatabaseUrl"),
  };
}

/** One request; the answer's body parsed as JSON when it is JSON. Network errors count as status 0. */
export async function send(url: string, init: RequestInit = {}): Promise<Answer> {
  try {
    const response = await fetch(url, { redirect: "manual", ...init, signal: init.signal ?? AbortSignal.timeout(120_000) });
    const text = await response.text();
    let body: unknown = null;
    if ((response.headers.get("content-type") ?? "").includes("json")) {
      try {
        body = JSON.parse(text);
      } catch {
        body = null;
      }
    }
    return { status: response.status, body, headers: response.headers, text };
  } catch (error) {
    return { status: 0, body: null, headers: new Headers(), text: String(error) };
  }
}

/** A JSON call to /api/v1 with the admin's token. */
export function api(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const { baseUrl, token } = stressContext();
  return send(`${baseUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { "content-type": "application/json" }), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

/** Runs `tasks` with at most `limit` in flight; answers in task order. */
export async function inParallel<T>(tasks: readonly (() => Promise<T>)[], limit = tasks.length): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await tasks[index]!();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}

/** How many answers had each status, e.g. { "201": 198, "503": 2 }. */
export function tally(answers: readonly Pick<Answer, "status">[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { status } of answers) counts[status] = (counts[status] ?? 0) + 1;
  return counts;
}

export const serverErrors = (answers: readonly Pick<Answer, "status">[]) => answers.filter((a) => a.status >= 500 || a.status === 0);

/** A deterministic pseudo-random generator (mulberry32), so a failing run can be repeated with its seed. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Signs in through next-auth's credentials flow as a browser does; answers the cookie header to send. */
export async function signIn(email: string, password: string): Promise<string> {
  const { baseUrl } = stressContext();
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = new Map<string, string>();
  const keep = (response: Response) => {
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(";");
      const [name, ...value] = pair!.split("=");
      jar.set(name!, value.join("="));
    }
  };
  keep(csrf);
  const cookieHeader = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader(), origin: baseUrl },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${baseUrl}/` }),
  });
  keep(response);
  if (![...jar.keys()].some((k) => k.includes("session-token"))) throw new Error(`Sign-in as ${email} failed (${response.status}).`);
  return cookieHeader();
}
