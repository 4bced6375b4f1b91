/**
 * A learner's path through a served course, the same wherever it is served: the base leads to
 * the locale's home, a lesson opens from its list, a cell runs and its app answers in the
 * preview (with the page cross-origin isolated by the host's headers), search finds a lesson under
 * the base, and an unknown page gets the locale's 404.
 */
import type { Page } from "@playwright/test";
import en from "../../src/i18n/ui/en.ts";
import kk from "../../src/i18n/ui/kk.ts";
import lt from "../../src/i18n/ui/lt.ts";
import type { Locale } from "../../src/lib/locales.ts";
import type { SiteConfig } from "../../src/lib/site-config.ts";
import { expect } from "../e2e/fixtures.ts";
import { BASE } from "./build.ts";

const ui = { en, lt, kk };
/** A word each locale's lesson on templates uses, to search for. */
const templatesWord = { en: "templates", lt: "šablonai", kk: "шаблон" } as const;

export async function walkLearnerPath(page: Page, origin: string, locale: Locale): Promise<void> {
  const t = ui[locale];
  await page.goto(`${origin}${BASE}${locale}/`);
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
  const first = page.locator('[data-testid="lesson-list"] a').first();
  await expect(first).toHaveAttribute("href", `${BASE}${locale}/hello-flask/`);
  await first.click();
  await expect(page).toHaveURL(`${origin}${BASE}${locale}/hello-flask/`);

  const cell = page.locator('figure[data-cell="hello-flask/smallest-app"]');
  await cell.getByRole("button", { name: t["cell.run"], exact: true }).click();
  const frame = cell.locator("iframe.cell-frame");
  await expect(frame.contentFrame().locator("h1")).toHaveText("Hello, Flask!", {
    timeout: 20_000,
  });
  expect(new URL((await frame.getAttribute("src")) ?? "").pathname).toContain(`${BASE}engine/`);

  const box = page.getByRole("searchbox", { name: t["search.label"] });
  await box.fill(templatesWord[locale]);
  const hit = page.locator(`#search-results a[href="${BASE}${locale}/templates/"]`);
  await expect(hit).toBeVisible({ timeout: 15_000 });
  await hit.click();
  await expect(page).toHaveURL(`${origin}${BASE}${locale}/templates/`);

  const missing = await page.goto(`${origin}${BASE}${locale}/no-such-lesson/`);
  expect(missing?.status()).toBe(404);
  await expect(page.locator("h1")).toHaveText(t["notFound.title"]);
  await expect(page.locator("a.brand")).toHaveAttribute("href", `${BASE}${locale}/`);
}

/** The site settings of the recipes for an origin per cell, the lesson on `port` of `kolba.localhost`. */
export function perCellConfig(port: number): SiteConfig {
  return {
    site: `http://kolba.localhost:${port}`,
    base: BASE,
    previewOrigin: `http://*.kolba.localhost:${port + 1}`,
  };
}

/**
 * With an origin per cell, served on `port`: a Run of the first cell is answered in a preview
 * that comes from the origin named after the cell.
 */
export async function runCellOnItsOrigin(page: Page, port: number): Promise<void> {
  await page.goto(`http://kolba.localhost:${port}${BASE}en/hello-flask/`);
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
  const cell = page.locator('figure[data-cell="hello-flask/smallest-app"]');
  await cell.getByRole("button", { name: en["cell.run"], exact: true }).click();
  const frame = cell.locator("iframe.cell-frame");
  await expect(frame.contentFrame().locator("h1")).toHaveText("Hello, Flask!", {
    timeout: 20_000,
  });
  expect(new URL((await frame.getAttribute("src")) ?? "").origin).toBe(
    `http://hello-flask--smallest-app.kolba.localhost:${port + 1}`,
  );
}
