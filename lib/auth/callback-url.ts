/**
 * Where to go after signing in: only a path of this site. Anything else — another
 * host, a protocol-relative "//host", a backslash trick — falls back to "/".
 */
export function safeCallbackPath(value: string | null | undefined): string {
  if (!value) return "/";
  let path = value;
  try {
    // next-auth may hand back an absolute URL of this site; keep only its path.
    if (/^https?:\/\//i.test(value)) {
      const url = new URL(value);
      path = url.pathname + url.search + url.hash;
    }
  } catch {
    return "/";
  }
  if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\") || /[\u0000-\u001f]/.test(path)) return "/";
  if (path.startsWith("/login")) return "/";
  return path;
}
