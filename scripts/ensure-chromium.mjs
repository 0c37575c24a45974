// Finds a Chromium for the browser tests and tells Playwright where it is: Playwright's
// own when installed, else the system's `chromium`, installing Debian's package when it
// is missing and we are root. It never lets the browser tests be skipped silently:
// without a browser it fails with instructions.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { chromium } from "@playwright/test";

const SYSTEM_CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

function playwrightOwn() {
  try {
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

function system() {
  return SYSTEM_CANDIDATES.find((candidate) => existsSync(candidate)) ?? null;
}

let found = process.env.CHROMIUM_PATH && existsSync(process.env.CHROMIUM_PATH) ? process.env.CHROMIUM_PATH : null;
found ??= playwrightOwn() ?? system();

if (!found && process.getuid?.() === 0 && existsSync("/usr/bin/apt-get")) {
  console.log("No Chromium found: installing Debian's chromium package…");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const update = spawnSync("apt-get", ["update"], { stdio: "inherit", env });
  const install = update.status === 0 ? spawnSync("apt-get", ["install", "-y", "--no-install-recommends", "chromium"], { stdio: "inherit", env }) : update;
  if (install.status === 0) found = system();
}

if (!found) {
  console.error(
    "The browser tests need Chromium and none was found. Install it (Debian: `apt-get install chromium`, " +
      "or `npx playwright install chromium` where downloads are allowed), or set CHROMIUM_PATH.",
  );
  process.exit(1);
}

// Screenshots kept as test artifacts show Chinese pages: without a CJK font they would
// show empty boxes. Best effort: the tests pass either way.
function hasChineseFont() {
  try {
    return execFileSync("fc-list", [":lang=zh"]).toString().trim().length > 0;
  } catch {
    return false;
  }
}
if (!hasChineseFont() && process.getuid?.() === 0 && existsSync("/usr/bin/apt-get")) {
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  let fonts = spawnSync("apt-get", ["install", "-y", "--no-install-recommends", "fonts-noto-cjk"], { stdio: "ignore", env });
  if (fonts.status !== 0) {
    spawnSync("apt-get", ["update"], { stdio: "ignore", env });
    fonts = spawnSync("apt-get", ["install", "-y", "--no-install-recommends", "fonts-noto-cjk"], { stdio: "ignore", env });
  }
  console.log(fonts.status === 0 ? "Installed a Chinese font for screenshots." : "No Chinese font could be installed; screenshots of Chinese pages will show boxes.");
}

mkdirSync(".data", { recursive: true });
writeFileSync(".data/chromium-path", found);
console.log(`Browser tests use ${found} (${execFileSync(found, ["--version"]).toString().trim()})`);
