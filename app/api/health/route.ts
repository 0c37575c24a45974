import { NextResponse } from "next/server";
import { prisma } from "@/lib/db";
import { checkDatabase } from "@/lib/queries/health";

export const dynamic = "force-dynamic";

// Public on purpose: load balancers and uptime checks call it without credentials,
// and it reveals nothing but whether the database answers.
export async function GET() {
  try {
    await checkDatabase(await prisma());
    return NextResponse.json({ status: "ok", database: "ok" });
  } catch (error) {
    console.error("health check: database unreachable", error);
    return NextResponse.json({ status: "error", database: "unreachable" }, { status: 503 });
  }
}
