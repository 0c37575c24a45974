// Request bodies are bounded while they are read: a chunked body without Content-Length
// over a route's limit is refused with 413 after reading at most the limit, over a real
// HTTP connection to the route handlers.
import { once } from "node:events";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { OpenDatabase } from "@/lib/db/connect";
import { createApiToken } from "@/lib/use-cases/manage-tokens";
import { actorOf, createTestUser, openTestDatabase, unique } from "./support/database";

let db: OpenDatabase;
let server: http.Server;
let base: string;
let token: string;
/** Bytes the route took from the body of the request being served. */
let bytesRead = 0;

vi.mock("@/lib/db", () => ({ prisma: async () => db.prisma }));
// Signed out: no session cookie.
vi.mock("next/headers", () => ({ headers: async () => new Headers(), cookies: async () => ({ getAll: () => [] }) }));

const { NextRequest } = await import("next/server");
const routes = {
  "/api/v1/messages": (await import("@/app/api/v1/messages/route")).POST,
  "/api/v1/domains": (await import("@/app/api/v1/domains/route")).POST,
  "/api/v1/imports": (await import("@/app/api/v1/imports/route")).POST,
} as const;

beforeAll(async () => {
  db = await openTestDatabase();
  const admin = await createTestUser(db, "admin");
  token = (await createApiToken(db.prisma, { actor: actorOf(admin), input: { name: unique("body "), scope: "admin", expiresInDays: null }, now: new Date() })).secret;
  server = http.createServer(async (req, res) => {
    bytesRead = 0;
    const counted = Readable.toWeb(req) as ReadableStream<Uint8Array>;
    const body = counted.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          bytesRead += chunk.byteLength;
          controller.enqueue(chunk);
        },
      }),
    );
    const url = new URL(req.url!, base);
    const init = { method: req.method, headers: req.headers as Record<string, string>, body, duplex: "half" };
    const request = new NextRequest(url, init as ConstructorParameters<typeof NextRequest>[1]);
    const handler = routes[url.pathname as keyof typeof routes];
    const response = await handler(request, { params: Promise.resolve({}) });
    res.writeHead(response.status, { "content-type": response.headers.get("content-type") ?? "text/plain", connection: "close" });
    res.end(Buffer.from(await response.arrayBuffer()));
    // Whatever the client still sends is not the route's business any more.
    req.destroy();
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server?.close();
  await db?.close();
});

/** Sends `total` bytes chunked (no Content-Length), `chunk` at a time, and reads the answer. */
function sendChunked(path: string, total: number, chunk = 64 * 1024): Promise<{ status: number; body: string; sent: number }> {
  return new Promise((resolve, reject) => {
    let sent = 0;
    const request = http.request(
      `${base}${path}`,
      { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "application/json", "transfer-encoding": "chunked" } },
      (response) => {
        const parts: Buffer[] = [];
        response.on("data", (part: Buffer) => parts.push(part));
        response.on("end", () => resolve({ status: response.statusCode!, body: Buffer.concat(parts).toString(), sent }));
      },
    );
    request.on("error", (error: NodeJS.ErrnoException) => {
      // The server may close the connection while we are still sending: the answer came first.
      if (error.code !== "ECONNRESET" && error.code !== "EPIPE") reject(error);
    });
    const piece = Buffer.alloc(chunk, 0x20);
    const pump = () => {
      while (sent < total) {
        sent += piece.length;
        if (!request.write(piece)) return void request.once("drain", pump);
      }
      request.end();
    };
    pump();
  });
}

describe("bounded request bodies", () => {
  it.each([
    ["/api/v1/messages", 1024 * 1024],
    ["/api/v1/domains", 1024 * 1024],
    ["/api/v1/imports", 8 * 1024 * 1024],
  ])("%s refuses a chunked body over %i bytes with 413 after reading at most the limit", async (path, limit) => {
    const answer = await sendChunked(path, limit * 4);
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toMatchObject({ error: { code: "payload_too_large" } });
    // At most the limit and the chunk that crossed it.
    expect(bytesRead).toBeGreaterThan(limit);
    expect(bytesRead).toBeLessThanOrEqual(limit + 64 * 1024);
  });

  it("still reads a chunked body under the limit", async () => {
    const answer = await sendChunked("/api/v1/domains", 10, 10);
    // Ten spaces are not JSON: the body was read whole and judged.
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body)).toMatchObject({ error: { code: "validation_failed" } });
    expect(bytesRead).toBe(10);
  });
});
