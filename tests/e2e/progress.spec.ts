import en from "../../src/i18n/ui/en.ts";
import kk from "../../src/i18n/ui/kk.ts";
import lt from "../../src/i18n/ui/lt.ts";
import { locales } from "../../src/lib/locales.ts";
import { progressBackupKey, progressKey } from "../../src/lib/progress.ts";
import { expectedLessons } from "./content.ts";
import { expect, type Page, test } from "./fixtures.ts";

const ui = { en, lt, kk };

const outlineMark = (page: Page, slug: string) =>
  page.locator(`nav.outline li[data-slug="${slug}"] .read-mark`);
const homeMark = (page: Page, slug: string) =>
  page.locator(`[data-testid="lesson-list"] li[data-slug="${slug}"] .read-mark`);

async function readToTheEnd(page: Page): Promise<void> {
  await page.locator("[data-lesson-end]").scrollIntoViewIfNeeded();
}

for (const locale of locales) {
  const t = ui[locale];
  const lessons = expectedLessons().filter((l) => l.locale === locale);
  const [first, second] = lessons;

  test(`${locale}: reading a lesson to its end marks it, after a reload too`, async ({ page }) => {
    await page.goto(`/${locale}/${second!.slug}/`);
    // Opening the lesson is not reading it.
    await page.waitForLoadState("networkidle");
    await expect(outlineMark(page, second!.slug)).toBeHidden();
    expect(await page.evaluate((key) => localStorage.getItem(key), progressKey)).toBeNull();

    await readToTheEnd(page);
    await expect(outlineMark(page, second!.slug)).toBeVisible();

    await page.reload();
    await expect(outlineMark(page, second!.slug)).toBeVisible();
    for (const other of lessons.filter((l) => l.slug !== second!.slug)) {
      await expect(outlineMark(page, other.slug)).toBeHidden();
    }
    // The mark speaks: the outline link's name says the lesson was read.
    const link = page.locator(`nav.outline li[data-slug="${second!.slug}"] a`);
    await expect(link).toHaveAccessibleName(`${second!.title} (${t["progress.read"]})`);

    await page.goto(`/${locale}/`);
    await expect(homeMark(page, second!.slug)).toBeVisible();
    await expect(homeMark(page, second!.slug)).toContainText(t["progress.read"]);
    await expect(homeMark(page, first!.slug)).toBeHidden();

    const stored = JSON.parse(
      (await page.evaluate((key) => localStorage.getItem(key), progressKey)) ?? "null",
    );
    expect(stored.version).toBe(1);
    expect(Object.keys(stored.lessons)).toEqual([second!.slug]);
  });
}

test("a lesson read in one locale is read in the others", async ({ page }) => {
  const slug = expectedLessons()[0]!.slug;
  await page.goto(`/kk/${slug}/`);
  await readToTheEnd(page);
  await expect(outlineMark(page, slug)).toBeVisible();
  for (const locale of ["en", "lt"]) {
    await page.goto(`/${locale}/`);
    await expect(homeMark(page, slug)).toBeVisible();
  }
});

test("unreadable stored progress is set aside, not lost, and progress goes on", async ({
  page,
}) => {
  const slug = expectedLessons()[0]!.slug;
  const broken = '{"version":1,"lessons":{"routing":';
  await page.goto("/lt/");
  await page.evaluate(([key, text]) => localStorage.setItem(key!, text!), [progressKey, broken]);
  await page.goto(`/lt/${slug}/`);
  await readToTheEnd(page);
  await expect(outlineMark(page, slug)).toBeVisible();
  const [backup, current] = await page.evaluate(
    ([a, b]) => [localStorage.getItem(a!), localStorage.getItem(b!)],
    [progressBackupKey, progressKey],
  );
  expect(backup).toBe(broken);
  expect(Object.keys(JSON.parse(current!).lessons)).toEqual([slug]);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("lists show no marks and the lesson still reads", async ({ page }) => {
    const slug = expectedLessons()[0]!.slug;
    await page.goto(`/en/${slug}/`);
    await page.locator("[data-lesson-end]").scrollIntoViewIfNeeded();
    await expect(page.locator(".read-mark:visible")).toHaveCount(0);
    await page.goto("/en/");
    await expect(page.locator(".read-mark:visible")).toHaveCount(0);
    await expect(page.locator('[data-testid="lesson-list"] li')).toHaveCount(
      expectedLessons().filter((l) => l.locale === "en").length,
    );
  });
});
