import "server-only";
import { randomUUID } from "node:crypto";
import { NextResponse } from "next/server";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { fieldErrorsOf } from "@/lib/forms";

export type ErrorBody = { error: { code: string; message: string; fields?: Record<string, string>; requestId?: string } };

export function jsonError(error: AppError, init?: ResponseInit): NextResponse<ErrorBody> {
  return NextResponse.json(
    { error: { code: error.code, message: error.message, ...(error.fields ? { fields: error.fields } : {}) } },
    { ...init, status: error.status },
  );
}


/**
 * Maps anything thrown by a route to the brief's error body. Expected failures keep
 * their code; anything else is logged with a request id and answered with a generic 500.
 */
export function errorResponse(error: unknown): NextResponse<ErrorBody> {
  if (error instanceof AppError) return jsonError(error);
  if (error instanceof z.ZodError) {
    return jsonError(new AppError("validation_failed", "The request does not match the expected shape.", fieldErrorsOf(error)));
  }
  const requestId = randomUUID();
  console.error(`[${requestId}] unexpected error`, error);
  return NextResponse.json(
    { error: { code: "internal_error", message: "Something went wrong on our side. Quote this id to support.", requestId } },
    { status: 500 },
  );
}

const MAX_BODY_BYTES = 1024 * 1024;

/** Reads a JSON body: 413 over 1 MB, 400 when it is not JSON. */
export async function readJsonBody(request: Request): Promise<unknown> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > MAX_BODY_BYTES) throw new AppError("payload_too_large", "The request body is larger than 1 MB.");
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) throw new AppError("payload_too_large", "The request body is larger than 1 MB.");
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("validation_failed", "The request body is not valid JSON.", { body: "Malformed JSON." });
  }
}
