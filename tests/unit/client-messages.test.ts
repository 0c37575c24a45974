// Each part of the site hands its client components only the namespaces listed for it
// (lib/i18n/client-messages.ts): the root layout ROOT's, each folder of app/ listed there its
// own (with its enclosing folders') through its layout. A client component reading any other namespace would show message
// keys instead of text at run time, so the lists are checked against the code here: every
// page's imports are followed to the client components it reaches.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import zh from "@/messages/zh-CN.json";
import { clientMessages, namespacesFor, pickMessages, SEGMENT_NAMESPACES, type Segment } from "@/lib/i18n/client-messages";

const root = path.resolve(import.meta.dirname, "../..");
const app = path.join(root, "app");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return entry === "generated" || entry === "node_modules" ? [] : sourceFiles(full);
    return /\.(tsx?|jsx?)$/.test(entry) ? [full] : [];
  });
}

/** The file an import names (`@/…` or relative), or null for a package. */
function resolveImport(from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith("@/")) base = path.join(root, spec.slice(2));
  else if (spec.startsWith(".")) base = path.resolve(path.dirname(from), spec);
  else return null;
  for (const candidate of [base, `${base}.tsx`, `${base}.ts`, path.join(base, "index.tsx"), path.join(base, "index.ts")]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** Every file the given files import, directly or through others (static and dynamic imports). */
function reachable(starts: string[]): string[] {
  const seen = new Set<string>();
  const stack = [...starts];
  while (stack.length) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, "utf8");
    for (const [, spec] of text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)["']([^"']+)["']/g)) {
      const target = resolveImport(file, spec!);
      if (target && !target.includes(`${path.sep}generated${path.sep}`)) stack.push(target);
    }
  }
  return [...seen];
}

const isClient = (text: string) => /^\s*["']use client["']/m.test(text);

/** The namespaces the client components among `files` read, each with the file that reads it. */
function namespacesRead(files: string[]): { namespace: string; file: string }[] {
  return files.flatMap((file) => {
    const text = readFileSync(file, "utf8");
    if (!isClient(text)) return [];
    return [...text.matchAll(/useTranslations\(\s*["']([^"']+)["']\s*\)/g)].map(([, namespace]) => ({ namespace: namespace!, file: path.relative(root, file) }));
  });
}

const covers = (list: readonly string[], namespace: string) => list.some((n) => namespace === n || namespace.startsWith(`${n}.`));

const rootFiles = ["layout.tsx", "page.tsx", "not-found.tsx", "error.tsx", "global-error.tsx"].map((f) => path.join(app, f)).filter((f) => existsSync(f));
/** Every folder below app/, as its path below app/ ("staff", "staff/accounts", "domains/[name]"). */
function foldersBelow(dir: string, prefix = ""): string[] {
  return readdirSync(dir)
    .filter((entry) => statSync(path.join(dir, entry)).isDirectory())
    .flatMap((entry) => [`${prefix}${entry}`, ...foldersBelow(path.join(dir, entry), `${prefix}${entry}/`)]);
}
const folders = foldersBelow(app);
const isSegment = (folder: string): folder is Segment => folder in SEGMENT_NAMESPACES;
/** The files of a folder that its own messages serve: its files and its subfolders', except those of a subfolder with messages of its own. */
function filesServedBy(folder: string): string[] {
  const dir = path.join(app, folder);
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (!statSync(full).isDirectory()) return /\.(tsx?|jsx?)$/.test(entry) ? [full] : [];
    const sub = `${folder}/${entry}`;
    return isSegment(sub) ? [] : filesServedBy(sub);
  });
}
/** The nearest folder enclosing `folder` (itself included) with messages of its own, or undefined for the root's. */
function segmentOf(folder: string): Segment | undefined {
  const parts = folder.split("/");
  for (let i = parts.length; i > 0; i--) {
    const candidate = parts.slice(0, i).join("/");
    if (isSegment(candidate)) return candidate;
  }
  return undefined;
}

describe("the messages client components get", () => {
  it("finds the client components (the scan works)", () => {
    const files = reachable(sourceFiles(path.join(app, "domains")));
    expect(files.map((f) => path.relative(root, f))).toContain("components/domain/live-refresh.tsx");
    expect(namespacesRead(files).map((n) => n.namespace)).toContain("live");
  });

  it("are read through literal namespaces only", () => {
    for (const file of ["app", "components", "lib"].flatMap((dir) => sourceFiles(path.join(root, dir)))) {
      const text = readFileSync(file, "utf8");
      if (!isClient(text)) continue;
      expect(text, `${file}: useTranslations() needs a literal namespace`).not.toMatch(/useTranslations\(\s*\)|useTranslations\(\s*[^"'\s)]/);
      expect(text, `${file}: useMessages sends no subset`).not.toMatch(/\buseMessages\(/);
    }
  });

  it("at the root cover what every page renders, and nothing more", () => {
    const read = namespacesRead(reachable(rootFiles));
    expect(read.filter(({ namespace }) => !covers(namespacesFor(), namespace))).toEqual([]);
    for (const namespace of namespacesFor()) expect(read.some((r) => covers([namespace], r.namespace)), `${namespace} is read by nothing at the root`).toBe(true);
  });

  it("in each folder of app/ cover what its pages render, through the folder's own layout, and nothing more", () => {
    // Every folder is served by its nearest enclosing folder with messages (or the root): what the
    // pages there reach must be in that folder's set, and each namespace a folder adds must be
    // read by a page it serves — no folder carries a namespace only its subfolders read.
    for (const folder of [...folders.filter((f) => !f.includes("/")), ...folders.filter(isSegment)]) {
      const segment = isSegment(folder) ? folder : segmentOf(folder);
      if (segment !== undefined && segment !== folder) continue; // served as part of its enclosing segment
      const read = namespacesRead(reachable(filesServedBy(folder))).filter(({ namespace }) => !covers(namespacesFor(), namespace));
      if (!segment) {
        expect(read, `app/${folder} renders client components with messages: give it an entry in SEGMENT_NAMESPACES and a layout`).toEqual([]);
        continue;
      }
      const layout = path.join(app, folder, "layout.tsx");
      expect(existsSync(layout) && readFileSync(layout, "utf8"), `app/${folder}/layout.tsx hands over its messages`).toMatch(
        new RegExp(`<SegmentMessages segment="${segment.replace(/[[\]]/g, "\\$&")}">`),
      );
      expect(read.filter(({ namespace }) => !covers(namespacesFor(segment), namespace)), `app/${folder}`).toEqual([]);
      for (const namespace of SEGMENT_NAMESPACES[segment]) {
        expect(read.some((r) => covers([namespace], r.namespace)), `app/${folder}: ${namespace} is read by nothing there`).toBe(true);
      }
    }
    for (const segment of Object.keys(SEGMENT_NAMESPACES)) expect(folders, `SEGMENT_NAMESPACES.${segment} names no folder of app/`).toContain(segment);
  });

  it("of a folder inside another include the enclosing folder's (a provider replaces the one above it)", () => {
    expect(namespacesFor("domains/[name]")).toEqual(["app", ...SEGMENT_NAMESPACES.domains, ...SEGMENT_NAMESPACES["domains/[name]"]]);
    expect(namespacesFor("staff/accounts")).toEqual(["app", ...SEGMENT_NAMESPACES["staff/accounts"]]);
  });

  it("name namespaces that exist in both catalogues", () => {
    for (const catalogue of [en, zh]) {
      for (const segment of [undefined, ...(Object.keys(SEGMENT_NAMESPACES) as Segment[])]) {
        const picked = clientMessages(catalogue, segment);
        for (const namespace of namespacesFor(segment)) {
          const value = namespace.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], picked);
          expect(value, `${segment ?? "root"}: ${namespace}`).toBeTypeOf("object");
        }
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
    expect(clientMessages(en, "domains")).toBe(clientMessages(en, "domains"));
    expect(clientMessages(en)).not.toBe(clientMessages(en, "domains"));
    // The root's are small: every page carries them.
    expect(JSON.stringify(clientMessages(en)).length).toBeLessThan(JSON.stringify(en).length * 0.05);
  });
});
