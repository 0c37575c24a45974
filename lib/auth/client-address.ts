// The caller's network address, for the sign-in throttle and the audit log.
//
// Next's route handlers never see the socket: Next copies the socket's address into
// X-Forwarded-For only when the request has none (`??=` in next/dist/server/base-server),
// so a client that sends its own header decides what the app would read. The app's
// server (scripts/serve.ts) therefore works the address out from the socket before Next
// sees the request, trusting X-Forwarded-For only from the proxies TRUSTED_PROXIES names
// (proxy-addr), and passes it in one header it always overwrites. Anything else reading
// the address uses clientAddress() below. See docs/decisions/0007.
import type { IncomingMessage } from "node:http";
import proxyAddr from "proxy-addr";

/** Set by the app's server on every request, from the socket; never taken from a client. */
export const CLIENT_ADDRESS_HEADER = "x-icp-client-address";

const SERVER_SETS_ADDRESS = Symbol.for("icp.server-sets-client-address");
type Marked = { [SERVER_SETS_ADDRESS]?: boolean };

export type TrustProxy = (address: string, hop: number) => boolean;

/**
 * The proxies whose X-Forwarded-For is believed: a comma-separated list of addresses,
 * CIDR ranges or proxy-addr's names (`loopback`, `linklocal`, `uniquelocal`). Empty
 * (the default): none, the address is the socket's. Throws on an entry it cannot read,
 * so a typo stops the server instead of trusting the wrong hosts.
 */
export function trustedProxies(value: string | undefined = process.env.TRUSTED_PROXIES): TrustProxy {
  const entries = (value ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  try {
    return proxyAddr.compile(entries);
  } catch (error) {
    throw new Error(`TRUSTED_PROXIES: ${(error as Error).message} (in "${value}")`);
  }
}

/** "::ffff:127.0.0.1" (an IPv4 client on a dual-stack socket) is 127.0.0.1. */
function normalise(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return (mapped?.[1] ?? address).toLowerCase();
}

/**
 * Called by the server for every request before Next handles it: replaces whatever the
 * client sent in CLIENT_ADDRESS_HEADER with the address proxy-addr finds, the nearest
 * hop that is not a trusted proxy (with no trusted proxies: the socket's address).
 */
export function stampClientAddress(req: IncomingMessage, trust: TrustProxy): void {
  delete req.headers[CLIENT_ADDRESS_HEADER];
  if (!req.socket?.remoteAddress) return;
  req.headers[CLIENT_ADDRESS_HEADER] = normalise(proxyAddr(req, trust));
}

/** The server stamps every request: from now on clientAddress() believes the header. */
export function markServerSetsClientAddress(): void {
  (globalThis as Marked)[SERVER_SETS_ADDRESS] = true;
}

type HeaderBag = Headers | Record<string, string | string[] | undefined>;

function header(headers: HeaderBag, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name] ?? headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The caller's address as the app's server found it, or null when the app runs without
 * that server (`next dev`): then no header is believed, the per-address limit does not
 * apply and the audit log records no address — never one a client chose.
 */
export function clientAddress(headers: HeaderBag): string | null {
  if (!(globalThis as Marked)[SERVER_SETS_ADDRESS]) return null;
  return header(headers, CLIENT_ADDRESS_HEADER)?.trim() || null;
}
