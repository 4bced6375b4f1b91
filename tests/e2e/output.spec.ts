import en from "../../src/i18n/ui/en.ts";
import { expect, replaceCode, test } from "./fixtures.ts";

/**
 * Output that cannot freeze the lesson page: an app that prints 10,000 lines and answers with a
 * 50 MB body. The page keeps answering (no task on its main thread runs 200 ms or more while the
 * output arrives and the preview loads), the console keeps the last lines and says how many it
 * dropped, the preview shows the start of the body with a note, and the next Run works.
 */

const APP = `import { Flask } from "flask";

const app = new Flask(import.meta.url);

app.route("/", function index() {
  for (let i = 1; i <= 10000; i++) console.log(\`line \${i}\`);
  return "<h1>Printed</h1>";
});

app.route("/again", function again() {
  return "<h1>Still here</h1>";
});

app.route("/big", function big() {
  return ["a".repeat(50 * 1024 * 1024), { "Content-Type": "text/plain; charset=utf-8" }];
});

app.run();
`;

test("10,000 console lines and a 50 MB body leave the lesson page responsive", {
  tag: "@timed",
}, async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto("/en/hello-flask/");
  const cell = page.locator('figure[data-cell="hello-flask/smallest-app"]');
  await replaceCode(page, cell, APP);
  await page.evaluate(() => {
    const w = window as unknown as { longest: number };
    w.longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longest = Math.max(w.longest, entry.duration);
    }).observe({ type: "longtask" });
  });
  const longest = () => page.evaluate(() => (window as unknown as { longest: number }).longest);

  await cell.getByRole("button", { name: en["cell.run"], exact: true }).click();
  const frame = cell.locator("iframe.cell-frame").contentFrame();
  await expect(frame.locator("h1")).toHaveText("Printed", { timeout: 15_000 });
  const printed = cell.locator(".cell-console");
  await expect(printed).toContainText("line 10000");
  await expect(printed).not.toContainText("line 9000\n");
  // Ten thousand lines and the start-up banner, less the thousand kept.
  await expect(cell.locator(".cell-console-dropped")).toContainText(/^90\d\d earlier lines/);
  expect(await longest()).toBeLessThan(200);

  await cell.locator(".cell-address-input").fill("/big");
  await cell.locator(".cell-address-input").press("Enter");
  await expect(frame.locator("body")).toContainText(
    "The preview shows the first 64 KB of this 50.0 MB answer",
    {
      timeout: 20_000,
    },
  );
  expect(await longest()).toBeLessThan(200);

  // The page still answers a click at once, and the next Run works.
  const began = Date.now();
  await cell.locator(".cell-console-box summary").click();
  await expect(cell.locator(".cell-console-box")).not.toHaveAttribute("open");
  expect(Date.now() - began).toBeLessThan(1000);
  // Run again: the pane shows the page it was on, from the new run.
  await cell.getByRole("button", { name: en["cell.run"], exact: true }).click();
  await expect(cell.locator(".cell-console")).toContainText("Debug mode: off", { timeout: 15_000 });
  await cell.locator(".cell-address-input").fill("/again");
  await cell.locator(".cell-address-input").press("Enter");
  await expect(frame.locator("h1")).toHaveText("Still here", { timeout: 15_000 });
});
