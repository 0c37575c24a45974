import "server-only";
// The one wrapper for server actions, as lib/api/handler.ts is for route handlers. A server
// action is a public POST endpoint: the wrapper identifies the caller (re-read from the
// database), checks the permission, parses the form with zod, runs the use case and maps
// every failure to a typed answer in the caller's language. Decision 0010 says why this is
// our own small function rather than next-safe-action.
import { unstable_rethrow } from "next/navigation";
import { getLocale, getTranslations } from "@/lib/i18n/server";
import { z } from "zod";
import type { Permission } from "@/lib/auth/permissions";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db";
import { AppError, type ErrorCode } from "@/lib/errors";
import { fieldErrorsOf } from "@/lib/forms";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { actorFromUser, type Actor } from "@/lib/use-cases/actor";

export type ActionErrorCode = ErrorCode | "internal_error";

export type ActionFailure = {
  code: ActionErrorCode;
  /** For the form, in the caller's language. */
  message: string;
  /** Field → what is wrong with it. */
  fields: Record<string, string>;
  /** What was thrown, for actions that answer some errors their own way (a stale version, a user rule). */
  cause?: unknown;
};

export type ActionOutcome<T> = { ok: true; value: T } | { ok: false; failure: ActionFailure };

export type ActionContext<Input> = { user: CurrentUser; actor: Actor; db: PrismaClient; input: Input; now: Date };

export type ServerActionSpec<Schema extends z.ZodType, Result> = {
  /** The permission the caller needs (lib/auth/permissions.ts); omitted: any signed-in user. */
  permission?: Permission;
  /** What someone without the permission is told: "forbidden" (default), or "not_found" where the page must not reveal itself. */
  denied?: "forbidden" | "not_found";
  /** The form's fields as the schema's input. */
  read: (form: FormData) => unknown;
  /** Validates `read(form)`; a failure answers `validation_failed` with one message per field. */
  schema: Schema;
  /** Calls the use case (which checks the permission once more). */
  run: (context: ActionContext<z.output<Schema>>) => Promise<Result>;
  /** Names the action in the log of an unexpected failure. */
  name: string;
};

/** A text field of a form ("" when absent or a file). */
export function formText(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

/** Several text fields at once, as typed (for giving them back on an error). */
export function formTexts<K extends string>(form: FormData, names: readonly K[]): Record<K, string> {
  return Object.fromEntries(names.map((name) => [name, formText(form, name)])) as Record<K, string>;
}

async function failureOf(code: ActionErrorCode, own: string | undefined, fields: Record<string, string>, cause?: unknown): Promise<ActionFailure> {
  const t = await getTranslations("forms.errors");
  // A use case's own English sentence is the more precise one; other languages get the code's text.
  const message = own && (await getLocale()) === "en" ? own : t(code);
  return { code, message, fields, cause };
}

/** Maps what a use case threw to a failure; anything unexpected is logged and answered generically. */
export async function actionFailure(error: unknown, name: string): Promise<ActionFailure> {
  unstable_rethrow(error); // redirect() and notFound() are answers, not failures
  if (error instanceof z.ZodError) return failureOf("validation_failed", undefined, fieldErrorsOf(error), error);
  if (error instanceof AppError) return failureOf(error.code, error.message, error.fields ?? {}, error);
  console.error(`server action ${name} failed`, error);
  return failureOf("internal_error", undefined, {}, error);
}

/**
 * Runs a server action: signed out → `unauthenticated`, without the permission → `forbidden`
 * (or `not_found`), invalid input → `validation_failed` with fields, a use case's AppError →
 * its code, message and fields; anything else → `internal_error` (logged). `redirect()` in
 * `run` still redirects.
 */
export async function runServerAction<Schema extends z.ZodType, Result>(
  form: FormData,
  spec: ServerActionSpec<Schema, Result>,
): Promise<ActionOutcome<Result>> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, failure: await failureOf("unauthenticated", undefined, {}) };
  if (spec.permission && !can(user.role, spec.permission)) {
    return { ok: false, failure: await failureOf(spec.denied ?? "forbidden", undefined, {}) };
  }
  try {
    const input = spec.schema.parse(spec.read(form));
    const value = await spec.run({ user, actor: actorFromUser(user), db: await prisma(), input, now: new Date() });
    return { ok: true, value };
  } catch (error) {
    return { ok: false, failure: await actionFailure(error, spec.name) };
  }
}
