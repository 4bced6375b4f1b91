import { defineConfig } from "@playwright/test";
import { chromiumPath } from "./playwright.config.ts";
import { CHROMIUM_ORIGIN_ARGS } from "./tests/runtime/worker-fixture/origins.ts";

const baseArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/**
 * The engines in Debian's Chromium: the worker engine (the shared runtime cases and the
 * preview), the sandbox's probes (`security`, a layer of its own in `npm test`) and the auto
 * engine's WebContainer boot with its fallback.
 */
export default defineConfig({
  testDir: "tests/runtime",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: [["list"]],
  use: { trace: "off" },
  projects: [
    {
      name: "worker",
      testMatch: "worker-engine.spec.ts",
      use: {
        browserName: "chromium",
        launchOptions: {
          executablePath: chromiumPath,
          args: [...baseArgs, ...CHROMIUM_ORIGIN_ARGS],
        },
      },
    },
    {
      name: "security",
      testMatch: "security.spec.ts",
      use: {
        browserName: "chromium",
        launchOptions: {
          executablePath: chromiumPath,
          args: [...baseArgs, ...CHROMIUM_ORIGIN_ARGS],
        },
      },
    },
    {
      name: "fallback",
      testMatch: "fallback.spec.ts",
      use: {
        browserName: "chromium",
        launchOptions: { executablePath: chromiumPath, args: baseArgs },
      },
    },
  ],
});
