import { existsSync, readFileSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// scripts/ensure-chromium.mjs (run by `npm run test:e2e`) writes the browser it found here.
const executablePath =
  process.env.CHROMIUM_PATH ?? (existsSync(".data/chromium-path") ? readFileSync(".data/chromium-path", "utf8").trim() : undefined);

const PORT = Number(process.env.E2E_PORT ?? 3100);
const E2E_DATABASE_URL = process.env.E2E_DATABASE_URL || undefined;
export const baseURL = `http://localhost:${PORT}`;

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["html", { open: "never", outputFolder: "playwright-report" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: { executablePath },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], launchOptions: { executablePath } } }],
  webServer: {
    // The app as a user runs it (`npm start`), on a fresh database of its own: an embedded
    // one by default, or the PostgreSQL database E2E_DATABASE_URL names (recreated, migrated
    // and seeded first by scripts/e2e-database.ts).
    command: E2E_DATABASE_URL
      ? "npx tsx scripts/e2e-database.ts && npx tsx scripts/start.ts"
      : `rm -rf .data/e2e-${PORT} .data/e2e-${PORT}.lock && npx tsx scripts/start.ts`,
    url: `${baseURL}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      PORT: String(PORT),
      PGLITE_DATA_DIR: `.data/e2e-${PORT}`,
      DATABASE_URL: E2E_DATABASE_URL ?? "",
      NEXTAUTH_URL: baseURL,
      NEXTAUTH_SECRET: "e2e-secret-not-for-production-0123456789",
    },
  },
});
