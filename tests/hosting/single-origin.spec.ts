/**
 * A host that sends no headers and serves one origin (as GitHub Pages): the course built with
 * `KOLBA_PREVIEW_ORIGIN=same-origin` under `/course/`, served by the course's server with
 * `--no-headers`. The page is not cross-origin isolated, so cells run in the in-page engine and
 * previews load from the lesson's own origin: a learner still gets answers.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { expect, test } from "@playwright/test";
import en from "../../src/i18n/ui/en.ts";
import { freePortPair } from "../../scripts/free-port.ts";
import { singleOriginDist } from "./build.ts";

let server: ChildProcess | undefined;
let origin = "";

test.beforeAll(async () => {
  const port = freePortPair();
  origin = `http://127.0.0.1:${port}`;
  server = spawn(
    process.execPath,
    ["scripts/serve.ts", "--root", singleOriginDist, "--port", String(port), "--no-headers"],
    { stdio: "ignore" },
  );
  await expect
    .poll(async () => (await fetch(`${origin}/course/en/`).catch(() => null))?.status, {
      timeout: 10_000,
    })
    .toBe(200);
});

test.afterAll(() => {
  server?.kill();
});

test("en: with no headers and one origin, a Run is answered by the in-page engine from the lesson's origin", async ({
  page,
}) => {
  const answer = await page.goto(`${origin}/course/en/hello-flask/`);
  expect(answer?.headers()["cross-origin-embedder-policy"]).toBeUndefined();
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(false);
  const cell = page.locator('figure[data-cell="hello-flask/smallest-app"]');
  await cell.getByRole("button", { name: en["cell.run"], exact: true }).click();
  const frame = cell.locator("iframe.cell-frame");
  await expect(frame.contentFrame().locator("h1")).toHaveText("Hello, Flask!", {
    timeout: 20_000,
  });
  const src = new URL((await frame.getAttribute("src")) ?? "");
  expect(src.origin).toBe(origin);
  expect(src.pathname.startsWith("/course/engine/preview/")).toBe(true);
  await expect(cell.locator(".cell-engine")).toContainText(en["cell.engine.worker"]);
  // The preview's Service Worker controls previews only, never the lesson pages.
  const controlled = await page.evaluate(() => navigator.serviceWorker.controller !== null);
  expect(controlled).toBe(false);
});
