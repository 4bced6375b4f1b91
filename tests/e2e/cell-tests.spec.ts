import en from "../../src/i18n/ui/en.ts";
import kk from "../../src/i18n/ui/kk.ts";
import lt from "../../src/i18n/ui/lt.ts";
import { expect, test } from "./fixtures.ts";

/**
 * Tests in a cell, in every language: the learner writes a test that fails, sees it fail with
 * its assertion and their own line (and the button that shows that line), fixes the app, and
 * sees every test pass — in the in-page engine.
 */

const dictionaries = { en, lt, kk } as const;

const failingTest = `import { assert } from "pytest";
import { app } from "./app.ts";

export async function test_sum_of_three_and_four() {
  const client = app.testClient();
  const response = await client.get("/add", { query: { a: "3", b: "4" } });
  assert.equal(response.text, "7");
}
`;

const fixedApp = `import { Flask, request } from "flask";

export const app = new Flask(import.meta.url);

app.get("/add", function add() {
  const a = request.args.get("a", 0, Number);
  const b = request.args.get("b", 0, Number);
  return String(a + b);
});

app.run();
`;

for (const [locale, words] of Object.entries(dictionaries)) {
  test(`${locale}: a test written in the cell fails at the learner's line, then passes once the app is fixed`, async ({
    page,
  }) => {
    await page.goto(`/${locale}/testing/`);
    const cell = page.locator('figure[data-cell="testing/failing-test"]');
    await cell.locator("pre.astro-code").first().click();
    const tab = (path: string) => cell.locator(".cell-tab", { hasText: new RegExp(`^${path}$`) });
    await tab("test_app.ts").click();
    const tests = cell.locator('[data-file="test_app.ts"] .cm-content');
    await tests.click();
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.press("Delete");
    await page.keyboard.insertText(failingTest);

    const runTests = cell.getByRole("button", { name: words["cell.runTests"], exact: true });
    await runTests.click();
    const results = cell.locator(".cell-tests");
    await expect(results.locator(".cell-tests-summary")).toHaveText(
      words["cell.testsSummary"]
        .replace("{passed}", "0")
        .replace("{failed}", "1")
        .replace("{errors}", "0"),
      { timeout: 20_000 },
    );
    const failed = results.locator('li[data-test="test_sum_of_three_and_four"]');
    await expect(failed).toHaveAttribute("data-outcome", "failed");
    await expect(failed.locator(".cell-test-mark")).toHaveText(words["cell.testFailed"]);
    await expect(failed.locator("pre")).toContainText(
      'test_app.ts:7:10: AssertionError: assert "34" == "7"',
    );
    await expect(failed.locator("pre")).toContainText('> 7 |   assert.equal(response.text, "7");');

    // The app's tab is open again; the button brings the learner to the failing line.
    await tab("app.ts").click();
    const showLine = failed.getByRole("button", {
      name: words["cell.testShowLine"].replace("{file}", "test_app.ts").replace("{line}", "7"),
    });
    await showLine.click();
    await expect(cell.locator('[data-file="test_app.ts"]')).toBeVisible();
    await expect(cell.locator('[data-file="test_app.ts"] .cm-activeLine')).toHaveText(
      '  assert.equal(response.text, "7");',
    );

    await tab("app.ts").click();
    const app = cell.locator('[data-file="app.ts"] .cm-content');
    await app.click();
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.press("Delete");
    await page.keyboard.insertText(fixedApp);
    await runTests.click();
    await expect(results.locator(".cell-tests-summary")).toHaveAttribute("data-outcome", "passed", {
      timeout: 20_000,
    });
    await expect(results.locator('li[data-test="test_sum_of_three_and_four"]')).toHaveAttribute(
      "data-outcome",
      "passed",
    );
  });
}
