import en from "../../src/i18n/ui/en.ts";
import { expect, type Locator, type Page, replaceCode, test } from "./fixtures.ts";

/**
 * The preview follows the lesson's theme: beside a dark lesson, a page the app serves without a
 * colour scheme of its own is drawn dark (light text on a dark canvas), and it turns back when
 * the learner switches to light — the site's toggle wins over the system setting. A page that
 * names its own scheme keeps it.
 */

function program(head = "") {
  return [
    'import { Flask } from "flask";',
    "const app = new Flask(import.meta.url);",
    'app.route("/", function index() {',
    `  return '<!doctype html>${head}<p id="p">page</p>';`,
    "});",
    "app.run();",
  ].join("\n");
}

async function runProgram(page: Page, source: string) {
  const cell = page.locator('figure[data-cell="hello-flask/smallest-app"]');
  await replaceCode(page, cell, source);
  await cell.getByRole("button", { name: en["cell.run"], exact: true }).click();
  const frame = cell.locator("iframe.cell-frame").contentFrame();
  await expect(frame.locator("#p")).toHaveText("page", { timeout: 20_000 });
  return frame.locator("#p");
}

const BLACK = "rgb(0, 0, 0)";
const WHITE = "rgb(255, 255, 255)";
const textColour = (p: Locator) => p.evaluate((el) => getComputedStyle(el).color);
const standardsMode = (p: Locator) => p.evaluate(() => document.compatMode);

test("an unstyled preview page is drawn dark beside a dark lesson, and light again after", async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/en/hello-flask/");
  const paragraph = await runProgram(page, program());
  expect(await textColour(paragraph)).toBe(BLACK);

  await page.getByRole("button", { name: en["theme.dark"] }).click();
  await expect.poll(() => textColour(paragraph)).toBe(WHITE);
  expect(await standardsMode(paragraph)).toBe("CSS1Compat");

  await page.getByRole("button", { name: en["theme.dark"] }).click();
  await expect.poll(() => textColour(paragraph)).toBe(BLACK);
});

test("the lesson's light theme wins over a dark system in the preview too", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/en/hello-flask/");
  const paragraph = await runProgram(page, program());
  expect(await textColour(paragraph)).toBe(WHITE);
  await page.getByRole("button", { name: en["theme.dark"] }).click();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
  await expect.poll(() => textColour(paragraph)).toBe(BLACK);
});

test("a page that names its own colour scheme keeps it", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/en/hello-flask/");
  const paragraph = await runProgram(page, program('<meta name="color-scheme" content="light">'));
  expect(await textColour(paragraph)).toBe(BLACK);
});
