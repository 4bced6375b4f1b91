import { defineConfig } from "@playwright/test";
import { chromiumPath } from "./playwright.config.ts";
import { CHROMIUM_ORIGIN_ARGS } from "./tests/runtime/worker-fixture/origins.ts";

/** The worker engine's tests: the shared runtime cases and the preview, in Debian's Chromium. */
export default defineConfig({
  testDir: "tests/runtime",
  testMatch: "worker-engine.spec.ts",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [["list"]],
  use: { trace: "off" },
  projects: [
    {
      name: "chromium",
      use: {
        browserName: "chromium",
        launchOptions: {
          executablePath: chromiumPath,
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            ...CHROMIUM_ORIGIN_ARGS,
          ],
        },
      },
    },
  ],
});
