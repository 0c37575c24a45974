import "server-only";
import { cookies, headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { prisma } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { decodeSession, sessionTokenFrom } from "./jwt";
import { authSecret } from "./options";
import { can, type Permission } from "./permissions";

/** Who is calling, as read from the database on this request. */
export type CurrentUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** The customer's account; null for staff. */
  accountId: string | null;
  accountName: string | null;
};

/**
 * The signed-in user, re-read from the database (role, account, disabled) on every
 * request, with their unread notifications (the bell on every page); null when signed out,
 * disabled or deleted. Cached per request.
 */
const currentSession = cache(async (): Promise<{ user: CurrentUser; unreadNotifications: number } | null> => {
  // The session cookie read directly, as the proxy reads it: getServerSession would run
  // next-auth's whole session endpoint and re-encrypt a cookie that a page or a route
  // handler reading it this way cannot set anyway.
  const cookie = sessionTokenFrom((await cookies()).getAll());
  if (!cookie) return null;
  // A token that does not decrypt with this server's secret, or has expired, is no session.
  const token = await decodeSession({ token: cookie, secret: authSecret() }).catch(() => null);
  const claims = token ? { id: token.sub, sessionVersion: token.sessionVersion } : undefined;
  if (!claims?.id) return null;
  const db = await prisma();
  // One statement with what is needed (not the password hash): every page and API call runs it.
  const [user] = await db.$queryRaw<(CurrentUser & { disabledAt: Date | null; sessionVersion: number; unreadNotifications: number })[]>`
    SELECT u.id, u.email, u.name, u.role::text AS role, u."accountId", a.name AS "accountName", u."disabledAt", u."sessionVersion",
           (SELECT count(*) FROM "Notification" n WHERE n."userId" = u.id AND n."readAt" IS NULL)::int AS "unreadNotifications"
      FROM "User" u LEFT JOIN "Account" a ON a.id = u."accountId"
     WHERE u.id = ${claims.id}`;
  // A password reset or disabling raises sessionVersion: older sessions end here.
  if (!user || user.disabledAt || user.sessionVersion !== (claims.sessionVersion ?? 0)) return null;
  return {
    user: { id: user.id, email: user.email, name: user.name, role: user.role, accountId: user.accountId, accountName: user.accountName },
    unreadNotifications: Number(user.unreadNotifications),
  };
});

/** The signed-in user (see currentSession); null when signed out, disabled or deleted. Cached per request. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => (await currentSession())?.user ?? null);

/** The signed-in user's unread notifications as the request began, read in the same statement as the user. */
export async function unreadNotificationsOfCurrentUser(): Promise<number> {
  return (await currentSession())?.unreadNotifications ?? 0;
}

async function currentPath(): Promise<string> {
  // Set by proxy.ts so a signed-out visitor returns to the page they asked for.
  return (await headers()).get("x-icp-path") ?? "/";
}

/** For pages: the signed-in user, or a redirect to the sign-in page. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(await currentPath())}`);
  return user;
}

/**
 * For pages: the signed-in user if they hold the permission. Otherwise the page does
 * not exist for them (HTTP 404), so page names do not leak (brief: "answer 404, never 403").
 */
export async function requirePermission(permission: Permission): Promise<CurrentUser> {
  const user = await requireUser();
  if (!can(user.role, permission)) notFound();
  return user;
}
