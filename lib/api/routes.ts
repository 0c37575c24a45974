// The JSON API's routes and the methods each answers, for proxy.ts: a known route asked
// with another method answers 405 JSON with Allow (Next.js would answer an empty 405).
// Paths that match no route are left to the catch-all routes (app/api/[...path],
// app/api/v1/[...path]), which answer 404 JSON. tests/unit/api-routes.test.ts checks this
// table against the route files: a new /api route adds its row here.

export type ApiRoute = { pattern: string; methods: readonly string[] };

export const API_ROUTES: readonly ApiRoute[] = [
  { pattern: "/api/health", methods: ["GET"] },
  { pattern: "/api/intake/[token]", methods: ["POST"] },
  { pattern: "/api/v1/actions/[id]", methods: ["PATCH"] },
  { pattern: "/api/v1/changes", methods: ["GET"] },
  { pattern: "/api/v1/domains", methods: ["GET", "POST"] },
  { pattern: "/api/v1/domains/[name]", methods: ["GET", "PATCH"] },
  { pattern: "/api/v1/imports", methods: ["POST"] },
  { pattern: "/api/v1/inbound", methods: ["GET", "POST"] },
  { pattern: "/api/v1/inbound/[id]/confirm", methods: ["POST"] },
  { pattern: "/api/v1/inbound/[id]/reject", methods: ["POST"] },
  { pattern: "/api/v1/intake-channels", methods: ["GET", "POST"] },
  { pattern: "/api/v1/intake-channels/[id]", methods: ["DELETE"] },
  { pattern: "/api/v1/imports/[id]", methods: ["GET"] },
  { pattern: "/api/v1/imports/[id]/start", methods: ["POST"] },
  { pattern: "/api/v1/messages", methods: ["POST"] },
  { pattern: "/api/v1/notifications", methods: ["GET"] },
  { pattern: "/api/v1/notifications/[id]/read", methods: ["POST"] },
  { pattern: "/api/v1/notifications/read-all", methods: ["POST"] },
  { pattern: "/api/v1/openapi.json", methods: ["GET"] },
  { pattern: "/api/v1/webhooks", methods: ["GET", "POST"] },
  { pattern: "/api/v1/webhooks/[id]", methods: ["DELETE"] },
  { pattern: "/api/v1/webhooks/[id]/deliveries", methods: ["GET"] },
];

function matches(pattern: string, pathname: string): boolean {
  const want = pattern.split("/");
  const got = pathname.replace(/\/+$/, "").split("/");
  if (want.length !== got.length) return false;
  return want.every((part, i) => (part.startsWith("[") ? (got[i] ?? "") !== "" : part === got[i]));
}

/** The methods a path answers (with HEAD for GET, and OPTIONS), or null when no route has that path. */
export function allowedMethods(pathname: string): string[] | null {
  const route = API_ROUTES.find((r) => matches(r.pattern, pathname));
  if (!route) return null;
  const methods = new Set(route.methods);
  if (methods.has("GET")) methods.add("HEAD");
  methods.add("OPTIONS");
  return [...methods];
}
