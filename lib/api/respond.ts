import "server-only";
import { randomUUID } from "node:crypto";
import { NextResponse } from "next/server";
import { z } from "zod";
import { isDatabaseUnavailable, isRefusedValue } from "@/lib/db/errors";
import { DATABASE_RETRY_AFTER_SECONDS, noteDatabaseUnavailable } from "@/lib/db/availability";
import { AppError } from "@/lib/errors";
import { fieldErrorsOf } from "@/lib/forms";

export type ErrorBody = { error: { code: string; message: string; fields?: Record<string, string>; requestId?: string } };

export function jsonError(error: AppError, init?: ResponseInit): NextResponse<ErrorBody> {
  const headers = new Headers(init?.headers);
  if (error.retryAfterSeconds !== undefined) headers.set("Retry-After", String(error.retryAfterSeconds));
  return NextResponse.json(
    { error: { code: error.code, message: error.message, ...(error.fields ? { fields: error.fields } : {}) } },
    { ...init, headers, status: error.status },
  );
}

/** The answer while the database is down, restarting or saturated: retry in a few seconds. */
export function databaseUnavailable(): AppError {
  return new AppError("unavailable", "The service is temporarily unavailable. Try again in a few seconds.", undefined, {
    retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS,
  });
}

/**
 * Maps anything thrown by a route to the brief's error body. Expected failures keep
 * their code; a database that cannot serve now answers 503 with Retry-After (nothing was
 * written: the transaction rolled back); anything else is logged with a request id and
 * answered with a generic 500.
 */
export function errorResponse(error: unknown): NextResponse<ErrorBody> {
  if (error instanceof AppError) return jsonError(error);
  if (error instanceof z.ZodError) {
    return jsonError(new AppError("validation_failed", "The request does not match the expected shape.", fieldErrorsOf(error)));
  }
  if (isRefusedValue(error)) {
    return jsonError(new AppError("validation_failed", "The request contains a value that cannot be stored (e.g. a NUL character)."));
  }
  if (isDatabaseUnavailable(error)) {
    noteDatabaseUnavailable();
    console.warn(`database unavailable: ${summarise(error)}`);
    return jsonError(databaseUnavailable());
  }
  const requestId = randomUUID();
  console.error(`[${requestId}] unexpected error`, error);
  return NextResponse.json(
    { error: { code: "internal_error", message: "Something went wrong on our side. Quote this id to support.", requestId } },
    { status: 500 },
  );
}

/** One line about an error, for the log: its code and message, never a stack. */
function summarise(error: unknown): string {
  const e = error as { code?: unknown; message?: unknown };
  return `${typeof e?.code === "string" ? `${e.code} ` : ""}${typeof e?.message === "string" ? e.message.split("\n").filter(Boolean).at(-1) : String(error)}`;
}
