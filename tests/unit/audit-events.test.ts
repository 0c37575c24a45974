import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AUDIT_EVENTS } from "@/lib/audit";
import en from "@/messages/en.json";
import zh from "@/messages/zh-CN.json";

const root = path.resolve(__dirname, "../..");
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return entry === "generated" || entry === "node_modules" ? [] : sources(full);
    return /\.(ts|tsx)$/.test(entry) ? [full] : [];
  });
}

// `AuditEntry.event` is typed by AUDIT_EVENTS, so nothing writes a name missing from it;
// these tests catch the other direction and the names shown in the audit log.
describe("the audit events the log offers", () => {
  const writers = ["app", "lib"]
    .flatMap((dir) => sources(path.join(root, dir)))
    .filter((file) => !file.endsWith(path.join("lib", "audit.ts")))
    .map((file) => readFileSync(file, "utf8"))
    .join("\n");

  it("are each written somewhere in the code", () => {
    expect(AUDIT_EVENTS.filter((event) => !writers.includes(`"${event}"`))).toEqual([]);
  });

  it("are each named once", () => {
    expect(new Set(AUDIT_EVENTS).size).toBe(AUDIT_EVENTS.length);
  });

  it("each have a title in English and Chinese", () => {
    const key = (event: string) => event.replace(".", "_");
    expect(AUDIT_EVENTS.filter((event) => !(key(event) in en.staff.events))).toEqual([]);
    expect(AUDIT_EVENTS.filter((event) => !(key(event) in zh.staff.events))).toEqual([]);
    expect(Object.keys(en.staff.events).filter((k) => !AUDIT_EVENTS.some((event) => key(event) === k))).toEqual([]);
  });
});
