// What of the message catalogue goes to the browser. Server components translate on the
// server and send text; only client components ("use client") need messages in the page's
// payload, and only the namespaces they read.
//
// Each part of the site hands over its own: the root layout the namespaces of what it renders
// everywhere (the error boundary), and each folder of app/ listed below a layout of its own with
// those of the client components its pages render (components/segment-messages.tsx) — a
// top-level folder, or a folder inside one whose pages need more than their siblings (the
// dashboard's action forms are not sent with the domain list, the review form not with the
// queue). A folder's layout is rendered whenever a navigation enters it, so what it hands over
// serves every page below it; a provider replaces the messages of the one above it, so each
// folder's set includes the root's and its enclosing folders' (the same catalogue objects, which
// the payload sends once). tests/unit/client-messages.test.ts follows every page's imports to
// the client components it reaches and checks these lists against their useTranslations calls.

/** The namespaces the root layout hands over: what a client component rendered on every page reads. */
const ROOT_NAMESPACES = ["app"] as const;

/**
 * Per folder of app/ (its path below app/), the namespaces its pages' client components read with
 * useTranslations("…") beyond those of the root and of the folders that enclose it.
 */
export const SEGMENT_NAMESPACES = {
  admin: [
    "admin.accounts",
    "admin.channels",
    "admin.domains",
    "admin.imports",
    "admin.provider",
    "admin.record",
    "admin.tokens",
    "classifier",
    "roles",
    "users",
  ],
  domains: ["intake.reasons", "intake.report", "live"],
  "domains/[name]": ["domain"],
  inbound: ["intake.inbox", "intake.reasons", "intake.report"],
  intake: ["intake.channels"],
  login: ["login"],
  notifications: ["notifications"],
  "staff/accounts": ["domain", "staff.review"],
  "staff/inbox": ["intake.inbox"],
} as const satisfies Record<string, readonly string[]>;

export type Segment = keyof typeof SEGMENT_NAMESPACES;

/** What a page of `segment` (or, without one, the root layout) hands its client components: the root's, its enclosing folders' and its own. */
export function namespacesFor(segment?: Segment): readonly string[] {
  if (!segment) return ROOT_NAMESPACES;
  const parts = segment.split("/");
  const enclosing = parts.map((_, i) => parts.slice(0, i + 1).join("/")).filter((folder): folder is Segment => folder in SEGMENT_NAMESPACES);
  return [...ROOT_NAMESPACES, ...enclosing.flatMap((folder) => SEGMENT_NAMESPACES[folder])];
}

type Messages = Record<string, unknown>;

/** The parts of `messages` that `namespaces` name ("a.b" is b inside a), nested as in the catalogue. */
export function pickMessages(messages: Messages, namespaces: readonly string[]): Messages {
  const picked: Messages = {};
  for (const namespace of namespaces) {
    // "a.b" when "a" is picked whole already.
    if (namespaces.some((other) => namespace.startsWith(`${other}.`))) continue;
    const path = namespace.split(".");
    let from: unknown = messages;
    for (const key of path) from = from && typeof from === "object" ? (from as Messages)[key] : undefined;
    if (from === undefined) continue;
    let into = picked;
    for (const key of path.slice(0, -1)) {
      const next = into[key];
      into = (into[key] = next && typeof next === "object" ? next : {}) as Messages;
    }
    into[path.at(-1)!] = from;
  }
  return picked;
}

const cache = new WeakMap<Messages, Map<string, Messages>>();

/**
 * The client components' messages of one catalogue for `segment` (the root layout's without
 * one), picked once per catalogue and segment: the catalogues never change while the server runs.
 */
export function clientMessages(messages: Messages, segment?: Segment): Messages {
  let bySegment = cache.get(messages);
  if (!bySegment) cache.set(messages, (bySegment = new Map()));
  const key = segment ?? "";
  let picked = bySegment.get(key);
  if (!picked) bySegment.set(key, (picked = pickMessages(messages, namespacesFor(segment))));
  return picked;
}
