import { timingSafeEqual } from "node:crypto";
import { metrics } from "@/lib/metrics/registry";

export const dynamic = "force-dynamic";

function tokenMatches(header: string | null, token: string): boolean {
  const presented = Buffer.from(/^Bearer\s+(.+)$/i.exec(header ?? "")?.[1]?.trim() ?? "");
  const expected = Buffer.from(token);
  return presented.length === expected.length && timingSafeEqual(presented, expected);
}

/**
 * Prometheus metrics (README, "Metrics"). Only with `Authorization: Bearer $METRICS_TOKEN`;
 * without METRICS_TOKEN configured, or without the right token, the endpoint does not exist (404).
 */
export async function GET(request: Request): Promise<Response> {
  const token = process.env.METRICS_TOKEN?.trim();
  if (!token || !tokenMatches(request.headers.get("authorization"), token)) {
    return Response.json({ error: { code: "not_found", message: "Not found." } }, { status: 404 });
  }
  try {
    const { registry } = metrics();
    return new Response(await registry.metrics(), { headers: { "content-type": registry.contentType, "cache-control": "no-store" } });
  } catch (error) {
    console.error("metrics: collection failed", error);
    return Response.json({ error: { code: "unavailable", message: "The metrics could not be read." } }, { status: 503, headers: { "retry-after": "15" } });
  }
}
