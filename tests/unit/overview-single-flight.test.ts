import { describe, expect, it } from "vitest";
import { singleFlight } from "@/lib/queries/overview";

/** A read whose calls are counted and which ends when the test says so. */
function controlledRead() {
  const pending: { resolve: (v: number) => void; reject: (e: Error) => void }[] = [];
  let started = 0;
  const run = () =>
    new Promise<number>((resolve, reject) => {
      started++;
      pending.push({ resolve, reject });
    });
  return { run, pending, started: () => started };
}
const tick = () => new Promise((r) => setTimeout(r, 0));

describe("singleFlight (the overview's shared read)", () => {
  it("gives callers that ask while a read runs the next read, one for all of them", async () => {
    const read = controlledRead();
    const shared = singleFlight(read.run);
    const first = shared();
    await tick();
    expect(read.started()).toBe(1);
    // Asked while the first read runs: it may predate what they have seen, so they wait.
    const second = shared();
    const third = shared();
    await tick();
    expect(read.started()).toBe(1);
    read.pending[0]!.resolve(1);
    expect(await first).toBe(1);
    await tick();
    expect(read.started()).toBe(2);
    read.pending[1]!.resolve(2);
    expect(await second).toBe(2);
    expect(await third).toBe(2);
    // Nothing running: a new caller starts its own read at once.
    const fourth = shared();
    await tick();
    expect(read.started()).toBe(3);
    read.pending[2]!.resolve(3);
    expect(await fourth).toBe(3);
  });

  it("fails only the callers of a failed read, and the next read runs", async () => {
    const read = controlledRead();
    const shared = singleFlight(read.run);
    const first = shared();
    await tick();
    const second = shared();
    read.pending[0]!.reject(new Error("lost the connection"));
    await expect(first).rejects.toThrow("lost the connection");
    await tick();
    read.pending[1]!.resolve(7);
    expect(await second).toBe(7);
    const third = shared();
    await tick();
    read.pending[2]!.resolve(8);
    expect(await third).toBe(8);
  });

  it("runs a read that throws before its first await as a failed read", async () => {
    const shared = singleFlight<number>(() => {
      throw new Error("bad");
    });
    await expect(shared()).rejects.toThrow("bad");
    await expect(shared()).rejects.toThrow("bad");
  });
});
