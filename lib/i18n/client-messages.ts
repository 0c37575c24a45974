// What of the message catalogue goes to the browser. Server components translate on the
// server and send text; only client components ("use client") need messages in the page's
// payload, and only the namespaces they read. tests/unit/client-messages.test.ts checks
// this list against every client component's useTranslations calls.
//
// One list for every page: the provider sits in the root layout, which is not rendered again
// on a client-side navigation, so what it hands over must serve whichever page comes next.

/** Every namespace a client component reads with useTranslations("…"). */
export const CLIENT_NAMESPACES = [
  "app",
  "login",
  "live",
  "domain",
  "roles",
  "users",
  "notifications",
  "classifier",
  "admin.accounts",
  "admin.channels",
  "admin.domains",
  "admin.imports",
  "admin.provider",
  "admin.record",
  "admin.tokens",
  "intake.channels",
  "intake.inbox",
  "intake.reasons",
  "intake.report",
  "staff.review",
] as const;

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

const cache = new WeakMap<Messages, Messages>();

/** The client components' messages of one catalogue, picked once per catalogue (the catalogues never change while the server runs). */
export function clientMessages(messages: Messages): Messages {
  let picked = cache.get(messages);
  if (!picked) cache.set(messages, (picked = pickMessages(messages, CLIENT_NAMESPACES)));
  return picked;
}
