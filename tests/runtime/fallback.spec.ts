/**
 * The auto engine in Debian's Chromium, on a loopback page. Nothing here can reach StackBlitz
 * (this machine has no network, and every non-loopback request is also blocked below), so the
 * real `WebContainer.boot()` never settles: the page must fall back to the worker engine within
 * the boot timeout, say so with its event, and then run the cell there. A page without
 * cross-origin isolation must go to the worker engine without trying to boot at all.
 */
import { expect, type Page, test } from "@playwright/test";
import type { CellFiles } from "../../sandbox-runtime/engines/cell.ts";
import type { FallbackRun } from "./fallback-fixture/page.ts";
import { type FallbackServer, startFallbackServer } from "./fallback-fixture/server.ts";

let server: FallbackServer;

test.beforeAll(async () => {
  server = await startFallbackServer(".tmp/fallback-fixture/engine");
});

test.afterAll(async () => {
  await server?.close();
});

const HELLO: CellFiles = {
  "app.ts": `import { Flask } from "flask";
const app = new Flask(import.meta.url);
app.route("/", function index() {
  return "Hello from the fallback";
});
app.run();
`,
};

const BOOT_TIMEOUT_MS = 3000;

async function open(page: Page, path: string): Promise<string[]> {
  const blocked: string[] = [];
  await page.context().route(
    (url) => !["127.0.0.1", "localhost"].includes(url.hostname),
    (route) => {
      blocked.push(route.request().url());
      return route.abort("internetdisconnected");
    },
  );
  await page.goto(`${server.origin}${path}`);
  await page.waitForFunction(() => window.kolba !== undefined);
  return blocked;
}

test("an isolated page tries the WebContainer, times out and falls back to the worker engine", async ({
  page,
}) => {
  const blocked = await open(page, "/isolated/");
  expect(await page.evaluate(() => window.kolba.crossOriginIsolated)).toBe(true);
  const run: FallbackRun = await page.evaluate(
    ([files, timeout]) => window.kolba.run(files, timeout),
    [HELLO, BOOT_TIMEOUT_MS] as const,
  );
  expect(run.error).toBeNull();
  expect(run.made).toEqual(["webcontainer", "worker"]);
  expect(run.events.map((event) => event.type)).toEqual(["booting", "fallback", "engine"]);
  const fallback = run.events[1];
  expect(fallback).toMatchObject({
    type: "fallback",
    from: "webcontainer",
    to: "worker",
    reason: "boot-timeout",
    messageKey: "engine.fallback.bootTimeout",
  });
  const waited = fallback?.type === "fallback" ? fallback.elapsedMs : 0;
  expect(waited).toBeGreaterThanOrEqual(BOOT_TIMEOUT_MS - 50);
  expect(waited).toBeLessThan(BOOT_TIMEOUT_MS + 2000);
  expect(run.active).toBe("worker");
  expect(run.statuses).toEqual(["starting", "ready", "stopped"]);
  expect(run.body).toBe("Hello from the fallback");
  // The boot really went for StackBlitz's servers, and was refused.
  test.info().annotations.push({ type: "blocked", description: blocked.join(" ") });
  expect(blocked.length).toBeGreaterThan(0);
  expect(blocked.some((url) => /stackblitz|webcontainer/.test(new URL(url).hostname))).toBe(true);
});

test("a page without cross-origin isolation goes straight to the worker engine", async ({
  page,
}) => {
  const blocked = await open(page, "/plain/");
  expect(await page.evaluate(() => window.kolba.crossOriginIsolated)).toBe(false);
  const began = Date.now();
  const run: FallbackRun = await page.evaluate(
    ([files, timeout]) => window.kolba.run(files, timeout),
    [HELLO, BOOT_TIMEOUT_MS] as const,
  );
  expect(run.made).toEqual(["worker"]);
  expect(run.events).toEqual([
    {
      type: "engine",
      engine: "worker",
      reason: "not-isolated",
      messageKey: "engine.worker.notIsolated",
    },
  ]);
  expect(run.active).toBe("worker");
  expect(blocked).toEqual([]);
  expect(run.elapsedMs).toBeLessThan(BOOT_TIMEOUT_MS);
  expect(Date.now() - began).toBeLessThan(60_000);
  expect(run.error).toBeNull();
  expect(run.body).toBe("Hello from the fallback");
});
