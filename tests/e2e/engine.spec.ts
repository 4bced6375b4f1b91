import { expect, test } from "@playwright/test";
import { WEBCONTAINER_RUNTIME_URL } from "../../src/client/lazy-webcontainer.ts";
import { ENGINE_CHOICE_KEY } from "../../src/client/page-engine.ts";
import lt from "../../src/i18n/ui/lt.ts";

/**
 * The site's default engine, on the built site with no network: a Run first boots a
 * WebContainer (the page is cross-origin isolated and serves the engine's runtime), the boot
 * cannot reach StackBlitz and never settles, and after the boot timeout (20 s) the page runs the
 * cell in the in-page engine and says so in the learner's language. Uses Playwright's own `test`,
 * not the fixture that chooses the in-page engine for the other specs.
 */

const cellName = "hello-flask/smallest-app";
const BOOT_TIMEOUT_S = 20;

test("automatic: with the network unreachable the page falls back to the in-page engine in time", async ({
  page,
}) => {
  test.setTimeout(90_000);
  const runtime = page.waitForResponse((r) => r.url().endsWith(WEBCONTAINER_RUNTIME_URL));
  await page.goto("/lt/hello-flask/");
  expect(await page.evaluate(() => globalThis.crossOriginIsolated)).toBe(true);
  expect(await page.evaluate((key) => localStorage.getItem(key), ENGINE_CHOICE_KEY)).toBeNull();

  const cell = page.locator(`figure[data-cell="${cellName}"]`);
  await cell.locator("pre.astro-code").first().click();
  await expect(cell.locator(".cm-content").first()).toBeVisible();
  const pressed = Date.now();
  await cell.getByRole("button", { name: lt["cell.run"], exact: true }).click();

  // The site serves the runtime a WebContainer would mount, so the boot is really attempted.
  expect((await runtime).status()).toBe(200);

  const frame = cell.locator("iframe.cell-frame").contentFrame();
  await expect(frame.locator("h1")).toHaveText("Hello, Flask!", {
    timeout: (BOOT_TIMEOUT_S + 25) * 1000,
  });
  const seconds = (Date.now() - pressed) / 1000;
  expect(seconds).toBeGreaterThanOrEqual(BOOT_TIMEOUT_S - 1);
  const engine = cell.locator(".cell-engine");
  await expect(engine).toContainText(lt["cell.engine.worker"]);
  await expect(engine).toContainText(
    lt["engine.fallback.bootTimeout"].replace("{seconds}", String(BOOT_TIMEOUT_S)),
  );
});

test("a learner's engine choice is kept and used at once on the next visit", async ({ page }) => {
  await page.goto("/lt/hello-flask/");
  const cell = page.locator(`figure[data-cell="${cellName}"]`);
  await cell.locator("pre.astro-code").first().click();
  const menu = cell.getByRole("combobox", { name: lt["cell.engine.choose"] });
  await expect(menu).toHaveValue("auto");
  await menu.selectOption("worker");
  expect(await page.evaluate((key) => localStorage.getItem(key), ENGINE_CHOICE_KEY)).toBe("worker");

  await page.reload();
  let runtimeFetched = false;
  page.on("request", (r) => {
    if (r.url().endsWith(WEBCONTAINER_RUNTIME_URL)) runtimeFetched = true;
  });
  await cell.locator("pre.astro-code").first().click();
  await expect(menu).toHaveValue("worker");
  await cell.getByRole("button", { name: lt["cell.run"], exact: true }).click();
  const frame = cell.locator("iframe.cell-frame").contentFrame();
  await expect(frame.locator("h1")).toHaveText("Hello, Flask!", { timeout: 10_000 });
  await expect(cell.locator(".cell-engine")).toContainText(lt["cell.engine.worker"]);
  expect(runtimeFetched).toBe(false);
});
