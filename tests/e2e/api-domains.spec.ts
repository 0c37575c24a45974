import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { signIn } from "./support";

// The JSON API of the dashboards, called with a signed-in browser's cookies.
test.use({ locale: "en-US" });

type DomainBody = { domain: { status: string; actions: { id: string; key: string; state: string; version: number }[] } };

async function api(page: Page): Promise<{ request: APIRequestContext; origin: string }> {
  const origin = new URL(page.url()).origin;
  return { request: page.request, origin };
}

test("the domain list API filters and pages like the page", async ({ page }) => {
  await signIn(page, "other@example.com");
  const { request } = await api(page);
  const all = await request.get("/api/v1/domains");
  expect(all.status()).toBe(200);
  const body = (await all.json()) as { domains: { name: string; account: string }[]; total: number };
  expect(body.domains.every((d) => d.account === "Beta Media")).toBe(true);
  // Other browser tests may add domains to the demo accounts; the seeded ones are all there.
  expect(body.total).toBe(body.domains.length);
  expect(body.domains.map((d) => d.name)).toEqual(
    expect.arrayContaining(["beta-ads.cn", "beta-blog.cn", "beta-live.cn", "beta-music.com", "beta-shop.cn", "beta-video.com", "betamedia.cn"]),
  );
  const filtered = await request.get("/api/v1/domains?status=access_cancelled&pageSize=10");
  expect(((await filtered.json()) as { domains: { name: string }[] }).domains.map((d) => d.name)).toEqual(["beta-video.com"]);
  const overdue = (await (await request.get("/api/v1/domains?overdue=1")).json()) as { domains: { name: string; overdue: boolean }[] };
  expect(overdue.domains.map((d) => d.name)).toContain("betamedia.cn");
  expect(overdue.domains.every((d) => d.overdue)).toBe(true);
});

test("PATCH a domain answers the deciding questions; bad bodies get 400/403/413 and change nothing", async ({ page }) => {
  await signIn(page, "other@example.com");
  const { request, origin } = await api(page);
  const headers = { Origin: origin, "Content-Type": "application/json" };
  const before = (await (await request.get("/api/v1/domains/beta-ads.cn")).json()) as DomainBody;

  const unknownEnum = await request.patch("/api/v1/domains/beta-ads.cn", { headers, data: { hosting: "mars" } });
  expect(unknownEnum.status()).toBe(400);
  expect(((await unknownEnum.json()) as { error: { code: string; fields: Record<string, string> } }).error).toMatchObject({
    code: "validation_failed",
    fields: { hosting: expect.any(String) },
  });
  const malformed = await request.patch("/api/v1/domains/beta-ads.cn", { headers, data: "{not json" });
  expect(malformed.status()).toBe(400);
  const huge = await request.patch("/api/v1/domains/beta-ads.cn", { headers, data: { hosting: "provider", pad: "x".repeat(1_100_000) } });
  expect(huge.status()).toBe(413);
  const crossSite = await request.patch("/api/v1/domains/beta-ads.cn", {
    headers: { Origin: "https://evil.example", "Content-Type": "application/json" },
    data: { hosting: "elsewhere" },
  });
  expect(crossSite.status()).toBe(403);
  const otherAccount = await request.patch("/api/v1/domains/acme-cloud.com", { headers, data: { hosting: "elsewhere" } });
  expect(otherAccount.status()).toBe(404);
  expect(await (await request.get("/api/v1/domains/beta-ads.cn")).json()).toEqual(before);

  const answered = await request.patch("/api/v1/domains/beta-ads.cn", { headers, data: { hosting: "elsewhere" } });
  expect(answered.status()).toBe(200);
  const domain = ((await answered.json()) as DomainBody).domain;
  expect(domain.status).toBe("rectification_required");
  expect(domain.actions.filter((a) => a.state === "open").map((a) => a.key)).toEqual(["transfer_filing_to_new_provider"]);
});

test("PATCH an action with a stale version answers 409 with the current state", async ({ page }) => {
  await signIn(page, "other@example.com");
  const { request, origin } = await api(page);
  const headers = { Origin: origin, "Content-Type": "application/json" };
  const domain = ((await (await request.get("/api/v1/domains/beta-live.cn")).json()) as DomainBody).domain;
  const action = domain.actions.find((a) => a.key === "correct_and_resubmit")!;

  const started = await request.patch(`/api/v1/actions/${action.id}`, { headers, data: { state: "in_progress", version: action.version } });
  expect(started.status()).toBe(200);
  const stale = await request.patch(`/api/v1/actions/${action.id}`, { headers, data: { state: "done", version: action.version } });
  expect(stale.status()).toBe(409);
  expect(await stale.json()).toMatchObject({
    error: { code: "stale_version" },
    current: { id: action.id, state: "in_progress", version: action.version + 1 },
  });
  const noChange = await request.patch(`/api/v1/actions/${action.id}`, { headers, data: { version: action.version + 1 } });
  expect(noChange.status()).toBe(400);
  const superseded = await request.patch(`/api/v1/actions/${action.id}`, { headers, data: { state: "superseded", version: action.version + 1 } });
  expect(superseded.status()).toBe(400);
  const done = await request.patch(`/api/v1/actions/${action.id}`, {
    headers,
    data: { state: "done", note: "Site name fixed and resubmitted.", version: action.version + 1 },
  });
  expect(done.status()).toBe(200);
  const after = ((await done.json()) as DomainBody).domain.actions.find((a) => a.id === action.id)!;
  expect(after).toMatchObject({ state: "done", version: action.version + 2 });
});

test("signed out, the API answers 401 in JSON", async ({ request }) => {
  const response = await request.get("/api/v1/domains");
  expect(response.status()).toBe(401);
  expect(((await response.json()) as { error: { code: string } }).error.code).toBe("unauthenticated");
});
