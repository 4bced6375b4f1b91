import AxeBuilder from "@axe-core/playwright";
import { locales } from "../../src/lib/locales.ts";
import { expectedLessons } from "./content.ts";
import { expect, type Page, test } from "./fixtures.ts";

/** Every page a learner can land on: each locale's home, lessons and 404, and the root 404. */
const pages = [
  ...locales.flatMap((locale) => [
    `/${locale}/`,
    ...expectedLessons()
      .filter((l) => l.locale === locale)
      .map((l) => `/${locale}/${l.slug}/`),
    `/${locale}/no-such-lesson/`,
  ]),
  "/no-such-page/",
];

// axe checks the contrast of every highlighted token where asked: a lesson with many cells takes
// several seconds alone and far longer on a busy machine, so these tests get more than 30 s.
test.describe.configure({ timeout: 120_000 });

/**
 * Serious and critical axe violations on the page. `code: false` leaves out the highlighted code
 * blocks, whose token colours come from two fixed themes: checking their thousands of spans on
 * every page takes most of the time, so one lesson per locale and scheme checks them.
 */
async function seriousViolations(page: Page, options: { code?: boolean } = {}): Promise<string[]> {
  let axe = new AxeBuilder({ page });
  if (options.code === false) axe = axe.exclude("pre.astro-code");
  const { violations } = await axe.analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes
          .slice(0, 5)
          .map((n) => n.target.join(" "))
          .join("\n    ")}`,
    );
}

/** Lessons whose highlighted code is checked too (one with few cells, one with many). */
const codeLessons = ["/hello-flask/", "/templates/"];

// Every page in the light scheme. The dark scheme changes colours, not structure, and every
// lesson shares its chrome: there, the homes, the 404s and the lessons whose code is checked.
const schemes = {
  light: pages,
  dark: pages.filter(
    (path) =>
      path.split("/").length <= 3 ||
      path.includes("no-such") ||
      codeLessons.some((lesson) => path.endsWith(lesson)),
  ),
} as const;

for (const [scheme, paths] of Object.entries(schemes)) {
  for (const path of paths) {
    test(`${scheme}: ${path} has no serious or critical axe violation`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme as "light" | "dark" });
      const response = await page.goto(path);
      expect(response?.status()).toBe(path.includes("no-such") ? 404 : 200);
      await page.waitForLoadState("networkidle");
      const code = codeLessons.some((lesson) => path.endsWith(lesson));
      expect(await seriousViolations(page, { code })).toEqual([]);
    });
  }
}

for (const locale of locales) {
  test(`${locale}: open search results and read marks have no serious axe violation`, async ({
    page,
  }) => {
    const slug = expectedLessons()[0]!.slug;
    await page.goto(`/${locale}/${slug}/`);
    await page.locator("[data-lesson-end]").scrollIntoViewIfNeeded();
    await expect(page.locator(`nav.outline [data-read-mark="${slug}"]`)).toBeVisible();
    await page.getByRole("searchbox").fill("flask");
    await expect(page.locator("#search-results a").first()).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
}

for (const locale of locales) {
  test(`${locale}: a live exercise, its checks, a hint and the passed marks have no serious axe violation`, async ({
    page,
  }) => {
    await page.addInitScript(() => {
      const lessons = { "dynamic-urls": { exercisePassedAt: "2026-11-22T03:00:00.000Z" } };
      localStorage.setItem("kolba.progress.v1", JSON.stringify({ version: 1, lessons }));
    });
    await page.goto(`/${locale}/dynamic-urls/`);
    await expect(page.locator('nav.outline [data-exercise-mark="dynamic-urls"]')).toBeVisible();
    const cell = page.locator('figure[data-cell="dynamic-urls/exercise"]');
    await cell.locator("[data-cell-action='check']").click();
    await expect(cell.locator(".cell-checks li[data-pass]")).toHaveCount(7, { timeout: 20_000 });
    await cell.locator("[data-cell-action='hint']").click();
    await expect(cell.locator(".cell-hints li")).toHaveCount(1);
    expect(await seriousViolations(page)).toEqual([]);

    await page.goto(`/${locale}/`);
    const mark = page.locator('[data-testid="lesson-list"] [data-exercise-mark="dynamic-urls"]');
    await expect(mark).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test("dark: a live editor's code passes the contrast check", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/en/routing/");
  const cell = page.locator('figure[data-cell="routing/http-methods"]');
  await cell.locator("pre.astro-code").first().click();
  const editor = cell.locator('[data-file="app.ts"] .cm-content');
  await expect(editor).toBeVisible();
  // Every kind of token is there: keywords, strings, names, numbers, comments.
  await expect(editor.locator("span").first()).toBeVisible();
  const { violations } = await new AxeBuilder({ page })
    .include('figure[data-cell="routing/http-methods"] .cell-editor')
    .withRules(["color-contrast"])
    .analyze();
  expect(
    violations.flatMap((v) => v.nodes.map((n) => `${n.target.join(" ")}: ${n.failureSummary}`)),
  ).toEqual([]);
});
