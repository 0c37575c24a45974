// Starts the app exactly as `npm start` does (scripts/start.ts: migrate, build when the
// build is missing or stale, `next start`) on a database of the caller's choosing, and
// stops it again. The build in .next (or NEXT_DIST_DIR) is shared with the browser tests,
// so a run after them builds nothing.
import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, mkdirSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..", "..", "..");

export type RunningApp = { baseUrl: string; port: number; logFile: string; stop: () => Promise<void> };

export const STRESS_SECRET = "stress-secret-not-for-production-0123456789";

async function waitForHealth(baseUrl: string, child: ChildProcess, timeoutMs: number, expectDatabase: boolean): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The app exited with ${child.exitCode} before it answered.`);
    try {
      const response = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(5_000) });
      if (response.ok || (!expectDatabase && response.status === 503)) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The app did not answer on ${baseUrl} within ${timeoutMs / 1000} s.`);
}

/**
 * `env` is added to the app's environment (DATABASE_URL, DATABASE_POOL_SIZE, …). The
 * app's output goes to .data/stress-<port>.log.
 */
export async function startApp({ port, env }: { port: number; env: Record<string, string> }): Promise<RunningApp> {
  const baseUrl = `http://127.0.0.1:${port}`;
  mkdirSync(path.join(root, ".data"), { recursive: true });
  const logFile = path.join(root, ".data", `stress-${port}.log`);
  const log = createWriteStream(logFile, { flags: "a" });
  const child = spawn(process.execPath, [path.join(root, "node_modules", "tsx", "dist", "cli.mjs"), "scripts/start.ts"], {
    cwd: root,
    detached: true,
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: String(port),
      NEXTAUTH_URL: baseUrl,
      NEXTAUTH_SECRET: STRESS_SECRET,
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(-child.pid!, "SIGTERM");
      } catch {
        // Already gone.
      }
      const killed = setTimeout(() => {
        try {
          process.kill(-child.pid!, "SIGKILL");
        } catch {
          // Already gone.
        }
      }, 10_000);
      await exited;
      clearTimeout(killed);
    }
    log.end();
  };
  try {
    await waitForHealth(baseUrl, child, 900_000, !env.STRESS_START_WITHOUT_DATABASE);
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message} See ${logFile}.`);
  }
  return { baseUrl, port, logFile, stop };
}
