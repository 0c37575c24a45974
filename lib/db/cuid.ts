// Ids for rows written with raw SQL (lib/db/record-sql.ts), in the same form Prisma's
// @default(cuid()) gives the rows it writes: "c", the time in base 36, a counter, a
// fingerprint of the process and randomness. Ids made in one process sort in the order
// they were made (time, then counter), as Prisma's do, which keeps "createdAt, then id"
// orderings of rows written in one statement in their creation order.
import os from "node:os";

const BASE = 36;
const BLOCK = 4;
const DISCRETE = BASE ** BLOCK;

const pad = (value: string, size: number) => `000000000${value}`.slice(-size);

function hostname(): string {
  try {
    return os.hostname();
  } catch {
    return "hostname";
  }
}

const host = hostname();
const fingerprint =
  pad(process.pid.toString(BASE), 2) + pad(host.split("").reduce((sum, c) => sum + c.charCodeAt(0), host.length + BASE).toString(BASE), 2);

let counter = 0;
const randomBlock = () => pad(((Math.random() * DISCRETE) << 0).toString(BASE), BLOCK);

export function cuid(): string {
  counter = counter < DISCRETE ? counter : 0;
  const count = pad((counter++).toString(BASE), BLOCK);
  return `c${Date.now().toString(BASE)}${count}${fingerprint}${randomBlock()}${randomBlock()}`;
}
