// Starts the notification worker inside the app server process (instrumentation.ts), on
// the process's one database connection: the same promise lib/db.ts hands to every
// request (globalThis.icpDatabase), so on the embedded PGlite database the job queue and
// the app share one instance, as they must (only one process may open the folder).
import { openDatabase, type OpenDatabase } from "@/lib/db/connect";
import type { NotificationWorker } from "./worker";

const globalForJobs = globalThis as unknown as {
  icpDatabase?: Promise<OpenDatabase>;
  icpNotificationWorker?: Promise<NotificationWorker | null>;
};

/** NOTIFICATIONS_WORKER=0 runs an instance without the worker (e.g. a web-only replica). */
export function startInProcessWorker(env: NodeJS.ProcessEnv = process.env): Promise<NotificationWorker | null> {
  globalForJobs.icpNotificationWorker ??= (async () => {
    if (env.NOTIFICATIONS_WORKER === "0") return null;
    // Same key and same reset-on-failure as lib/db.ts's database().
    globalForJobs.icpDatabase ??= openDatabase().catch((error: unknown) => {
      globalForJobs.icpDatabase = undefined;
      throw error;
    });
    const db = await globalForJobs.icpDatabase;
    const { startNotificationWorker } = await import("./worker");
    const worker = await startNotificationWorker(db);
    const stop = () => {
      void worker.stop().catch(() => undefined);
    };
    process.once("SIGTERM", stop);
    process.once("SIGINT", stop);
    console.log("Notification worker started (pg-boss).");
    return worker;
  })().catch((error: unknown) => {
    console.error("[notifications] the worker did not start; notifications stay in the outbox until it does:", error);
    globalForJobs.icpNotificationWorker = undefined;
    return null;
  });
  return globalForJobs.icpNotificationWorker;
}
