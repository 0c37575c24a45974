import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { writeAudit, SYSTEM_ACTOR } from "@/lib/audit";
import { prisma } from "@/lib/db";
import { noteDatabaseUnavailable } from "@/lib/db/availability";
import { isDatabaseUnavailable } from "@/lib/db/errors";
import { decodeSession, encodeSession } from "./jwt";
import { decoyPasswordHash, verifyPassword } from "./password";
import { blockedUntil, recordFailure, recordSuccess } from "./throttle";
import { clientAddress } from "./client-address";

declare module "next-auth" {
  interface User {
    sessionVersion?: number;
  }
}
declare module "next-auth/jwt" {
  interface JWT {
    sessionVersion?: number;
  }
}

export function authSecret(): string {
  const secret = process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET;
  if (!secret) {
    throw new Error("Set NEXTAUTH_SECRET (or AUTH_SECRET) to a long random string; `npm start` does this for the demo.");
  }
  return secret;
}

/** The error authorize() throws while the email or address is locked; the route answers 429. */
export const SIGN_IN_RATE_LIMITED = "RateLimited";
/** The error authorize() throws when the database cannot answer; the route answers 503 with Retry-After. */
export const SIGN_IN_UNAVAILABLE = "ServiceUnavailable";

const ZCredentials = z.object({
  email: z.string().trim().toLowerCase().email().max(320),
  password: z.string().min(1).max(200),
});

export const authOptions: NextAuthOptions = {
  // The JWT carries identity only (the user id). Role, account and whether the user is
  // disabled are read from the database on every request (lib/auth/session.ts), so a
  // change takes effect on the next request.
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  // next-auth's own token format, with the derived key kept (lib/auth/jwt.ts).
  jwt: { encode: encodeSession, decode: decodeSession },
  pages: { signIn: "/login", error: "/login" },
  get secret() {
    return authSecret();
  },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req) {
        try {
          const parsed = ZCredentials.safeParse(credentials ?? {});
          if (!parsed.success) return null;
          const { email, password } = parsed.data;
          const db = await prisma();
          const now = new Date();
          const ip = clientAddress(req.headers ?? {});
          // The lock is enforced here, where the password is checked, so it holds for every
          // way next-auth accepts credentials (form or JSON body). A locked email or address
          // gets the same refusal whatever the password: nothing is verified or counted.
          if (await blockedUntil(db, { email, ip }, now)) throw new Error(SIGN_IN_RATE_LIMITED);
          const user = await db.user.findUnique({ where: { email } });
          // Verify against a decoy when the email is unknown so the answer takes as long.
          const valid = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), password);
          if (!user || !valid || user.disabledAt) {
            await recordFailure(db, { email, ip }, now);
            await writeAudit(db, {
              actor: user ? { id: user.id, label: user.email, role: user.role } : { ...SYSTEM_ACTOR, label: email },
              event: "user.sign_in_failed",
              targetType: "user",
              targetId: user?.id ?? null,
              accountId: user?.accountId ?? null,
              after: { reason: !user ? "unknown_email" : user.disabledAt ? "disabled" : "wrong_password" },
              ip,
            });
            return null;
          }
          await recordSuccess(db, email);
          await db.$transaction(async (tx) => {
            await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: now } });
            await writeAudit(tx, {
              actor: { id: user.id, label: user.email, role: user.role },
              event: "user.signed_in",
              targetType: "user",
              targetId: user.id,
              accountId: user.accountId,
              ip,
            });
          });
          return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
        } catch (error) {
          // next-auth turns any throw into a plain "sign-in failed": a database outage must
          // say "try again shortly" instead (503 in the route, a message on the page).
          if (!isDatabaseUnavailable(error)) throw error;
          noteDatabaseUnavailable();
          throw new Error(SIGN_IN_UNAVAILABLE);
        }
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sessionVersion = user.sessionVersion ?? 0;
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, user: { ...session.user, id: token.sub, sessionVersion: token.sessionVersion ?? 0 } };
    },
  },
};
