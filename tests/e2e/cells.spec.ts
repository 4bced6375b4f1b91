import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import en from "../../src/i18n/ui/en.ts";
import kk from "../../src/i18n/ui/kk.ts";
import lt from "../../src/i18n/ui/lt.ts";
import { locales } from "../../src/lib/locales.ts";
import { expect, type Locator, type Page, test } from "./fixtures.ts";

const ui = { en, lt, kk };
const repo = join(import.meta.dirname, "..", "..");

/** What a cell holds on disk, read independently of the site's loader. */
function cellOnDisk(name: string) {
  const dir = join(repo, "cells", name);
  const manifest = JSON.parse(readFileSync(join(dir, "cell.json"), "utf8")) as {
    title?: Record<string, string>;
    requests: { method?: string; path: string }[];
  };
  const tabs = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && !["app.py", "cell.json"].includes(e.name))
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1));
  return {
    appTs: readFileSync(join(dir, "app.ts"), "utf8"),
    appPy: readFileSync(join(dir, "app.py"), "utf8"),
    tabs,
    title: manifest.title,
    requests: manifest.requests.map((r) => `${r.method ?? "GET"} ${r.path}`),
  };
}

function cellsOfLesson(locale: string, slug: string): string[] {
  const source = readFileSync(join(repo, "lessons", locale, `${slug}.mdx`), "utf8");
  return [...source.matchAll(/<Cell\s+name="([^"]*)"/g)].map((m) => m[1]!);
}

/** The text of a code panel's highlighted block, lines joined by newlines. */
async function codeText(panel: Locator): Promise<string> {
  return ((await panel.locator("pre.astro-code").textContent()) ?? "").trim();
}

const name = "routing/two-routes";
const cell = cellOnDisk(name);

async function openCell(page: Page, locale: string): Promise<Locator> {
  await page.goto(`/${locale}/routing/`);
  const root = page.locator(`[data-cell="${name}"]`);
  await expect(root).toBeVisible();
  return root;
}

for (const locale of locales) {
  const t = ui[locale];

  test(`${locale}: a cell shows app.ts highlighted, its twin hidden, and its requests`, async ({
    page,
  }) => {
    const root = await openCell(page, locale);
    const ts = root.locator('[data-file="app.ts"]');
    const py = root.locator('[data-file="app.py"]');
    await expect(ts).toBeVisible();
    await expect(py).toBeHidden();
    expect(await codeText(ts)).toBe(cell.appTs.trim());
    // Shiki's dual themes colour each token through CSS variables.
    expect(await ts.locator('pre.astro-code span[style*="--shiki-dark"]').count()).toBeGreaterThan(
      5,
    );
    await expect(ts.locator("pre.astro-code")).toHaveAttribute("data-language", "ts");

    const radios = root.getByRole("radio");
    await expect(radios).toHaveCount(cell.tabs.length + 1);
    await expect(root.getByRole("radio", { name: "app.ts" })).toBeChecked();
    await expect(root.getByRole("group", { name: t["cell.files"] })).toBeVisible();

    await expect(root.locator(".cell-requests-heading")).toHaveText(t["cell.requests"]);
    await expect(root.locator(".cell-requests li")).toHaveText(cell.requests);
  });

  test(`${locale}: the Flask (Python) tab opens by click`, async ({ page }) => {
    const root = await openCell(page, locale);
    await root.locator("label", { hasText: "Flask (Python)" }).click();
    const py = root.locator('[data-file="app.py"]');
    await expect(py).toBeVisible();
    await expect(root.locator('[data-file="app.ts"]')).toBeHidden();
    await expect(root.getByRole("radio", { name: "Flask (Python)" })).toBeChecked();
    expect(await codeText(py)).toBe(cell.appPy.trim());
    await expect(py.locator("pre.astro-code")).toHaveAttribute("data-language", "python");
    await expect(py.locator(".cell-note")).toHaveText(t["cell.twin"]);
  });

  test(`${locale}: the Flask (Python) tab opens from the keyboard`, async ({ page }) => {
    const root = await openCell(page, locale);
    const first = root.getByRole("radio", { name: "app.ts" });
    let reached = false;
    for (let i = 0; i < 80 && !reached; i++) {
      await page.keyboard.press("Tab");
      reached = await first.evaluate((el) => el === document.activeElement);
    }
    expect(reached, "Tab reaches the cell's first tab").toBe(true);
    for (let i = 0; i < cell.tabs.length; i++) await page.keyboard.press("ArrowRight");
    await expect(root.getByRole("radio", { name: "Flask (Python)" })).toBeChecked();
    await expect(root.locator('[data-file="app.py"]')).toBeVisible();
    await expect(root.locator('[data-file="app.ts"]')).toBeHidden();
    await page.keyboard.press("ArrowLeft");
    await expect(root.locator('[data-file="app.ts"]')).toBeVisible();
    await expect(root.locator('[data-file="app.py"]')).toBeHidden();
  });

  for (const slug of ["hello-flask", "routing", "dynamic-urls"]) {
    test(`${locale}: every cell of "${slug}" renders with app.ts first and no script`, async ({
      page,
    }) => {
      const scripts: string[] = [];
      page.on("request", (r) => {
        if (r.resourceType() === "script") scripts.push(r.url());
      });
      await page.goto(`/${locale}/${slug}/`);
      const names = cellsOfLesson(locale, slug);
      expect(names.length).toBeGreaterThan(0);
      const roots = page.locator("[data-cell]");
      await expect(roots).toHaveCount(names.length);
      for (const [index, cellName] of names.entries()) {
        const root = roots.nth(index);
        await expect(root).toHaveAttribute("data-cell", cellName);
        const onDisk = cellOnDisk(cellName);
        await expect(root.locator(".cell-tab").first()).toHaveText("app.ts");
        await expect(root.locator(".cell-tab").last()).toHaveText("Flask (Python)");
        await expect(root.locator(".cell-requests li")).toHaveCount(onDisk.requests.length);
        await expect(root.locator('[data-file="app.ts"]')).toBeVisible();
        if (onDisk.title) {
          await expect(root.locator("figcaption.cell-title")).toHaveText(onDisk.title[locale]!);
        } else {
          await expect(root.locator("figcaption")).toHaveCount(0);
        }
      }
      expect(await page.locator("[data-cell] script").count()).toBe(0);
      // The only script a page may load before the learner touches a cell is the preview
      // bridge's, on the preview origin, which registers the preview's Service Worker while the
      // learner reads (so a first Run does not wait for it).
      const pageOrigin = new URL(page.url()).origin;
      expect(scripts.filter((url) => !url.endsWith("/engine/preview-bridge.js"))).toEqual([]);
      for (const url of scripts) expect(new URL(url).origin).not.toBe(pageOrigin);
    });
  }
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("tabs still switch", async ({ page }) => {
    const root = await openCell(page, "lt");
    await expect(root.locator('[data-file="app.ts"]')).toBeVisible();
    await root.locator("label", { hasText: "Flask (Python)" }).click();
    await expect(root.locator('[data-file="app.py"]')).toBeVisible();
    await expect(root.locator('[data-file="app.ts"]')).toBeHidden();
    await root.locator("label", { hasText: "app.ts" }).click();
    await expect(root.locator('[data-file="app.ts"]')).toBeVisible();
  });
});
