// The layout hands client components only the namespaces in CLIENT_NAMESPACES
// (lib/i18n/client-messages.ts). A client component reading any other namespace would show
// message keys instead of text at run time, so the list is checked against the code here.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import zh from "@/messages/zh-CN.json";
import { CLIENT_NAMESPACES, clientMessages, pickMessages } from "@/lib/i18n/client-messages";

const root = path.resolve(import.meta.dirname, "../..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return entry === "generated" || entry === "node_modules" ? [] : sourceFiles(full);
    return /\.(tsx?|jsx?)$/.test(entry) ? [full] : [];
  });
}

const clientFiles = ["app", "components", "lib"]
  .flatMap((dir) => sourceFiles(path.join(root, dir)))
  .map((file) => ({ file: path.relative(root, file), text: readFileSync(file, "utf8") }))
  .filter(({ text }) => /^\s*["']use client["']/m.test(text));

const covered = (namespace: string) => CLIENT_NAMESPACES.some((n) => namespace === n || namespace.startsWith(`${n}.`));

describe("the messages client components get", () => {
  it("finds the client components (the scan works)", () => {
    expect(clientFiles.map((f) => f.file)).toContain("components/domain/live-refresh.tsx");
  });

  it("cover every namespace a client component reads", () => {
    const missing: string[] = [];
    for (const { file, text } of clientFiles) {
      // A client component reads messages through next-intl's hooks only, always with a literal namespace.
      expect(text, `${file}: useTranslations() needs a literal namespace`).not.toMatch(/useTranslations\(\s*\)|useTranslations\(\s*[^"'\s)]/);
      expect(text, `${file}: useMessages sends no subset`).not.toMatch(/\buseMessages\(/);
      for (const [, namespace] of text.matchAll(/useTranslations\(\s*["']([^"']+)["']\s*\)/g)) {
        if (!covered(namespace!)) missing.push(`${file}: ${namespace}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("name namespaces that exist in both catalogues", () => {
    for (const catalogue of [en, zh]) {
      const picked = pickMessages(catalogue, CLIENT_NAMESPACES);
      for (const namespace of CLIENT_NAMESPACES) {
        const value = namespace.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], picked);
        expect(value, namespace).toBeTypeOf("object");
      }
    }
  });

  it("are a part of the catalogue, nested as in it, and leave the catalogue unchanged", () => {
    const before = JSON.stringify(en);
    const picked = pickMessages(en, ["app", "admin.tokens", "domain", "domain.retract"]);
    expect(Object.keys(picked).sort()).toEqual(["admin", "app", "domain"]);
    expect(Object.keys(picked.admin as object)).toEqual(["tokens"]);
    expect(picked.domain).toBe(en.domain);
    expect(JSON.stringify(en)).toBe(before);
    expect(clientMessages(en)).toBe(clientMessages(en));
    expect(JSON.stringify(clientMessages(en)).length).toBeLessThan(JSON.stringify(en).length * 0.7);
  });
});
