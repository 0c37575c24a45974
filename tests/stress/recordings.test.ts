// 200 recordings of different messages on ONE domain at the same moment: every one is
// answered 201 (none 5xx), and the domain ends exactly as when the same messages are
// recorded one after the other on another domain.
import { describe, expect, it } from "vitest";
import { api, inParallel, serverErrors, stressContext, tally } from "./support/http";
import { generateMessages } from "./support/messages";

const COUNT = 200;

async function newDomain(label: string): Promise<string> {
  const name = `${label}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}.cn`;
  const created = await api("POST", "/api/v1/domains", { name, account: stressContext().account });
  expect(created.status, created.text).toBe(201);
  return name;
}

/** What must not depend on the order the messages arrived in. */
async function finalState(name: string) {
  const answer = await api("GET", `/api/v1/domains/${encodeURIComponent(name)}`);
  expect(answer.status, answer.text).toBe(200);
  const domain = (answer.body as { domain: Record<string, unknown> & { actions: { key: string; state: string; dueAt: string | null }[] } }).domain;
  return {
    status: domain.status,
    reason: domain.reason,
    reasonZh: domain.reasonZh,
    statusChangedAt: domain.statusChangedAt,
    icpNumber: domain.icpNumber,
    icpEntityNumber: domain.icpEntityNumber,
    messageCount: domain.messageCount,
    liveActions: domain.actions
      .filter((a) => a.state === "open" || a.state === "in_progress")
      .map((a) => `${a.key}:${a.state}:${a.dueAt}`)
      .sort(),
  };
}

describe("concurrent recordings on one domain", () => {
  it(`answers ${COUNT} simultaneous recordings without a 5xx, and ends as a sequential replay does`, async () => {
    const messages = generateMessages(COUNT, 20261201);
    const concurrent = await newDomain("rec-par");
    const replay = await newDomain("rec-seq");

    const started = Date.now();
    const answers = await inParallel(messages.map((m) => () => api("POST", "/api/v1/messages", { domain: concurrent, ...m })));
    console.log(`${COUNT} concurrent recordings on one domain: ${JSON.stringify(tally(answers))} in ${Date.now() - started} ms`);
    const codes = answers.filter((a) => a.status >= 500).map((a) => (a.body as { error?: { code?: string } })?.error?.code);
    if (codes.length) console.log(`5xx codes: ${JSON.stringify(tally(codes.map((c) => ({ status: c as unknown as number }))))}`);

    for (const m of messages) {
      const answer = await api("POST", "/api/v1/messages", { domain: replay, ...m });
      expect(answer.status, answer.text).toBe(201);
    }

    expect(serverErrors(answers)).toHaveLength(0);
    expect(tally(answers)).toEqual({ 201: COUNT });
    expect(await finalState(concurrent)).toEqual(await finalState(replay));
  });
});
