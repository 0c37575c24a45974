/** The app's public origin for URLs handed out: NEXTAUTH_URL, else the request's own. */
export function publicBaseUrl(request: Request, env: NodeJS.ProcessEnv = process.env): string {
  if (env.NEXTAUTH_URL) {
    try {
      return new URL(env.NEXTAUTH_URL).origin;
    } catch {
      // fall through to the request's origin
    }
  }
  return new URL(request.url).origin;
}

/** The same for a server action, from the request's headers. */
export function publicBaseUrlFromHeaders(headers: Headers, env: NodeJS.ProcessEnv = process.env): string {
  if (env.NEXTAUTH_URL) {
    try {
      return new URL(env.NEXTAUTH_URL).origin;
    } catch {
      // fall through
    }
  }
  const host = headers.get("host") ?? "localhost";
  const proto = headers.get("x-forwarded-proto") === "https" ? "https" : "http";
  return `${proto}://${host}`;
}
