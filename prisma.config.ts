import { defineConfig } from "prisma/config";

// The Prisma CLI's native schema engine cannot be downloaded on every machine this
// project runs on, so migrations are applied by `npm run db:migrate` (scripts/migrate.ts)
// through the WebAssembly schema engine. The folder layout and the `_prisma_migrations`
// bookkeeping are Prisma's own, so `prisma migrate deploy` accepts the same database.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: {
    url: process.env.DATABASE_URL ?? "postgresql://localhost/embedded-pglite",
  },
});
