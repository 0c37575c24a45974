// Writers to one domain queue here, in this process, before they open a transaction: the
// domain's row lock (lib/db/locks.ts) already makes them run one after the other, but a
// writer waiting on a row lock holds a pooled connection the whole time, so 200 writers
// to one domain would hold every connection and starve everyone else. Queued here, a
// domain's writers hold at most one connection per process; across processes the row
// lock still decides. A writer that waited longer than DATABASE_DOMAIN_QUEUE_WAIT_MS is
// refused with 503 (the database is saturated; retry shortly).
import { AppError } from "../errors";
import { databaseSettings } from "./settings";

type Waiter = { start: () => void; fail: (error: Error) => void; timer?: NodeJS.Timeout };
type Queue = { running: boolean; waiting: Waiter[] };

const globalForQueue = globalThis as unknown as { icpDomainQueues?: Map<string, Queue> };
const queues = (globalForQueue.icpDomainQueues ??= new Map<string, Queue>());

/** Seconds a client should wait before retrying a write refused for saturation. */
export const SATURATED_RETRY_AFTER_SECONDS = 5;

function release(key: string, queue: Queue): void {
  const next = queue.waiting.shift();
  if (next) {
    clearTimeout(next.timer);
    next.start();
  } else {
    queue.running = false;
    queues.delete(key);
  }
}

/** Runs `work` when every earlier writer of `key` in this process has finished. */
export async function queueForDomain<T>(key: string, work: () => Promise<T>, waitMs = databaseSettings().domainQueueWaitMs): Promise<T> {
  let queue = queues.get(key);
  if (!queue) {
    queue = { running: false, waiting: [] };
    queues.set(key, queue);
  }
  if (queue.running) {
    const current = queue;
    await new Promise<void>((resolve, reject) => {
      const waiter: Waiter = { start: resolve, fail: reject };
      waiter.timer = setTimeout(() => {
        current.waiting.splice(current.waiting.indexOf(waiter), 1);
        reject(
          new AppError("unavailable", "Too many changes to this domain are waiting; try again in a few seconds.", undefined, {
            retryAfterSeconds: SATURATED_RETRY_AFTER_SECONDS,
          }),
        );
      }, waitMs);
      current.waiting.push(waiter);
    });
  } else {
    queue.running = true;
  }
  try {
    return await work();
  } finally {
    release(key, queue);
  }
}
