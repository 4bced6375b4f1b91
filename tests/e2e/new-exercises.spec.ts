import en from "../../src/i18n/ui/en.ts";
import kk from "../../src/i18n/ui/kk.ts";
import lt from "../../src/i18n/ui/lt.ts";
import { expect, test } from "./fixtures.ts";

/**
 * One learner's path through an exercise of the later lessons, per locale (a different lesson in
 * each): the starter fails some checks, each saying why; Show solution puts the reference
 * solution in the editor; Check passes every check, and the course outline marks the exercise.
 */

const paths = [
  { locale: "en", lesson: "templates", words: en },
  { locale: "lt", lesson: "request-hooks", words: lt },
  { locale: "kk", lesson: "responses", words: kk },
  // Checks of the learner's tests: on their app, and on apps broken on purpose.
  { locale: "en", lesson: "testing", words: en },
] as const;

for (const { locale, lesson, words } of paths) {
  test(`${locale}: the ${lesson} exercise fails as given and passes with its solution`, async ({
    page,
  }) => {
    test.setTimeout(60_000);
    await page.goto(`/${locale}/${lesson}/`);
    const cell = page.locator(`figure[data-cell="${lesson}/exercise"]`);
    const checks = cell.locator(".cell-checks li");
    const total = await checks.count();
    expect(total).toBeGreaterThan(2);

    await cell.getByRole("button", { name: words["cell.check"], exact: true }).click();
    await expect(cell.locator(".cell-checks li[data-pass]")).toHaveCount(total, {
      timeout: 20_000,
    });
    const failed = cell.locator('.cell-checks li[data-pass="false"]');
    expect(await failed.count()).toBeGreaterThan(0);
    await expect(failed.first().locator(".cell-check-detail")).not.toBeEmpty();

    await cell.getByRole("button", { name: words["cell.showSolution"], exact: true }).click();
    await expect(cell.locator(".cell-toast")).toContainText(words["cell.solutionShown"]);
    await cell.getByRole("button", { name: words["cell.check"], exact: true }).click();
    await expect(cell.locator('.cell-checks li[data-pass="true"]')).toHaveCount(total, {
      timeout: 20_000,
    });
    await expect(cell.locator(".cell-run-status")).toContainText(words["cell.exercisePassed"]);
    await expect(page.locator(`nav.outline [data-exercise-mark="${lesson}"]`)).toBeVisible();
  });
}
