import { defineConfig, devices } from "@playwright/test";
import { freePortPair } from "./scripts/free-port.ts";

// A free pair of ports (the site and its preview origin), chosen once: the test workers inherit
// it through the environment, so every process agrees.
process.env.E2E_PORT ??= String(freePortPair());
const port = Number(process.env.E2E_PORT);

/** Debian's Chromium: Playwright's own browser downloads are not used. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** The tag of tests that measure time; see the "timed" project. */
export const TIMED = /@timed/;

/** Chromium's switches for tests and benchmarks: headless-friendly, no background traffic. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const browser = {
  ...devices["Desktop Chrome"],
  launchOptions: { executablePath: chromiumPath, args: CHROMIUM_ARGS },
};

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 30_000,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "off",
  },
  projects: [
    { name: "chromium", use: browser, grepInvert: TIMED },
    // Tests that time the page (a first answer, the longest task) run after the rest, one at a
    // time, so that no other test's browser shares the two cores with them.
    // `npx playwright test --project timed --no-deps` runs them alone.
    { name: "timed", use: browser, grep: TIMED, workers: 1, dependencies: ["chromium"] },
  ],
  webServer: {
    command: `npm run build && node scripts/serve.ts --port ${port}`,
    url: `http://127.0.0.1:${port}/en/`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
