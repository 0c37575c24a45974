// Runs once when the Next.js server starts: starts the notification worker (pg-boss) in
// this process, sharing its database connection (lib/jobs/in-process.ts).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { startInProcessWorker } = await import("./lib/jobs/in-process");
  // Not awaited: the server answers requests while the queue starts; events wait in the outbox.
  void startInProcessWorker();
}
