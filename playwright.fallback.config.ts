import { defineConfig } from "@playwright/test";
import { chromiumPath } from "./playwright.config.ts";

/** The auto engine's boot and fallback in Debian's Chromium, on a loopback fixture server. */
export default defineConfig({
  testDir: "tests/runtime",
  testMatch: "fallback.spec.ts",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 120_000,
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
          ],
        },
      },
    },
  ],
});
