// Route handlers and server actions call use cases (lib/use-cases) and queries
// (lib/queries); none talks to Prisma itself (docs/ARCHITECTURE.md, "Layers").
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

const PRISMA_CALL =
  /\.(\$queryRaw|\$queryRawUnsafe|\$executeRaw|\$executeRawUnsafe|\$transaction)\b|\b\w+\.\w+\.(findMany|findUnique|findUniqueOrThrow|findFirst|findFirstOrThrow|create|createMany|update|updateMany|upsert|delete|deleteMany|count|aggregate|groupBy)\(/;

it("no route handler or server action calls Prisma directly", () => {
  const entryPoints = files(path.join(root, "app")).filter((file) => /(^|\/)(route|actions)\.tsx?$/.test(file) || file.includes(`${path.sep}app${path.sep}actions${path.sep}`));
  expect(entryPoints.length).toBeGreaterThan(20);
  const offenders = entryPoints
    .filter((file) => PRISMA_CALL.test(readFileSync(file, "utf8").replace(/\/\/.*$/gm, "")))
    .map((file) => path.relative(root, file));
  expect(offenders).toEqual([]);
});

// A call on a client that was just awaited, e.g. `(await prisma()).outboxEmail.findMany(`.
const AWAITED_PRISMA_CALL = /\)\.\w+\.(findMany|findUnique|findUniqueOrThrow|findFirst|findFirstOrThrow|create|createMany|update|updateMany|upsert|delete|deleteMany|count|aggregate|groupBy)\(/;

it("pages and layouts read through lib/queries and lib/use-cases, not Prisma", () => {
  const pages = files(path.join(root, "app")).filter((file) => /(^|\/)(page|layout)\.tsx$/.test(file));
  expect(pages.length).toBeGreaterThan(20);
  const offenders = pages
    .filter((file) => {
      const text = readFileSync(file, "utf8").replace(/\/\/.*$/gm, "");
      return PRISMA_CALL.test(text) || AWAITED_PRISMA_CALL.test(text);
    })
    .map((file) => path.relative(root, file));
  expect(offenders).toEqual([]);
});
