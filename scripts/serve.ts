// The app's HTTP server: Next.js behind a plain Node server that works out each
// request's client address from the socket first (lib/auth/client-address.ts), because
// Next's route handlers cannot see the socket. `npm start` runs it after the build.
import http from "node:http";
import path from "node:path";
import next from "next";
import { markServerSetsClientAddress, stampClientAddress, trustedProxies } from "../lib/auth/client-address";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME || undefined;

let trust;
try {
  trust = trustedProxies();
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
const trustProxy = trust;

markServerSetsClientAddress();
const app = next({ dev: false, dir: root, port, hostname });
await app.prepare();
const handle = app.getRequestHandler();

const server = http.createServer((req, res) => {
  stampClientAddress(req, trustProxy);
  handle(req, res).catch((error: unknown) => {
    console.error("unhandled request error", error);
    if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain" });
    res.end();
  });
});
server.listen(port, hostname, () => {
  console.log(`Listening on http://${hostname ?? "localhost"}:${port}`);
});
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 5_000).unref();
  });
}
