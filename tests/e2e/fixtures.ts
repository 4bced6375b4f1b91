/**
 * The e2e tests' `test`: Playwright's, with the learner's engine choice set to the in-page
 * engine before any page script runs. The site is cross-origin isolated, so by default a Run
 * first boots a WebContainer, which needs StackBlitz's servers; with no network here that boot
 * only ends at its timeout (about 20 s). Tests about cells, the pane and exercises run on the
 * engine they exercise; `engine.spec.ts` leaves the choice alone and proves the fallback itself.
 */
import {
  type BrowserContext,
  expect,
  type Locator,
  type Page,
  test as base,
} from "@playwright/test";
import { ENGINE_CHOICE_KEY } from "../../src/client/page-engine.ts";

export { expect, type Locator, type Page } from "@playwright/test";

/** Make every page of `context` start with the in-page engine chosen (unless a test chose). */
export async function preferInPageEngine(context: BrowserContext): Promise<void> {
  await context.addInitScript((key) => {
    try {
      if (localStorage.getItem(key) === null) localStorage.setItem(key, "worker");
    } catch {
      // A document without storage (an opaque origin) has no choice to make.
    }
  }, ENGINE_CHOICE_KEY);
}

export const test = base.extend({
  context: async ({ context }, use) => {
    await preferInPageEngine(context);
    await use(context);
  },
});

/** Replace the text of a live cell's app.ts editor. */
export async function typeInto(page: Page, cell: Locator, text: string): Promise<void> {
  const editor = cell.locator('[data-file="app.ts"] .cm-content');
  await editor.click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText(text);
}

/** Click into the cell's code (the first interaction makes it live), then replace app.ts. */
export async function replaceCode(page: Page, cell: Locator, text: string): Promise<void> {
  await cell.locator("pre.astro-code").first().click();
  await expect(cell.locator('[data-file="app.ts"] .cm-content')).toBeVisible();
  await typeInto(page, cell, text);
}
