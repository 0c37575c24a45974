import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/** The numbers a domain carries, for the record page's warnings (a number in the text that is not the domain's). */
export async function findDomainNumbers(db: PrismaClient, name: string) {
  return db.domain.findUnique({ where: { name }, select: { name: true, icpNumber: true, icpEntityNumber: true } });
}
