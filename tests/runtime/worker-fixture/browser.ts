/**
 * What the browser specs of the worker engine share: the fixture server for the spec's life,
 * the fixture page's handle (`window.kolbaWorker`), and opening a lesson and a preview in it.
 */
import { type Page, test } from "@playwright/test";
import type { CellFiles } from "../../../sandbox-runtime/engines/cell.ts";
import type { Engine } from "../../../sandbox-runtime/engines/types.ts";
import { buildFixture } from "./build-fixture.ts";
import { FIXTURE_PORT, LESSON_ORIGIN, PREVIEW_ORIGIN } from "./origins.ts";
import { type FixtureServer, startFixtureServer } from "./server.ts";

/** The fixture page's engine handle (`tests/runtime/worker-fixture/page.ts`). */
export type Kolba = {
  engine: Engine;
  prestart(files: CellFiles, options?: { readyTimeoutMs?: number }): void;
  discardPrestart(): void;
  runCase(name: string): Promise<string[]>;
  start(files: CellFiles, options?: { requestTimeoutMs?: number }): Promise<{ url: string }>;
  startBeside(files: CellFiles, options?: { previewKey?: string }): Promise<{ url: string }>;
  fetchText(path: string): Promise<{ status: number; text: string }>;
  cookies(): Array<{ name: string; value: string; path: string; httpOnly: boolean }>;
  previewReady(): Promise<void>;
  output(): Array<{ stream: string; text: string }>;
  stop(): Promise<void>;
};

/** The fixture page's window. */
export type FixtureWindow = { kolbaWorker: Kolba };

/** Build the engine and serve the fixture while the calling spec file runs. */
export function serveFixture(): void {
  let server: FixtureServer | undefined;
  test.beforeAll(async () => {
    const engineDir = ".tmp/worker-fixture/engine";
    const { fixtureJs } = await buildFixture(engineDir);
    server = await startFixtureServer({ engineDir, fixtureJs, port: FIXTURE_PORT });
  });
  test.afterAll(async () => {
    await server?.close();
  });
}

/**
 * Open the fixture lesson page, its previews on the preview origin unless `sameOrigin`, or on
 * `previewOrigin` from the page at `lessonOrigin`.
 */
export async function openLesson(
  page: Page,
  options: { sameOrigin?: boolean; lessonOrigin?: string; previewOrigin?: string } = {},
): Promise<void> {
  const preview = options.previewOrigin ?? PREVIEW_ORIGIN;
  const query = options.sameOrigin ? "" : `?previewOrigin=${encodeURIComponent(preview)}`;
  await page.goto(`${options.lessonOrigin ?? LESSON_ORIGIN}/${query}`);
  await page.waitForFunction(() => (window as unknown as FixtureWindow).kolbaWorker !== undefined);
}

/** Run `files` and show the app's `/` in an iframe `#preview` as the pane does; its URL. */
export async function showPreview(page: Page, files: CellFiles): Promise<string> {
  return page.evaluate(async (cell) => {
    const { url } = await (window as unknown as FixtureWindow).kolbaWorker.start(cell);
    await (window as unknown as FixtureWindow).kolbaWorker.previewReady();
    const frame = document.createElement("iframe");
    frame.id = "preview";
    frame.setAttribute("sandbox", "allow-scripts allow-forms allow-same-origin");
    frame.src = url;
    document.body.append(frame);
    return url;
  }, files);
}
