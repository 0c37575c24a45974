// Outbound HTTP for webhooks, guarded against server-side request forgery: the target's
// address is checked when the socket connects (the resolved address actually dialled,
// so a DNS answer that changes between check and connect cannot slip through), and
// loopback, private, link-local, carrier-grade NAT, multicast and reserved addresses are
// refused unless WEBHOOK_ALLOW_PRIVATE_TARGETS=1. Every request has a hard timeout and a
// cap on the response it reads, so a slow target never holds a worker for long.
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import http from "node:http";
import https from "node:https";
import net from "node:net";

const blocked = new net.BlockList();
for (const [prefix, bits] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const) {
  blocked.addSubnet(prefix, bits, "ipv4");
}
for (const [prefix, bits] of [
  ["::", 128],
  ["::1", 128],
  ["fc00::", 7],
  ["fe80::", 10],
  ["fec0::", 10],
  ["ff00::", 8],
  ["2001:db8::", 32],
  ["100::", 64],
] as const) {
  blocked.addSubnet(prefix, bits, "ipv6");
}

/** True for an address a webhook must not reach by default. */
export function isPrivateAddress(address: string): boolean {
  const family = net.isIP(address);
  if (family === 4) return blocked.check(address, "ipv4");
  if (family !== 6) return true;
  const lower = address.toLowerCase();
  // IPv4-mapped (::ffff:10.0.0.1), IPv4-compatible and NAT64 (64:ff9b::/96) forms carry an IPv4 address.
  const embedded = lower.match(/^(?:::ffff:|::|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/);
  if (embedded?.[1]) return blocked.check(embedded[1], "ipv4");
  const mappedHex = lower.match(/^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/);
  if (mappedHex?.[1] && mappedHex[2]) {
    const hi = parseInt(mappedHex[1], 16);
    const lo = parseInt(mappedHex[2], 16);
    return blocked.check(`${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`, "ipv4");
  }
  return blocked.check(address, "ipv6");
}

export function privateTargetsAllowed(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.WEBHOOK_ALLOW_PRIVATE_TARGETS === "1";
}

export class RefusedTargetError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RefusedTargetError";
  }
}

/** Checks a URL's form before any connection: http(s) only, no credentials. */
export function checkTargetUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new RefusedTargetError("Not a URL.");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new RefusedTargetError("Only http and https URLs are allowed.");
  if (url.username || url.password) throw new RefusedTargetError("The URL must not contain credentials.");
  return url;
}

export type SafeResponse = { status: number; body: string; headers: http.IncomingHttpHeaders };

/** The answer a target may send (64 KiB): enough for any bot's JSON reply, too little to tie up memory. */
const MAX_RESPONSE_BYTES = 64 * 1024;

export type SafeRequestOptions = {
  method?: "POST" | "GET";
  headers?: Record<string, string>;
  body?: string;
  timeoutMs?: number;
  allowPrivate?: boolean;
};

/**
 * Sends one request. Throws RefusedTargetError for a refused address (not worth
 * retrying) and an ordinary Error for network failures and timeouts.
 */
export function safeRequest(rawUrl: string, options: SafeRequestOptions = {}): Promise<SafeResponse> {
  const url = checkTargetUrl(rawUrl);
  const allowPrivate = options.allowPrivate ?? privateTargetsAllowed();
  const timeoutMs = options.timeoutMs ?? 10_000;
  const maxBytes = MAX_RESPONSE_BYTES;
  const hostname = url.hostname.replace(/^\[|\]$/g, "");

  // Node dials an IP literal without calling `lookup`: check it here.
  if (net.isIP(hostname) && !allowPrivate && isPrivateAddress(hostname)) {
    return Promise.reject(new RefusedTargetError(`The address ${hostname} is private, loopback or link-local.`));
  }

  const guardedLookup: net.LookupFunction = (host, lookupOptions, callback) => {
    dnsLookup(host, { ...lookupOptions, all: true }, (error, addresses) => {
      if (error) return callback(error, "", 4);
      const list = addresses as unknown as LookupAddress[];
      const refused = allowPrivate ? undefined : list.find((a) => isPrivateAddress(a.address));
      if (refused || list.length === 0) {
        return callback(new RefusedTargetError(`${host} resolves to ${refused?.address ?? "no address"}, a private, loopback or link-local address.`), "", 4);
      }
      if ((lookupOptions as { all?: boolean }).all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, list);
      const first = list[0]!;
      callback(null, first.address, first.family);
    });
  };

  const transport = url.protocol === "https:" ? https : http;
  return new Promise<SafeResponse>((resolve, reject) => {
    const request = transport.request(
      url,
      {
        method: options.method ?? "POST",
        headers: { "user-agent": "icp-filing-dashboard-webhooks/1", ...options.headers },
        lookup: guardedLookup,
        timeout: timeoutMs,
        // Never follow redirects (Node does not by default): a 30x answer is a failure.
      },
      (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        response.on("data", (chunk: Buffer) => {
          size += chunk.length;
          if (size <= maxBytes) chunks.push(chunk);
        });
        response.on("end", () => {
          clearTimeout(deadline);
          resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8"), headers: response.headers });
        });
        response.on("error", (error) => {
          clearTimeout(deadline);
          reject(error);
        });
      },
    );
    // `timeout` above is per socket inactivity; this bounds the whole exchange.
    const deadline = setTimeout(() => request.destroy(new Error(`Timed out after ${timeoutMs} ms.`)), timeoutMs);
    request.on("timeout", () => request.destroy(new Error(`Timed out after ${timeoutMs} ms.`)));
    request.on("error", (error) => {
      clearTimeout(deadline);
      reject(error);
    });
    if (options.body !== undefined) request.write(options.body);
    request.end();
  });
}
