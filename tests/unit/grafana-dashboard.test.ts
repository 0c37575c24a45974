// The example Grafana dashboard asks only for metrics /metrics serves, and shows each of them.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { metrics } from "@/lib/metrics/registry";

it("queries only metrics the app exports, and every one of them", () => {
  const dashboard = readFileSync(path.resolve(__dirname, "../../docs/grafana-icp-dashboard.json"), "utf8");
  const used = new Set([...dashboard.matchAll(/\b(icp_[a-z_]+?)(?:_bucket|_count|_sum)?\b/g)].map((m) => m[1]!));
  const exported = new Set(metrics().registry.getMetricsAsArray().map((m) => m.name));
  expect(used.size).toBeGreaterThan(5);
  expect([...used].filter((name) => !exported.has(name))).toEqual([]);
  // And it shows every metric the app exports.
  expect([...exported].filter((name) => !used.has(name))).toEqual([]);
  JSON.parse(dashboard);
});
