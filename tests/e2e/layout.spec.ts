import en from "../../src/i18n/ui/en.ts";
import kk from "../../src/i18n/ui/kk.ts";
import lt from "../../src/i18n/ui/lt.ts";
import { locales } from "../../src/lib/locales.ts";
import { themeKey } from "../../src/lib/theme.ts";
import { expectedLessons } from "./content.ts";
import { expect, type Page, test } from "./fixtures.ts";

const ui = { en, lt, kk };

/** How far the page itself scrolls sideways; 0 when nothing sticks out. */
const pageOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test.describe("on a phone (390×844)", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  for (const lesson of expectedLessons()) {
    test(`${lesson.locale}/${lesson.slug}: no sideways scroll, cells visible, tabs usable`, async ({
      page,
    }) => {
      await page.goto(`/${lesson.locale}/${lesson.slug}/`);
      await expect(page.locator("h1")).toHaveText(lesson.title);
      expect(await pageOverflow(page)).toBe(0);

      const cell = page.locator("[data-cell]").first();
      await cell.scrollIntoViewIfNeeded();
      await expect(cell).toBeInViewport();
      const box = await cell.boundingBox();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(390);

      // Long lines scroll inside their code block, never the page.
      const pre = cell.locator('[data-file="app.ts"] pre');
      expect(await pre.evaluate((el) => getComputedStyle(el).overflowX)).toBe("auto");

      await cell.locator("label", { hasText: "Flask (Python)" }).tap();
      await expect(cell.locator('[data-file="app.py"]')).toBeVisible();
      await expect(cell.locator('[data-file="app.ts"]')).toBeHidden();
      await cell.locator("label", { hasText: /^app\.ts$/ }).tap();
      await expect(cell.locator('[data-file="app.ts"]')).toBeVisible();

      await page.locator("[data-lesson-end]").scrollIntoViewIfNeeded();
      expect(await pageOverflow(page)).toBe(0);
    });
  }

  for (const locale of locales) {
    test(`${locale}: home and the open search fit the screen`, async ({ page }) => {
      await page.goto(`/${locale}/`);
      expect(await pageOverflow(page)).toBe(0);
      await page.getByRole("searchbox", { name: ui[locale]["search.label"] }).fill("flask");
      await expect(page.locator("#search-results a").first()).toBeVisible();
      const panel = await page.locator("[data-search-panel]").boundingBox();
      expect(panel!.x).toBeGreaterThanOrEqual(0);
      expect(panel!.x + panel!.width).toBeLessThanOrEqual(390);
      expect(await pageOverflow(page)).toBe(0);
    });
  }
});

test.describe("dark theme", () => {
  const background = (page: Page) =>
    page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  /** The colour of a highlighted token and the two colours Shiki gave it. */
  const token = (page: Page) =>
    page
      .locator('[data-file="app.ts"] pre.astro-code span[style*="--shiki-dark:"]')
      .first()
      .evaluate((el) => {
        const style = getComputedStyle(el);
        return {
          color: style.color,
          light: style.getPropertyValue("--shiki-light").trim(),
          dark: style.getPropertyValue("--shiki-dark").trim(),
        };
      });
  const rgb = (hex: string) => {
    const n = Number.parseInt(hex.slice(1, 7), 16);
    return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
  };

  for (const locale of locales) {
    test(`${locale}: the toggle switches, code follows, and the choice persists`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme: "light" });
      await page.goto(`/${locale}/routing/`);
      const toggle = page.getByRole("button", { name: ui[locale]["theme.dark"] });
      await expect(toggle).toHaveAttribute("aria-pressed", "false");
      const light = await background(page);
      let code = await token(page);
      expect(code.color).toBe(rgb(code.light));

      await toggle.click();
      await expect(toggle).toHaveAttribute("aria-pressed", "true");
      await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
      expect(await background(page)).not.toBe(light);
      code = await token(page);
      expect(code.color).toBe(rgb(code.dark));

      await page.reload();
      await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
      await expect(toggle).toHaveAttribute("aria-pressed", "true");
      expect(await background(page)).not.toBe(light);

      await toggle.click();
      await page.goto(`/${locale}/`);
      await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
      expect(await background(page)).toBe(light);
    });
  }

  test("a remembered theme is set before the body exists, so the page never flashes", async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto("/en/");
    await page.evaluate((key) => localStorage.setItem(key, "dark"), themeKey);
    await page.addInitScript(() => {
      new MutationObserver((_records, observer) => {
        if (!document.body) return;
        document.documentElement.setAttribute(
          "data-theme-at-body",
          document.documentElement.dataset.theme ?? "none",
        );
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto("/en/routing/");
    await expect(page.locator("html")).toHaveAttribute("data-theme-at-body", "dark");
  });

  test("follows the system until the learner chooses", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto("/lt/routing/");
    const toggle = page.getByRole("button", { name: lt["theme.dark"] });
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
    expect(await page.locator("html").getAttribute("data-theme")).toBeNull();
    const code = await token(page);
    expect(code.color).toBe(rgb(code.dark));
    await page.emulateMedia({ colorScheme: "light" });
    await expect(toggle).toHaveAttribute("aria-pressed", "false");
  });
});

test.describe("keyboard", () => {
  for (const locale of locales) {
    test(`${locale}: the skip link comes first and lands in the lesson`, async ({ page }) => {
      await page.goto(`/${locale}/routing/`);
      await page.keyboard.press("Tab");
      const skip = page.getByRole("link", { name: ui[locale]["nav.skip"] });
      await expect(skip).toBeFocused();
      await expect(skip).toBeInViewport();
      await page.keyboard.press("Enter");
      await expect(page.locator("main")).toBeFocused();
      await page.keyboard.press("Tab");
      const inMain = await page.evaluate(
        () => document.querySelector("main")?.contains(document.activeElement) ?? false,
      );
      expect(inMain).toBe(true);
    });
  }

  test("Tab goes through the whole page with a visible focus ring and leaves it", async ({
    page,
  }) => {
    await page.goto("/kk/dynamic-urls/");
    const visited: string[] = [];
    let reachedPager = false;
    for (let i = 0; i < 300; i++) {
      await page.keyboard.press("Tab");
      const info = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body) return null;
        // A cell's tab is a hidden radio; its label shows the focus ring.
        const shown = el.matches("input[type=radio]") ? el.nextElementSibling! : el;
        const ring = getComputedStyle(shown);
        const again = el.hasAttribute("data-tab-seen");
        el.setAttribute("data-tab-seen", "");
        return {
          name: `${el.tagName} ${el.getAttribute("href") ?? el.id} ${shown.textContent?.trim().slice(0, 24)}`,
          outlined: ring.outlineStyle !== "none" && Number.parseFloat(ring.outlineWidth) >= 2,
          pager: el.matches(".pager a"),
          again,
        };
      });
      // Focus left the page (to the browser), or came round again: nothing held it.
      if (!info || info.again) break;
      expect(info.outlined, `focus ring on ${info.name}`).toBe(true);
      reachedPager ||= info.pager;
      visited.push(info.name);
    }
    expect(reachedPager, "Tab reaches the pager at the end of the lesson").toBe(true);
    expect(visited.length).toBeGreaterThan(10);
  });
});

test.describe("previous and next", () => {
  for (const locale of locales) {
    test(`${locale}: the pager walks the course in order, both ways`, async ({ page }) => {
      // Two page loads per lesson: the walk grows with the course.
      test.setTimeout(90_000);
      const course = expectedLessons().filter((l) => l.locale === locale);
      const pager = page.getByRole("navigation", { name: ui[locale]["nav.pager"] });
      await page.goto(`/${locale}/${course[0]!.slug}/`);
      await expect(pager.locator("a[rel=prev]")).toHaveCount(0);
      for (const lesson of course.slice(1)) {
        await pager.locator("a[rel=next]").click();
        await expect(page).toHaveURL(`/${locale}/${lesson.slug}/`);
        await expect(page.locator("h1")).toHaveText(lesson.title);
      }
      await expect(pager.locator("a[rel=next]")).toHaveCount(0);
      for (const lesson of course.slice(0, -1).reverse()) {
        await pager.locator("a[rel=prev]").click();
        await expect(page).toHaveURL(`/${locale}/${lesson.slug}/`);
        await expect(pager.locator("a[rel=next] strong")).not.toHaveText(lesson.title);
        await expect(page.locator("h1")).toHaveText(lesson.title);
      }
    });
  }
});
