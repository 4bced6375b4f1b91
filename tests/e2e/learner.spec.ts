import en from "../../src/i18n/ui/en.ts";
import kk from "../../src/i18n/ui/kk.ts";
import lt from "../../src/i18n/ui/lt.ts";
import { locales } from "../../src/lib/locales.ts";
import { expect, type Locator, type Page, replaceCode, test, typeInto } from "./fixtures.ts";

/**
 * A learner's path through lesson 3 with live cells: edit, Run, the answer in the pane, a link
 * followed inside the preview, the inspector, the edit kept across a reload, located errors,
 * and the phone layout. Against the built site and its preview origin (`scripts/serve.ts`).
 */

const ui = { en, lt, kk };
const greeting = { en: "Howdy", lt: "Labas", kk: "Сәлем" } as const;
const cellName = "dynamic-urls/variable-parts";
/** The placeholder as the cell's source spells it. */
const NAME = "$" + "{name}";

function program(word: string): string {
  return [
    'import { Flask, urlFor } from "flask";',
    "const app = new Flask(import.meta.url);",
    'app.route("/hello/<name>", function greet({ name }) {',
    'console.log("greeting " + name);',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the learner's TypeScript, as text
    "return `<h1>" + word + ', ${name}!</h1><a id="next" href="${urlFor("other")}">next</a>`;',
    "});",
    'app.route("/other", function other() {',
    'return "<p id=\\"other\\">Other page</p>";',
    "});",
    "app.run();",
  ].join("\n");
}

async function openLesson(page: Page, locale: string): Promise<Locator> {
  await page.goto(`/${locale}/dynamic-urls/`);
  const cell = page.locator(`figure[data-cell="${cellName}"]`);
  await expect(cell).toBeVisible();
  return cell;
}

/** A solution to lesson 3's exercise written by hand, unlike the reference solution. */
const handSolution = [
  'import { abort, Flask, urlFor } from "flask";',
  "const app = new Flask(import.meta.url);",
  'const TEXT = { "Content-Type": "text/plain; charset=utf-8" };',
  "const posts = [",
  '{ year: 2024, slug: "first-steps", tag: "flask" },',
  '{ year: 2024, slug: "routing-notes", tag: "web" },',
  '{ year: 2025, slug: "converters", tag: "python" },',
  "];",
  'app.route("/blog/", function blog() {',
  'const out = [2024, 2025].map((year) => urlFor("archive", { year, sort: "new" }));',
  'for (const p of posts) out.push(urlFor("post", { year: p.year, slug: p.slug }));',
  'return [out.join("\\n"), TEXT];',
  "});",
  'app.route("/blog/<int(fixed_digits=4):year>/", function archive({ year }) {',
  'return [posts.filter((p) => p.year === year).map((p) => p.slug).join("\\n"), TEXT];',
  "});",
  'app.route("/blog/<int(fixed_digits=4):year>/<slug>", function post({ year, slug }) {',
  "if (!posts.some((p) => p.year === year && p.slug === slug)) abort(404);",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the learner's TypeScript, as text
  "return [`Post ${slug}`, TEXT];",
  "});",
  'app.route("/blog/tag/<any(flask, python, web):tag>", function tagged({ tag }) {',
  'return posts.filter((p) => p.tag === tag).map((p) => p.slug).join("\\n");',
  "});",
  "app.run();",
].join("\n");

function preview(cell: Locator) {
  return cell.locator("iframe.cell-frame").contentFrame();
}

for (const locale of locales) {
  const t = ui[locale];

  test(`${locale}: edit a cell, run it, follow a link in the preview, keep the edit, pass the exercise`, async ({
    page,
  }) => {
    const cell = await openLesson(page, locale);
    await replaceCode(page, cell, program(greeting[locale]));
    await cell.getByRole("button", { name: t["cell.run"], exact: true }).click();

    await expect(preview(cell).locator("h1")).toHaveText(`${greeting[locale]}, Ona!`, {
      timeout: 20_000,
    });
    const status = cell.locator(".cell-run-status");
    await expect(status).toContainText("GET /hello/Ona: 200");
    await expect(status).toHaveAttribute("aria-live", "polite");
    // The fixture chose the in-page engine (engine.spec.ts covers the automatic choice), and the
    // pane names the engine that runs the cell.
    await expect(cell.locator(".cell-engine")).toContainText(t["cell.engine.worker"]);
    await expect(cell.locator(".cell-console")).toContainText("greeting Ona");

    // The link bar offers the declared requests and the rules the edited code registers.
    const routes = cell.getByRole("navigation", { name: t["cell.routes"] });
    await expect(routes.getByRole("link", { name: "/other" })).toBeVisible();
    await expect(routes.getByRole("link", { name: "/hello/Ona", exact: true })).toBeVisible();

    await preview(cell).locator("#next").click();
    await expect(preview(cell).locator("#other")).toHaveText("Other page");
    const address = cell.getByRole("textbox", { name: t["cell.address"] });
    await expect(address).toHaveValue("/other");

    await cell.locator(".cell-inspector > summary").click();
    const exchanges = cell.locator(".cell-exchange summary");
    await expect(exchanges.filter({ hasText: "GET /hello/Ona" })).toHaveCount(1);
    await expect(exchanges.filter({ hasText: "GET /other" })).toContainText("200");

    await cell.getByRole("button", { name: t["cell.back"] }).click();
    await expect(address).toHaveValue("/hello/Ona");
    await expect(preview(cell).locator("h1")).toHaveText(`${greeting[locale]}, Ona!`);

    // The exercise: Check fails on the starter code, each check saying why in this language.
    const exercise = page.locator('figure[data-cell="dynamic-urls/exercise"]');
    const checks = exercise.locator(".cell-checks li");
    await exercise.getByRole("button", { name: t["cell.check"], exact: true }).click();
    await expect(exercise.locator(".cell-checks li[data-pass]")).toHaveCount(7, {
      timeout: 20_000,
    });
    await expect(checks.first()).toHaveAttribute("data-pass", "false");
    await expect(checks.first()).toContainText(t["cell.checkFailed"]);
    await expect(checks.first().locator(".cell-check-detail")).toContainText("200");
    const exerciseStatus = exercise.locator(".cell-run-status");
    await expect(exerciseStatus).toHaveAttribute("aria-live", "polite");
    await expect(exerciseStatus).toContainText(
      t["cell.checkSummary"].replace("{passed}", "3").replace("{total}", "7"),
    );

    // Hints come one at a time.
    const hintButton = exercise.getByRole("button", { name: t["cell.hint"], exact: true });
    await hintButton.click();
    const hints = exercise.locator(".cell-hints li");
    await expect(hints).toHaveCount(1);
    await expect(hints.first()).toContainText(
      t["cell.hintOf"].replace("{n}", "1").replace("{total}", "3"),
    );
    await expect(
      exercise.getByRole("button", {
        name: t["cell.hintOf"].replace("{n}", "2").replace("{total}", "3"),
      }),
    ).toBeVisible();

    // Show solution, then Undo: the learner's own code comes back exactly.
    const mine = `// ${greeting[locale]}: my own attempt\n${handSolution.split("\n").slice(0, 8).join("\n")}\napp.run();`;
    await typeInto(page, exercise, mine);
    const editor = exercise.locator('[data-file="app.ts"] .cm-content');
    await exercise.getByRole("button", { name: t["cell.showSolution"] }).click();
    await expect(editor).toContainText("found.tag");
    await expect(editor).not.toContainText("my own attempt");
    await expect(exercise.locator(".cell-toast")).toContainText(t["cell.solutionShown"]);
    await exercise.locator(".cell-toast").getByRole("button", { name: t["cell.undo"] }).click();
    await expect(editor).toContainText("my own attempt");
    await expect(editor).not.toContainText("found.tag");

    // A solution typed by hand passes every check, and the exercise is recorded as passed.
    await typeInto(page, exercise, handSolution);
    await exercise.getByRole("button", { name: t["cell.check"], exact: true }).click();
    await expect(exercise.locator('.cell-checks li[data-pass="true"]')).toHaveCount(7, {
      timeout: 20_000,
    });
    await expect(exerciseStatus).toContainText(t["cell.exercisePassed"]);
    // The solution had been shown before this pass, and the outline says so, in words.
    const passedMark = page.locator('nav.outline li[data-slug="dynamic-urls"] .exercise-mark');
    await expect(passedMark).toBeVisible();
    await expect(passedMark).toHaveText(t["progress.exercisePassedWithSolution"], {
      useInnerText: true,
    });

    await page.reload();
    await cell.locator("pre.astro-code").first().click();
    await expect(cell.locator('[data-file="app.ts"] .cm-content')).toContainText(
      `${greeting[locale]}, ${NAME}!`,
    );
    await exercise.locator("pre.astro-code").first().click();
    await expect(editor).toContainText("function tagged({ tag })");
    await expect(passedMark).toHaveText(t["progress.exercisePassedWithSolution"], {
      useInnerText: true,
    });

    // The same lesson in another language shows the progress too.
    const other = locales[(locales.indexOf(locale) + 1) % locales.length]!;
    await page.locator(`.switcher a[data-locale="${other}"]`).click();
    await expect(page).toHaveURL(new RegExp(`/${other}/dynamic-urls/$`));
    await expect(passedMark).toHaveText(ui[other]["progress.exercisePassedWithSolution"], {
      useInnerText: true,
    });
  });
}

test("a syntax error shows app.ts:line:column in the console", async ({ page }) => {
  const cell = await openLesson(page, "en");
  await replaceCode(
    page,
    cell,
    'import { Flask } from "flask";\nconst app = new Flask(import.meta.url);\napp.route("/", function index() {\nreturn "hi";\n);\napp.run();',
  );
  await cell.locator('[data-file="app.ts"] .cm-content').press("Control+Enter");
  await expect(cell.locator(".cell-console")).toContainText(/app\.ts:5:\d+/, { timeout: 20_000 });
  await expect(cell.locator(".cell-run-status")).toContainText(/app\.ts:5:\d+/);
});

test("the declared requests load in the pane, and a request built by hand is inspected", async ({
  page,
}) => {
  const cell = await openLesson(page, "en");
  await cell.locator(".cell-requests li", { hasText: "/hello/Ona%20Petrait%C4%97" }).click();
  await expect(preview(cell).locator("body")).toHaveText("Hello, Ona Petraitė!", {
    timeout: 20_000,
  });
  await cell.locator(".cell-builder > summary").click();
  await cell.getByLabel(en["cell.path"]).fill("/hello/Jonas");
  await cell.getByLabel(en["cell.headers"]).fill("Cookie: theme=dark");
  await cell.getByRole("button", { name: en["cell.send"] }).click();
  await expect(cell.locator(".cell-built-answer")).toContainText("200 OK");
  await expect(cell.locator(".cell-built-answer")).toContainText("Hello, Jonas!");
  await cell.locator(".cell-inspector > summary").click();
  const last = cell.locator(".cell-exchange").last();
  await last.locator("summary").click();
  await expect(last).toContainText("GET /hello/Jonas");
  await expect(last.locator(".cell-cookies").first()).toContainText("theme=dark");
});

test("Reset restores the original code and Undo brings the edit back", async ({ page }) => {
  const cell = await openLesson(page, "lt");
  await replaceCode(page, cell, program("Labas"));
  await cell.getByRole("button", { name: lt["cell.reset"] }).click();
  const editor = cell.locator('[data-file="app.ts"] .cm-content');
  await expect(editor).toContainText(`Hello, ${NAME}!`);
  await expect(cell.locator(".cell-toast")).toContainText(lt["cell.resetDone"]);
  await cell.getByRole("button", { name: lt["cell.undo"] }).click();
  await expect(editor).toContainText(`Labas, ${NAME}!`);
});

test("Esc leaves the editor for the Run button and Tab is not trapped", async ({ page }) => {
  const cell = await openLesson(page, "en");
  await cell.locator("pre.astro-code").first().click();
  const editor = cell.locator('[data-file="app.ts"] .cm-content');
  await expect(editor).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(cell.getByRole("button", { name: en["cell.run"], exact: true })).toBeFocused();
  await editor.click();
  await page.keyboard.press("Tab");
  await expect(editor).not.toBeFocused();
});

test("an exercise check says what differed; the solution is fetched only when asked for", async ({
  page,
}) => {
  const solutions: string[] = [];
  page.on("request", (request) => {
    if (request.url().includes("/solutions/")) solutions.push(request.url());
  });
  await page.goto("/kk/dynamic-urls/");
  const html = await page.content();
  // "found.tag" is only in the reference solution: not in the page, the hints or the prose.
  expect(html).not.toContain("found.tag");
  const cell = page.locator('figure[data-cell="dynamic-urls/exercise"]');
  await expect(cell.locator(".cell-checks li")).toHaveCount(7);
  await cell.locator("pre.astro-code").first().click();
  await typeInto(
    page,
    cell,
    'import { Flask } from "flask";\nconst app = new Flask(import.meta.url);\napp.route("/blog/<int:year>/", function archive({ year }) {\nreturn "Nothing in " + year;\n});\napp.run();',
  );
  await cell.getByRole("button", { name: kk["cell.check"] }).click();
  const first = cell.locator(".cell-checks li").first();
  await expect(first).toHaveAttribute("data-pass", "false", { timeout: 20_000 });
  await expect(first).toContainText("«first-steps»");
  await expect(first.locator(".cell-check-title")).toHaveText(
    "/blog/2024/ 2024 жылғы жазбаларды тізіп шығады",
  );
  expect(solutions).toEqual([]);

  // Every hint, one by one; then the button says they are all shown.
  const hint = cell.locator("[data-cell-action='hint']");
  for (let n = 1; n <= 3; n++) await hint.click();
  await expect(cell.locator(".cell-hints li")).toHaveCount(3);
  await expect(hint).toHaveText(kk["cell.hintsAll"]);
  await expect(hint).toBeDisabled();

  await cell.getByRole("button", { name: kk["cell.showSolution"] }).click();
  await expect(cell.locator('[data-file="app.ts"] .cm-content')).toContainText("found.tag");
  expect(solutions).toHaveLength(1);
  // After a reload the solution stays in the editor, and the learner's own code is offered.
  await page.reload();
  await cell.locator("pre.astro-code").first().click();
  await cell.getByRole("button", { name: kk["cell.ownCodeRestore"] }).click();
  const editor = cell.locator('[data-file="app.ts"] .cm-content');
  await expect(editor).toContainText("Nothing in");
  await expect(cell.locator(".cell-toast")).toContainText(kk["cell.ownCodeBack"]);
  // Bringing it back can be undone too: the solution was in the editor, so it returns.
  await cell.locator(".cell-toast").getByRole("button", { name: kk["cell.undo"] }).click();
  await expect(editor).toContainText("found.tag");
});

test("before any interaction a lesson page loads neither the editor nor the engine", async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "script" || request.url().endsWith(".js")) {
      scripts.push(new URL(request.url()).pathname);
    }
  });
  await page.goto("/en/dynamic-urls/");
  await page.waitForLoadState("networkidle");
  expect(scripts.some((path) => path.includes("live-cell"))).toBe(false);
  expect(scripts.some((path) => path.includes("cell-worker"))).toBe(false);
  const cell = page.locator(`figure[data-cell="${cellName}"]`);
  await cell.locator("pre.astro-code").first().click();
  await expect(cell.locator(".cm-content").first()).toBeVisible();
  await expect.poll(() => scripts.some((path) => path.includes("live-cell"))).toBe(true);
});

test("on a phone (390×844) a cell can be edited, run and read", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const cell = await openLesson(page, "lt");
  await replaceCode(page, cell, program("Labas"));
  const run = cell.getByRole("button", { name: lt["cell.run"], exact: true });
  await run.click();
  await expect(preview(cell).locator("h1")).toHaveText("Labas, Ona!", { timeout: 20_000 });
  for (const part of [run, cell.locator("iframe.cell-frame"), cell.locator(".cell-address")]) {
    const box = await part.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
  }
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});

test("an edit of an earlier version of a cell is kept and offered, not loaded", async ({
  page,
}) => {
  await page.goto("/en/dynamic-urls/");
  await page.evaluate(() => {
    localStorage.setItem(
      "kolba.cell.dynamic-urls/variable-parts.00000000",
      JSON.stringify({ files: { "app.ts": "// my old edit\n" }, savedAt: 1 }),
    );
  });
  await page.reload();
  const cell = page.locator(`figure[data-cell="${cellName}"]`);
  await cell.locator("pre.astro-code").first().click();
  const editor = cell.locator('[data-file="app.ts"] .cm-content');
  await expect(editor).toContainText(`Hello, ${NAME}!`);
  await expect(cell.locator(".cell-stale")).toContainText(en["cell.staleEdit"]);
  await cell.getByRole("button", { name: en["cell.loadStale"] }).click();
  await expect(editor).toHaveText("// my old edit");
  expect(
    await page.evaluate(() =>
      localStorage.getItem("kolba.cell.dynamic-urls/variable-parts.00000000"),
    ),
  ).not.toBeNull();
});
