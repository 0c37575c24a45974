type HeaderBag = Headers | Record<string, string | string[] | undefined>;

function header(headers: HeaderBag, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name] ?? headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The caller's address for sign-in throttling. Next's server sets X-Forwarded-For from
 * the socket; behind a proxy, the proxy's first hop is the client. A spoofed header can
 * dodge the per-address counter but not the per-email one.
 */
export function clientAddress(headers: HeaderBag): string | null {
  const forwarded = header(headers, "x-forwarded-for");
  const first = forwarded?.split(",")[0]?.trim();
  return first || header(headers, "x-real-ip") || null;
}
