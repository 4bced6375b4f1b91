import en from "../../src/i18n/ui/en.ts";
import kk from "../../src/i18n/ui/kk.ts";
import lt from "../../src/i18n/ui/lt.ts";
import { locales } from "../../src/lib/locales.ts";
import { expectedLessons } from "./content.ts";
import { expect, type Page, test } from "./fixtures.ts";
import { codeWordOf, proseWordOf } from "./lesson-words.ts";

const ui = { en, lt, kk };

/** Types a query into the header's search box and returns the result links' paths. */
async function search(page: Page, label: string, query: string): Promise<string[]> {
  const box = page.getByRole("searchbox", { name: label });
  // Clearing first empties the list, so the links read below belong to this query.
  await box.fill("");
  await expect(page.locator("#search-results li")).toHaveCount(0);
  await box.fill(query);
  const results = page.locator("#search-results a");
  await expect(page.locator(".search-summary")).not.toBeEmpty();
  await expect(results.first()).toBeVisible();
  return results.evaluateAll((links) =>
    links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );
}

test("no search code loads until the learner uses the box", async ({ page }) => {
  const loaded: string[] = [];
  page.on("request", (r) => {
    if (r.url().includes("/pagefind/")) loaded.push(r.url());
  });
  await page.goto("/en/routing/");
  await page.waitForLoadState("networkidle");
  expect(loaded).toEqual([]);
  await page.getByRole("searchbox", { name: en["search.label"] }).focus();
  await expect.poll(() => loaded.some((url) => url.endsWith("/pagefind/pagefind.js"))).toBe(true);
});

for (const locale of locales) {
  const t = ui[locale];
  const lessons = expectedLessons().filter((l) => l.locale === locale);

  for (const lesson of lessons) {
    test(`${locale}: search finds "${lesson.slug}" by a word of its prose and of its code`, async ({
      page,
    }) => {
      await page.goto(`/${locale}/`);
      await expect(page.getByRole("search", { name: t["search.label"] })).toBeVisible();

      const prose = await search(page, t["search.label"], proseWordOf(locale, lesson.slug));
      expect(prose).toContain(`/${locale}/${lesson.slug}/`);
      for (const path of prose) expect(path.startsWith(`/${locale}/`), path).toBe(true);

      // The cells are the same in every locale: only a separate index per locale keeps the
      // other locales' copies of this lesson out of the results.
      const word = codeWordOf(lesson.slug);
      const code = await search(page, t["search.label"], word);
      expect(code).toContain(`/${locale}/${lesson.slug}/`);
      // The index stems words ("entries" finds "entry"): the mark shares the word's stem.
      const stem = word.toLowerCase().slice(0, 4);
      await expect(
        page.locator(`#search-results a[href="/${locale}/${lesson.slug}/"] mark`).first(),
      ).toContainText(stem, { ignoreCase: true });
      for (const path of code) expect(path.startsWith(`/${locale}/`), path).toBe(true);

      await page.locator(`#search-results a[href="/${locale}/${lesson.slug}/"]`).click();
      await expect(page).toHaveURL(`/${locale}/${lesson.slug}/`);
      await expect(page.locator("h1")).toHaveText(lesson.title);
    });
  }

  test(`${locale}: the arrow keys walk the results and Escape closes them`, async ({ page }) => {
    await page.goto(`/${locale}/`);
    const box = page.getByRole("searchbox", { name: t["search.label"] });
    const links = await search(page, t["search.label"], "flask");
    expect(links.length).toBeGreaterThan(1);
    const results = page.locator("#search-results a");
    await page.keyboard.press("ArrowDown");
    await expect(results.nth(0)).toBeFocused();
    await page.keyboard.press("ArrowDown");
    await expect(results.nth(1)).toBeFocused();
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("ArrowUp");
    await expect(box).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(page.locator("[data-search-panel]")).toBeHidden();
    await expect(box).toBeFocused();
  });

  test(`${locale}: a word no lesson has says so, in the page's language`, async ({ page }) => {
    await page.goto(`/${locale}/routing/`);
    const query = "zzqqxxjj";
    await page.getByRole("searchbox", { name: t["search.label"] }).fill(query);
    await expect(page.locator(".search-summary")).toHaveText(
      t["search.none"].replace("{query}", query),
    );
    await expect(page.locator("#search-results a")).toHaveCount(0);
    await page.keyboard.press("Escape");
    await expect(page.locator("[data-search-panel]")).toBeHidden();
  });
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the search box is not offered", async ({ page }) => {
    await page.goto("/lt/routing/");
    await expect(page.getByRole("searchbox")).toHaveCount(0);
  });
});
