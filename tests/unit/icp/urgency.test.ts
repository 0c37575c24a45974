import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  actionUrgency,
  ACTION_CATALOGUE,
  ACTION_KEYS,
  EXPIRING_WITHIN_HOURS,
  URGENT_ACTION_KEYS,
  URGENT_WITHIN_HOURS,
  URGENT_WITHIN_MS,
} from "../../../lib/icp";

const MIGRATIONS = path.resolve(__dirname, "../../../prisma/migrations");
const FIGURE_FUNCTIONS = ["icp_urgent_key", "icp_next_crossing", "icp_account_figures", "icp_all_account_figures", "icp_action_figures_statement"];

/** The newest definition of each SQL function, in migration order (a later CREATE OR REPLACE wins, a DROP removes it). */
function sqlFunctions(): Map<string, string> {
  const bodies = new Map<string, string>();
  for (const dir of readdirSync(MIGRATIONS).filter((d) => /^\d{14}_/.test(d)).sort()) {
    const sql = readFileSync(path.join(MIGRATIONS, dir, "migration.sql"), "utf8");
    for (const match of sql.matchAll(/^DROP FUNCTION (\w+)\(/gm)) bodies.delete(match[1]!);
    for (const match of sql.matchAll(/CREATE (?:OR REPLACE )?FUNCTION (\w+)\([\s\S]*?\$\$([\s\S]*?)\$\$/g)) {
      bodies.set(match[1]!, match[2]!);
    }
  }
  return bodies;
}

describe("the urgency rule (decision 0003 §6)", () => {
  it("raises any action due within 72 hours, or overdue, to urgent", () => {
    const now = new Date("2026-12-01T00:00:00Z");
    const normal = ACTION_KEYS.find((key) => ACTION_CATALOGUE[key].urgency === "normal")!;
    expect(actionUrgency(normal, null, now)).toBe("normal");
    expect(actionUrgency(normal, new Date(now.getTime() + URGENT_WITHIN_MS + 1), now)).toBe("normal");
    expect(actionUrgency(normal, new Date(now.getTime() + URGENT_WITHIN_MS), now)).toBe("urgent");
    expect(actionUrgency(normal, new Date(now.getTime() - 1), now)).toBe("urgent");
    expect(URGENT_WITHIN_HOURS).toBe(72);
  });

  it("names the catalogue's urgent keys", () => {
    expect(URGENT_ACTION_KEYS).toEqual(ACTION_KEYS.filter((key) => ACTION_CATALOGUE[key].urgency === "urgent"));
    expect(URGENT_ACTION_KEYS.length).toBeGreaterThan(0);
  });

  describe("the staff-figure SQL functions agree with it", () => {
    const functions = sqlFunctions();

    it("defines every figure function", () => {
      expect(FIGURE_FUNCTIONS.filter((name) => !functions.has(name))).toEqual([]);
    });

    it("icp_urgent_key lists the catalogue's urgent keys", () => {
      const body = functions.get("icp_urgent_key")!;
      const keys = [...body.matchAll(/'(\w+)'/g)].map((m) => m[1]);
      expect(keys.sort()).toEqual([...URGENT_ACTION_KEYS].sort());
    });

    it("counts other keys as due soon within the urgency window and urgent keys as critical within the expiry window", () => {
      let checked = 0;
      for (const name of FIGURE_FUNCTIONS) {
        // Each condition: `CASE WHEN NOT u AND due < … + interval '72 hours' THEN …`,
        // `FILTER (WHERE icp_urgent_key(a.key) AND a."dueAt" < ts + interval '24 hours')`.
        const clauses = functions.get(name)!.split(/CASE WHEN |FILTER \(WHERE /).slice(1);
        const windows = { soon: [] as number[], critical: [] as number[], unexplained: [] as string[] };
        for (const clause of clauses) {
          const hours = [...clause.split(/\bEND\b|\)\)/)[0]!.matchAll(/interval '(\d+) hours'/g)].map((m) => Number(m[1]));
          if (hours.length === 0) continue;
          if (/^NOT (u|icp_urgent_key\(a\.key\)) AND/.test(clause)) windows.soon.push(...hours);
          else if (/^(u|icp_urgent_key\(a\.key\)) AND/.test(clause)) windows.critical.push(...hours);
          else windows.unexplained.push(clause.slice(0, 60));
        }
        const total = [...functions.get(name)!.matchAll(/interval '(\d+) hours'/g)].length;
        expect({ name, soon: windows.soon.filter((h) => h !== URGENT_WITHIN_HOURS) }).toEqual({ name, soon: [] });
        expect({ name, critical: windows.critical.filter((h) => h !== EXPIRING_WITHIN_HOURS) }).toEqual({ name, critical: [] });
        // Every window in these functions is one of the two.
        expect({ name, unexplained: windows.unexplained, uncounted: total - windows.soon.length - windows.critical.length }).toEqual({ name, unexplained: [], uncounted: 0 });
        checked += total;
      }
      expect(checked).toBeGreaterThanOrEqual(6);
    });
  });
});
