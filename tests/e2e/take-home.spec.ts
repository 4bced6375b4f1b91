import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deflateRawSync } from "node:zlib";
import AxeBuilder from "@axe-core/playwright";
import {
  expect,
  type Locator,
  type Page,
  preferInPageEngine,
  replaceCode,
  test,
} from "./fixtures.ts";
import en from "../../src/i18n/ui/en.ts";
import kk from "../../src/i18n/ui/kk.ts";
import lt from "../../src/i18n/ui/lt.ts";
import { runProject, unzipTo } from "../runtime/project-run.ts";

/**
 * Taking a cell home: Download gives a zip that runs with `npx flask` and no network; Share
 * copies a link whose code a visitor sees offered, never run, until they load it.
 */

const CELL = "hello-flask/smallest-app";
const ORIGINAL = "Hello, Flask!";

function app(heading: string): string {
  return [
    'import { Flask } from "flask";',
    "const app = new Flask(import.meta.url);",
    'app.route("/", function index() {',
    `return "<h1>${heading}</h1>";`,
    "});",
    "app.run();",
  ].join("\n");
}

async function lessonCell(page: Page, locale: string): Promise<Locator> {
  await page.goto(`/${locale}/hello-flask/`);
  const cell = page.locator(`figure[data-cell="${CELL}"]`);
  await expect(cell).toBeVisible();
  return cell;
}

/** Open the cell's app.ts editor (the first click makes the cell live) and type new code. */
async function typeCode(page: Page, cell: Locator, code: string): Promise<Locator> {
  await replaceCode(page, cell, code);
  const editor = cell.locator('[data-file="app.ts"] .cm-content');
  await expect(editor).toContainText(code.split("\n")[3] as string);
  return editor;
}

async function seriousViolations(page: Page, selector: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).include(selector).analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test("Download: the edited cell runs at home with npx flask and no network", async ({
  page,
}, testInfo) => {
  test.setTimeout(90_000);
  const project: string[] = [];
  page.on("request", (request) => {
    if (request.url().includes("/engine/project-runtime.json")) project.push(request.url());
  });
  const cell = await lessonCell(page, "kk");
  await typeCode(page, cell, app("Edited at home"));
  expect(project).toEqual([]);

  const saved = page.waitForEvent("download");
  await cell.getByRole("button", { name: kk["cell.download"], exact: true }).click();
  const download = await saved;
  expect(download.suggestedFilename()).toBe("hello-flask-smallest-app.zip");
  expect(project).toHaveLength(1);
  await expect(cell.locator(".cell-toast")).toContainText("hello-flask-smallest-app.zip");
  const zip = testInfo.outputPath("project.zip");
  await download.saveAs(zip);

  const folder = await mkdtemp(join(tmpdir(), "kolba-download-"));
  try {
    const [root] = await unzipTo(new Uint8Array(await readFile(zip)), folder);
    expect(root).toBe(join(folder, "hello-flask-smallest-app"));
    const readme = await readFile(join(root as string, "README.md"), "utf8");
    expect(readme).toContain("## Іске қосу");
    expect(readme).toContain("npx flask --app app.ts run");
    const running = await runProject(root as string);
    try {
      const response = await fetch(running.url);
      expect(response.status).toBe(200);
      expect(await response.text()).toBe("<h1>Edited at home</h1>");
    } finally {
      await running.stop();
    }
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});

test("Share: the link offers the code, runs nothing until Load, and Undo takes it back", async ({
  page,
  context,
  browser,
}) => {
  test.setTimeout(60_000);
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const cell = await lessonCell(page, "lt");
  await typeCode(page, cell, app("Shared greeting"));
  await cell.getByRole("button", { name: lt["cell.share"], exact: true }).click();
  await expect(cell.locator(".cell-toast")).toHaveText(lt["cell.shareCopied"]);
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/\/lt\/hello-flask\/#share=hello-flask\/smallest-app:[\w-]+$/);

  const fresh = await browser.newContext();
  await preferInPageEngine(fresh);
  try {
    const visitor = await fresh.newPage();
    const loaded: string[] = [];
    visitor.on("request", (request) => {
      if (/\/engine\/|\/_cell\/live-cell\.js/.test(request.url())) loaded.push(request.url());
    });
    await visitor.goto(link);
    const seen = visitor.locator(`figure[data-cell="${CELL}"]`);
    const notice = seen.getByRole("region", { name: lt["cell.shareTitle"] });
    await expect(notice).toContainText(lt["cell.shareNotice"]);
    await expect(notice).toContainText(lt["cell.shareFiles"].replace("{files}", "app.ts"));
    await expect(seen.locator("pre.astro-code").first()).toContainText(ORIGINAL);
    await visitor.waitForLoadState("networkidle");
    expect(loaded).toEqual([]);
    await expect(seen.locator("iframe")).toHaveCount(0);
    expect(await seriousViolations(visitor, `figure[data-cell="${CELL}"]`)).toEqual([]);

    await notice.getByRole("button", { name: lt["cell.shareLoad"] }).click();
    const editor = seen.locator('[data-file="app.ts"] .cm-content');
    await expect(editor).toContainText("Shared greeting");
    await expect(notice).toHaveCount(0);
    await expect(seen.locator(".cell-toast")).toContainText(lt["cell.shareLoaded"]);
    expect(visitor.url()).not.toContain("#share=");
    // Loaded is not run: no preview until the visitor presses Run.
    await expect(seen.locator("iframe")).toHaveCount(0);
    expect(await seriousViolations(visitor, `figure[data-cell="${CELL}"]`)).toEqual([]);

    await seen.getByRole("button", { name: lt["cell.run"], exact: true }).click();
    await expect(seen.locator("iframe.cell-frame").contentFrame().locator("h1")).toHaveText(
      "Shared greeting",
      { timeout: 20_000 },
    );
    await seen.getByRole("button", { name: lt["cell.undo"] }).click();
    await expect(editor).toContainText(ORIGINAL);
    await expect(editor).not.toContainText("Shared greeting");
  } finally {
    await fresh.close();
  }
});

test("Ignore leaves the visitor's code and forgets the link", async ({ page }) => {
  const payload = deflateRawSync(
    JSON.stringify({ v: 1, files: { "app.ts": app("Not wanted") } }),
  ).toString("base64url");
  await page.goto(`/en/hello-flask/#share=${CELL}:${payload}`);
  const cell = page.locator(`figure[data-cell="${CELL}"]`);
  const notice = cell.getByRole("region", { name: en["cell.shareTitle"] });
  await notice.getByRole("button", { name: en["cell.shareIgnore"] }).click();
  await expect(notice).toHaveCount(0);
  expect(page.url()).not.toContain("#share=");
  await expect(cell.locator("pre.astro-code").first()).toContainText(ORIGINAL);
  await page.reload();
  await expect(cell.getByRole("region", { name: en["cell.shareTitle"] })).toHaveCount(0);
});

test("a damaged or hostile link loads nothing and shows its file name as text", async ({
  page,
}) => {
  await page.goto(`/en/hello-flask/#share=${CELL}:not*base64`);
  const cell = page.locator(`figure[data-cell="${CELL}"]`);
  await expect(cell.getByRole("alert")).toHaveText(en["cell.shareBad.corrupt"]);
  await expect(cell.getByRole("button", { name: en["cell.shareLoad"] })).toHaveCount(0);

  const hostile = "<img src=x onerror=alert(1)>.ts";
  const payload = deflateRawSync(JSON.stringify({ v: 1, files: { [hostile]: "x" } })).toString(
    "base64url",
  );
  await page.goto(`/en/hello-flask/#share=${CELL}:${payload}`);
  await page.reload();
  await expect(cell.getByRole("alert")).toHaveText(
    en["cell.shareBad.badFile"].replace("{file}", hostile),
  );
  await expect(page.locator("img[src='x']")).toHaveCount(0);
  await expect(cell.getByRole("button", { name: en["cell.shareLoad"] })).toHaveCount(0);
});

test("Share falls back to a selected link field where the clipboard is refused", async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, "clipboard", {
      value: { writeText: () => Promise.reject(new DOMException("refused", "NotAllowedError")) },
    });
  });
  const cell = await lessonCell(page, "en");
  await typeCode(page, cell, app("Copied by hand"));
  await cell.getByRole("button", { name: en["cell.share"], exact: true }).click();
  const field = cell.getByRole("textbox", { name: en["cell.shareFallback"] });
  await expect(field).toBeFocused();
  await expect(field).toHaveValue(/\/en\/hello-flask\/#share=hello-flask\/smallest-app:[\w-]+$/);
  const selected = await field.evaluate(
    (input: HTMLInputElement) =>
      input.selectionStart === 0 && input.selectionEnd === input.value.length,
  );
  expect(selected).toBe(true);
});
