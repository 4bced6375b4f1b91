import en from "../../src/i18n/ui/en.ts";
import kk from "../../src/i18n/ui/kk.ts";
import lt from "../../src/i18n/ui/lt.ts";
import { locales } from "../../src/lib/locales.ts";
import { expectedLessons } from "./content.ts";
import { expect, test } from "./fixtures.ts";

const ui = { en, lt, kk };
const lessons = expectedLessons();

for (const locale of locales) {
  const mine = lessons.filter((l) => l.locale === locale);

  test(`${locale}: the home page lists the locale's lessons`, async ({ page }) => {
    const response = await page.goto(`/${locale}/`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()["cross-origin-embedder-policy"]).toBe("require-corp");
    expect(response?.headers()["cross-origin-opener-policy"]).toBe("same-origin");
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expect(page).toHaveTitle(ui[locale]["site.name"]);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(ui[locale]["home.title"]);
    const items = page.getByTestId("lesson-list").locator(".lesson-title");
    expect(mine.length).toBeGreaterThan(0);
    await expect(items).toHaveText(mine.map((l) => l.title));
  });

  test(`${locale}: every lesson opens from the list with its title and language`, async ({
    page,
  }) => {
    test.setTimeout(60_000);
    for (const lesson of mine) {
      await page.goto(`/${locale}/`);
      await page.getByTestId("lesson-list").getByRole("link", { name: lesson.title }).click();
      await expect(page).toHaveURL(`/${locale}/${lesson.slug}/`);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(lesson.title);
      await expect(page).toHaveTitle(`${lesson.title} · ${ui[locale]["site.name"]}`);
      await expect(page.locator("pre.astro-code").first()).toBeVisible();
    }
  });

  // The switcher is the same component on every lesson (and every lesson's twins exist:
  // tests/unit/lessons.test.ts): the first and the newest lesson show it works in place.
  for (const lesson of [mine[0], mine.at(-1)].filter((l) => l !== undefined)) {
    test(`${locale}: lesson "${lesson.slug}" switches language in place`, async ({ page }) => {
      await page.goto(`/${locale}/${lesson.slug}/`);
      for (const other of locales.filter((l) => l !== locale)) {
        const twin = lessons.find((l) => l.locale === other && l.slug === lesson.slug);
        expect(twin, `lessons/${other}/${lesson.slug}.mdx`).toBeDefined();
        await page.locator(`.switcher a[data-locale="${other}"]`).click();
        await expect(page).toHaveURL(`/${other}/${lesson.slug}/`);
        await expect(page.locator("html")).toHaveAttribute("lang", other);
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(twin!.title);
        await page.goBack();
        await expect(page).toHaveURL(`/${locale}/${lesson.slug}/`);
      }
    });
  }
}

test.describe("the root sends a visitor to their language", () => {
  for (const [browserLocale, expected] of [
    ["lt-LT", "lt"],
    ["kk-KZ", "kk"],
    ["de-DE", "en"],
  ] as const) {
    test.describe(browserLocale, () => {
      test.use({ locale: browserLocale });
      test(`lands on /${expected}/`, async ({ page }) => {
        await page.goto("/");
        await expect(page).toHaveURL(`/${expected}/`);
        await expect(page.locator("html")).toHaveAttribute("lang", expected);
      });
    });
  }

  test("the static root page redirects by navigator.languages when served without negotiation", async ({
    page,
  }) => {
    await page.goto("/index.html");
    await expect(page).toHaveURL(/\/(en|lt|kk)\/$/);
  });
});

test("an unknown page under a locale answers 404 in that language", async ({ page }) => {
  const response = await page.goto("/kk/no-such-lesson/");
  expect(response?.status()).toBe(404);
  await expect(page.locator("html")).toHaveAttribute("lang", "kk");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(kk["notFound.title"]);
});

test("switching language mid-lesson keeps the reader's section in view", async ({ page }) => {
  await page.goto("/en/routing/");
  const third = page.locator(".lesson h2").nth(2);
  await third.evaluate((h) => h.scrollIntoView({ block: "start" }));
  const before = await third.evaluate((h) => h.getBoundingClientRect().top);
  // The reader stays a moment, then goes up to the switcher (the click scrolls to it).
  await page.waitForTimeout(1200);
  await page.locator('.switcher a[data-locale="kk"]').click();
  await expect(page).toHaveURL(/\/kk\/routing\/$/);
  const same = page.locator(".lesson h2").nth(2);
  await expect
    .poll(() => same.evaluate((h) => Math.round(h.getBoundingClientRect().top)))
    .toBeLessThan(before + 40);
  expect(await same.evaluate((h) => h.getBoundingClientRect().top)).toBeGreaterThan(before - 40);
});
