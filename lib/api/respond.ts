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
