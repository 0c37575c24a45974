import "server-only";
import { z } from "zod";
import type { CurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

export const ADMIN_DOMAIN_PAGE_SIZE = 50;

export const ZAdminDomainQuery = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  account: z.string().trim().max(100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
});
export type AdminDomainQuery = z.infer<typeof ZAdminDomainQuery>;

/** Domains for the admin page: search by name or ICP number, filter by account, 50 a page. */
export async function findDomainsForAdmin(db: PrismaClient, user: Pick<CurrentUser, "role">, query: AdminDomainQuery) {
  if (!can(user.role, "accounts:manage")) return { items: [], total: 0, page: 1, pageCount: 1 };
  const where: Prisma.DomainWhereInput = {};
  if (query.account) where.accountId = query.account;
  if (query.q) {
    const q = query.q.toLowerCase().replace(/^www\./, "");
    where.OR = [{ name: { contains: q } }, { displayName: { contains: q } }, { icpNumber: { contains: query.q } }];
  }
  const total = await db.domain.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / ADMIN_DOMAIN_PAGE_SIZE));
  const page = Math.min(query.page ?? 1, pageCount);
  const items = await db.domain.findMany({
    where,
    orderBy: [{ name: "asc" }],
    skip: (page - 1) * ADMIN_DOMAIN_PAGE_SIZE,
    take: ADMIN_DOMAIN_PAGE_SIZE,
    select: {
      id: true,
      name: true,
      displayName: true,
      status: true,
      icpNumber: true,
      filingType: true,
      providerStage: true,
      account: { select: { id: true, name: true } },
    },
  });
  return { items, total, page, pageCount };
}

/** One domain's record for the admin edit page, or null. */
export async function findDomainRecordForAdmin(db: PrismaClient, user: Pick<CurrentUser, "role">, name: string) {
  if (!can(user.role, "accounts:manage")) return null;
  return db.domain.findUnique({
    where: { name },
    select: {
      id: true,
      name: true,
      displayName: true,
      status: true,
      icpNumber: true,
      icpEntityNumber: true,
      filingType: true,
      providerStage: true,
      account: { select: { id: true, name: true } },
      _count: { select: { messages: true } },
    },
  });
}
