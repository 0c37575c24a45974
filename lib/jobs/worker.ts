// The notification worker: fans the outbox out, sends deliveries with retries and
// backoff, and runs the scheduled reminder pass and the daily digest (caught up by the pass
// when its 09:00 was missed), all on pg-boss.
// `now` is injectable so tests drive the clock; production passes the real one.
import type PgBoss from "pg-boss";
import type { OpenDatabase } from "@/lib/db/connect";
import { deliver, MAX_ATTEMPTS, RetryableDeliveryError, strandedDeliveries } from "@/lib/notifications/deliver";
import { digestDue, runDigest } from "@/lib/notifications/digest";
import { dispatchPendingEvents } from "@/lib/notifications/dispatch";
import { checkStaffFigures, refreshStaleFigures } from "@/lib/counters/figures";
import { runReminderPass, type ReminderPassResult } from "@/lib/notifications/reminder-pass";
import { createBoss, QUEUES } from "./boss";

export type WorkerOptions = {
  now?: () => Date;
  /** How often the outbox is polled for new events (ms). */
  pumpIntervalMs?: number;
  /** Run the cron schedules (reminder pass every minute, digest at 09:00 China time). */
  schedule?: boolean;
  /** Parallel deliveries per worker; a slow target holds one slot at most for its timeout. */
  concurrency?: number;
  /** Seconds before the first retry; doubled each time (pg-boss retryBackoff). */
  retryDelaySeconds?: number;
  boss?: Partial<PgBoss.ConstructorOptions>;
  log?: (message: string, error?: unknown) => void;
};

export type NotificationWorker = {
  boss: PgBoss;
  /** One outbox pass now: fan out pending events and queue their deliveries. */
  pump: () => Promise<number>;
  /** The scheduled pass now: reminders, overdue notices, escalations, stranded deliveries. */
  runPass: () => Promise<ReminderPassResult>;
  runDigest: () => Promise<number>;
  stop: () => Promise<void>;
};

export async function startNotificationWorker(db: OpenDatabase, options: WorkerOptions = {}): Promise<NotificationWorker> {
  const now = options.now ?? (() => new Date());
  const log = options.log ?? ((message: string, error?: unknown) => console.error(`[notifications] ${message}`, error ?? ""));
  const retryDelay = options.retryDelaySeconds ?? 5;
  const boss = createBoss(db, options.boss);
  boss.on("error", (error) => log("job queue error", error));
  await boss.start();
  const deliverQueue = { retryLimit: MAX_ATTEMPTS - 1, retryDelay, retryBackoff: true, expireInSeconds: 120 };
  await boss.createQueue(QUEUES.deliver, { name: QUEUES.deliver, ...deliverQueue });
  await boss.createQueue(QUEUES.pass, { name: QUEUES.pass, policy: "singleton", retryLimit: 0 } as PgBoss.Queue);
  await boss.createQueue(QUEUES.digest, { name: QUEUES.digest, policy: "singleton", retryLimit: 0 } as PgBoss.Queue);
  await boss.createQueue(QUEUES.staffFigures, { name: QUEUES.staffFigures, policy: "singleton", retryLimit: 0 } as PgBoss.Queue);

  const queueDeliveries = async (deliveries: { id: string; notBefore: Date }[]) => {
    if (deliveries.length === 0) return;
    const at = now().getTime();
    await boss.insert(
      deliveries.map((d) => ({
        name: QUEUES.deliver,
        data: { deliveryId: d.id },
        ...deliverQueue,
        ...(d.notBefore.getTime() > at ? { startAfter: d.notBefore } : {}),
      })),
    );
  };

  let pumping: Promise<number> | null = null;
  const pump = () => {
    // One pump at a time per worker; other workers take other events (SKIP LOCKED).
    pumping ??= (async () => {
      let total = 0;
      try {
        for (;;) {
          const result = await dispatchPendingEvents(db.prisma, now());
          await queueDeliveries(result.deliveries);
          total += result.events;
          if (result.events < 200) break;
        }
      } finally {
        pumping = null;
      }
      return total;
    })();
    return pumping;
  };

  const runPass = async () => {
    const result = await runReminderPass(db.prisma, now());
    await pump();
    await queueDeliveries(await strandedDeliveries(db.prisma, now()));
    return result;
  };
  const digest = async () => {
    const created = await runDigest(db.prisma, now());
    await queueDeliveries(created);
    return created.length;
  };

  const concurrency = options.concurrency ?? 4;
  for (let i = 0; i < concurrency; i++) {
    await boss.work<{ deliveryId: string }>(QUEUES.deliver, { batchSize: 1, pollingIntervalSeconds: 1 }, async ([job]) => {
      if (!job) return;
      try {
        await deliver(db.prisma, job.data.deliveryId, now(), (message) => log(message));
      } catch (error) {
        if (error instanceof RetryableDeliveryError) throw error;
        log(`delivery ${job.data.deliveryId} failed unexpectedly`, error);
        throw error;
      }
    });
  }
  await boss.work(QUEUES.pass, { pollingIntervalSeconds: 2 }, async () => {
    await runPass();
    // The digest's 09:00 passed with no instance up (or its job failed): held e-mails whose
    // time has come go out now. The digest queue is a singleton, so this and the cron's own
    // job never run at once; the second finds nothing left.
    if (await digestDue(db.prisma, now())) await boss.send(QUEUES.digest, {});
  });
  await boss.work(QUEUES.digest, { pollingIntervalSeconds: 5 }, async () => {
    await digest();
  });
  await boss.work(QUEUES.staffFigures, { pollingIntervalSeconds: 30 }, async () => {
    // Brings figures that changed with time up to date, then reports any kept figure that
    // differs from its rows (npm run check:counters -- --repair recomputes them).
    await refreshStaleFigures(db.prisma, now());
    const { accounts, drift } = await checkStaffFigures(db.prisma, now());
    if (drift.length) log(`staff figures: ${drift.length} of ${accounts} accounts' figures differ from their rows`, drift.slice(0, 20));
  });
  if (options.schedule ?? true) {
    await boss.schedule(QUEUES.staffFigures, "17 * * * *");
    await boss.schedule(QUEUES.pass, "* * * * *");
    await boss.schedule(QUEUES.digest, "0 9 * * *", {}, { tz: "Asia/Shanghai" });
  }

  let stopped = false;
  const interval = options.pumpIntervalMs ?? 1000;
  const timer = setInterval(() => {
    if (stopped) return;
    pump().catch((error: unknown) => log("outbox pass failed", error));
  }, interval);
  timer.unref();

  return {
    boss,
    pump,
    runPass,
    runDigest: digest,
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await pumping?.catch(() => 0);
      await boss.stop({ graceful: true, wait: true, timeout: 15_000, close: db.target.kind === "postgres" });
    },
  };
}
