// A PostgreSQL cluster of a test's own, so it can be stopped and started without touching
// the shared server: initdb in a temporary folder as the postgres user, pg_ctl on its own
// port with its socket in that folder. Removed with its folder afterwards.
import { execFileSync } from "node:child_process";
import { chownSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const BIN = process.env.STRESS_PG_BIN ?? "/usr/lib/postgresql/15/bin";

export type Cluster = { url: (database: string) => string; start: () => void; stop: (mode?: "fast" | "immediate") => void; remove: () => void };

function asPostgres(command: string, args: string[]): string {
  // Run as the postgres user when we are root (CI and the developers' machines are).
  const argv = process.getuid?.() === 0 ? ["runuser", ["-u", "postgres", "--", command, ...args]] as const : [command, args] as const;
  return execFileSync(argv[0], [...argv[1]], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], timeout: 120_000 });
}

export function createCluster(port: number): Cluster {
  const dir = mkdtempSync(path.join(tmpdir(), "icp-outage-"));
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
    chownSync(dir, uid, gid);
  }
  const data = path.join(dir, "data");
  asPostgres(path.join(BIN, "initdb"), ["-D", data, "-A", "trust", "-U", "postgres", "--no-sync"]);
  const pgCtl = (args: string[]) => asPostgres(path.join(BIN, "pg_ctl"), ["-D", data, ...args]);
  let running = false;
  const cluster: Cluster = {
    url: (database) => `postgresql://postgres@127.0.0.1:${port}/${database}`,
    start: () => {
      pgCtl(["-o", `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, "-l", path.join(dir, "log"), "-w", "-t", "60", "start"]);
      running = true;
    },
    stop: (mode = "fast") => {
      if (!running) return;
      pgCtl(["-m", mode, "-w", "-t", "60", "stop"]);
      running = false;
    },
    remove: () => {
      try {
        cluster.stop("immediate");
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
  return cluster;
}
