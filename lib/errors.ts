// Expected failures carry a code and an HTTP status; lib/api/respond.ts maps them to
// the JSON error body of the brief. A database that is down or saturated is expected too:
// 503 `unavailable` with Retry-After (lib/db/errors.ts tells it apart). Anything else is
// unexpected: logged with a request id and answered with a generic 500 that shows no
// internals.
export const ERROR_CODES = [
  "validation_failed",
  "unauthenticated",
  "forbidden",
  "not_found",
  "conflict",
  "stale_version",
  "unprocessable",
  "payload_too_large",
  "rate_limited",
  "unavailable",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

const STATUS: Record<ErrorCode, number> = {
  validation_failed: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  stale_version: 409,
  unprocessable: 422,
  payload_too_large: 413,
  rate_limited: 429,
  unavailable: 503,
};

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields?: Record<string, string>;
  readonly status: number;
  /** Sent as Retry-After: when the caller may try again (429, 503). */
  readonly retryAfterSeconds?: number;

  constructor(code: ErrorCode, message: string, fields?: Record<string, string>, options: { retryAfterSeconds?: number } = {}) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.fields = fields;
    this.status = STATUS[code];
    this.retryAfterSeconds = options.retryAfterSeconds ?? (code === "unavailable" ? 5 : undefined);
  }
}

export function notFound(what: string): AppError {
  return new AppError("not_found", `${what} was not found.`);
}
