import { defineConfig } from "@playwright/test";
import { chromiumPath } from "./playwright.config.ts";

/**
 * Hosting: the course built for a sub-path (`KOLBA_BASE=/flask/`), served by Debian's nginx with
 * exactly the recipe the build wrote, and by the offline bundle's server; every internal link of
 * that build checked on disk. The setup builds once (`tests/hosting/setup.ts`).
 */
export default defineConfig({
  testDir: "tests/hosting",
  globalSetup: "./tests/hosting/setup.ts",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [["list"]],
  use: {
    trace: "off",
    launchOptions: {
      executablePath: chromiumPath,
      args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
    },
  },
});
