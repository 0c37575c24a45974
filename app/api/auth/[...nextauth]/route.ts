import NextAuth from "next-auth";
import { NextResponse, type NextRequest } from "next/server";
import { authOptions } from "@/lib/auth/options";
import { clientAddress } from "@/lib/auth/client-address";
import { blockedUntil } from "@/lib/auth/throttle";
import { prisma } from "@/lib/db";

const handler = NextAuth(authOptions);

type Context = { params: Promise<{ nextauth: string[] }> };

export async function GET(request: NextRequest, context: Context) {
  return handler(request, context);
}

// Sign-in attempts are refused with 429 while the email or the address is blocked,
// before the password is even checked; failures are counted in authorize().
export async function POST(request: NextRequest, context: Context) {
  const { nextauth } = await context.params;
  if (nextauth.join("/") === "callback/credentials") {
    const form = await request.clone().formData().catch(() => null);
    const email = String(form?.get("email") ?? "");
    const until = email ? await blockedUntil(await prisma(), { email, ip: clientAddress(request.headers) }, new Date()) : null;
    if (until) {
      const retryAfter = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 1000));
      const loginUrl = new URL("/login?error=RateLimited", request.nextUrl.origin).toString();
      return NextResponse.json(
        {
          url: loginUrl,
          error: {
            code: "rate_limited",
            message: `Too many failed sign-in attempts. Try again in ${Math.ceil(retryAfter / 60)} minute(s).`,
          },
        },
        { status: 429, headers: { "Retry-After": String(retryAfter) } },
      );
    }
  }
  return handler(request, context);
}
