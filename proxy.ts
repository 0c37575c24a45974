import { withAuth } from "next-auth/middleware";
import { NextResponse } from "next/server";

// The proxy only sends signed-out visitors to the sign-in page; every page, action and
// route checks permissions itself against the database (lib/auth/session.ts).
export default withAuth(
  function proxy(request) {
    const forwarded = new Headers(request.headers);
    forwarded.set("x-icp-path", request.nextUrl.pathname + request.nextUrl.search);
    return NextResponse.next({ request: { headers: forwarded } });
  },
  {
    pages: { signIn: "/login" },
    secret: process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET,
  },
);

export const config = {
  // Everything except sign-in, the auth and JSON APIs (they answer 401 themselves),
  // and static files.
  matcher: ["/((?!login|api/|_next/static|_next/image|favicon.ico|robots.txt).*)"],
};
