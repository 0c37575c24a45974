// What a database failure means for the caller. Prisma's driver adapters surface errors
// as PrismaClientKnownRequestError (code P…) or as the driver's own error (SQLSTATE in
// `code`, or a Node socket error), depending on where it happened.

function codeOf(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" ? code : undefined;
}

/** A unique constraint refused the write (someone else created the same row first). */
export function isUniqueViolation(error: unknown): boolean {
  const code = codeOf(error);
  return code === "P2002" || code === "23505";
}
