/**
 * The auto engine in Debian's Chromium, on a loopback page. Nothing here can reach StackBlitz
 * (this machine has no network, and every non-loopback request is also blocked below), so the
 * real `WebContainer.boot()` never settles. The learner must not wait for it: the first Run is
 * answered by the worker engine at once while the boot goes on in the background; the boot is
 * then seen to fail (its frame loads an error page and stays silent) well before the boot time
 * limit, the failure is remembered for later pages, and the next Run stays on the worker engine.
 * A page without cross-origin isolation must go to the worker engine without trying to boot.
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

// Far longer than the frame's silence takes to notice (`SILENT_FRAME_MS`), so a fallback
// before it proves the boot was seen to fail rather than timed out.
const BOOT_TIMEOUT_MS = 15_000;

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

test("an isolated page answers from the worker engine at once while the boot fails in the background", async ({
  page,
}) => {
  test.setTimeout(60_000);
  const blocked = await open(page, "/isolated/");
  expect(await page.evaluate(() => window.kolba.crossOriginIsolated)).toBe(true);
  const run: FallbackRun = await page.evaluate(
    ([files, timeout]) => window.kolba.run(files, timeout),
    [HELLO, BOOT_TIMEOUT_MS] as const,
  );
  // The first Run did not wait for the boot.
  expect(run.first).toMatchObject({
    engine: "worker",
    error: null,
    body: "Hello from the fallback",
  });
  expect(run.first.elapsedMs).toBeLessThan(5000);
  expect(run.first.statuses).toEqual(["starting", "ready", "stopped"]);
  // The boot begins once that answer is there (a second later).
  expect(run.events.slice(0, 2)).toEqual([
    { type: "engine", engine: "worker", reason: "booting", messageKey: "engine.worker.booting" },
    { type: "booting", engine: "webcontainer", timeoutMs: BOOT_TIMEOUT_MS },
  ]);
  // The boot was seen to fail (its frame stayed silent), long before the time limit.
  expect(run.outcome).toMatchObject({
    type: "fallback",
    from: "webcontainer",
    to: "worker",
    reason: "boot-failed",
    messageKey: "engine.fallback.bootFailed",
  });
  const outcome = run.outcome?.type === "fallback" ? run.outcome : undefined;
  expect(outcome?.detail).toMatch(/did not answer within 5 s/);
  expect(outcome?.elapsedMs).toBeLessThan(BOOT_TIMEOUT_MS - 5000);
  expect(run.remembered).toMatchObject({ ok: false });
  // The next Run stays on the worker engine, saying why.
  expect(run.second).toMatchObject({ engine: "worker", body: "Hello from the fallback" });
  expect(run.events.at(-1)).toMatchObject({
    type: "engine",
    engine: "worker",
    reason: "boot-failed",
  });
  expect(run.made).toEqual(["worker", "webcontainer"]);
  // The boot really went for StackBlitz's servers, and was refused.
  test.info().annotations.push({ type: "blocked", description: blocked.join(" ") });
  expect(blocked.some((url) => /stackblitz|webcontainer/.test(new URL(url).hostname))).toBe(true);
});

test("a page without cross-origin isolation goes straight to the worker engine", async ({
  page,
}) => {
  const blocked = await open(page, "/plain/");
  expect(await page.evaluate(() => window.kolba.crossOriginIsolated)).toBe(false);
  const run: FallbackRun = await page.evaluate(
    ([files, timeout]) => window.kolba.run(files, timeout),
    [HELLO, BOOT_TIMEOUT_MS] as const,
  );
  expect(run.made).toEqual(["worker"]);
  expect(run.events[0]).toEqual({
    type: "engine",
    engine: "worker",
    reason: "not-isolated",
    messageKey: "engine.worker.notIsolated",
  });
  expect(run.events.some((event) => event.type === "booting")).toBe(false);
  expect(blocked).toEqual([]);
  expect(run.first).toMatchObject({
    engine: "worker",
    error: null,
    body: "Hello from the fallback",
  });
  expect(run.first.elapsedMs).toBeLessThan(5000);
  expect(run.remembered).toBeNull();
});
