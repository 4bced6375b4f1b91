import lt from "../../src/i18n/ui/lt.ts";
import { expect, test } from "./fixtures.ts";

/** Revealed hints stay revealed across a reload, without being announced again. */

const hintOf = (n: number, total: number) =>
  lt["cell.hintOf"].replace("{n}", String(n)).replace("{total}", String(total));

test("the hints a learner revealed are there again after a reload", async ({ page }) => {
  await page.goto("/lt/routing/");
  const cell = page.locator('figure[data-cell="routing/exercise"]');
  await cell.locator("pre.astro-code").first().click();
  await expect(cell.locator(".cm-content").first()).toBeVisible();
  await cell.getByRole("button", { name: lt["cell.hint"], exact: true }).click();
  await cell.getByRole("button", { name: hintOf(2, 3), exact: true }).click();
  await expect(cell.locator(".cell-hints li")).toHaveCount(2);

  await page.reload();
  await cell.locator("pre.astro-code").first().click();
  await expect(cell.locator(".cm-content").first()).toBeVisible();
  await expect(cell.locator(".cell-hints li")).toHaveCount(2);
  await expect(cell.locator(".cell-hints li").first()).toContainText(hintOf(1, 3));
  await expect(cell.getByRole("button", { name: hintOf(3, 3), exact: true })).toBeEnabled();
  await expect(cell.locator(".cell-run-status")).not.toContainText(hintOf(2, 3));
});
