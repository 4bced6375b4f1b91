/**
 * Progress leaves the browser: a learner saves their progress and an edit to a file on the
 * course home, starts over in an empty browser, loads the file and finds both back; a file that
 * is not one of ours is refused in the page's language and changes nothing.
 */
import { readFile } from "node:fs/promises";
import { format } from "../../src/i18n/dictionaries.ts";
import en from "../../src/i18n/ui/en.ts";
import kk from "../../src/i18n/ui/kk.ts";
import lt from "../../src/i18n/ui/lt.ts";
import { locales } from "../../src/lib/locales.ts";
import { progressKey } from "../../src/lib/progress.ts";
import { expectedLessons } from "./content.ts";
import { expect, type Page, replaceCode, test } from "./fixtures.ts";

const ui = { en, lt, kk };
const cellName = "hello-flask/smallest-app";

const homeMark = (page: Page, slug: string) =>
  page.locator(`[data-testid="lesson-list"] li[data-slug="${slug}"] .read-mark`);

/** Every key the progress file is about: the progress record and the cells' entries. */
const courseKeys = (page: Page) =>
  page.evaluate(() =>
    Object.keys(localStorage).filter(
      (k) => k.startsWith("kolba.cell.") || k.startsWith("kolba.progress"),
    ),
  );

/** Pick a file with the block's Load button, as the learner does. */
async function loadFile(page: Page, label: string, name: string, text: string): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent("filechooser"),
    page.getByRole("button", { name: label, exact: true }).click(),
  ]);
  await chooser.setFiles({ name, mimeType: "application/json", buffer: Buffer.from(text) });
}

for (const locale of locales) {
  const t = ui[locale];
  const lesson = expectedLessons().find((l) => l.locale === locale && l.slug === "hello-flask")!;

  test(`${locale}: progress and an edit go to a file and come back into an empty browser`, async ({
    page,
  }) => {
    const code = `// ${locale}: my own version, kept in a file\n`;
    await page.goto(`/${locale}/${lesson.slug}/`);
    const cell = page.locator(`figure[data-cell="${cellName}"]`);
    await replaceCode(page, cell, code);
    await page.locator("[data-lesson-end]").scrollIntoViewIfNeeded();
    await expect
      .poll(async () => (await courseKeys(page)).filter((k) => k.startsWith("kolba.cell.")))
      .toHaveLength(1);
    // The lesson is marked read once its end has been seen (on the next frame, not at once).
    await expect
      .poll(() => page.evaluate((key) => localStorage.getItem(key) ?? "", progressKey))
      .toContain(lesson.slug);

    await page.goto(`/${locale}/`);
    const block = page.getByRole("region", { name: t["progressFile.heading"] });
    const status = block.locator("[data-progress-status]");
    await expect(homeMark(page, lesson.slug)).toBeVisible();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      block.getByRole("button", { name: t["progressFile.save"], exact: true }).click(),
    ]);
    const name = download.suggestedFilename();
    expect(name).toMatch(/^kolba-progress-\d{4}-\d{2}-\d{2}\.json$/);
    await expect(status).toHaveText(
      format(t["progressFile.saved"], { file: name, lessons: 1, edits: 1 }),
    );
    const text = await readFile((await download.path())!, "utf8");
    const saved = JSON.parse(text);
    expect(saved).toMatchObject({ format: "kolba-progress", version: 1, locale });
    expect(Object.keys(saved.progress.lessons)).toEqual([lesson.slug]);
    expect(saved.edits).toMatchObject([
      { cell: cellName, kind: "edit", files: { "app.ts": code } },
    ]);

    // Another browser: nothing stored.
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await expect(homeMark(page, lesson.slug)).toBeHidden();

    // A file that is not ours is refused in the page's language and changes nothing.
    await loadFile(page, t["progressFile.load"], "notes.json", '{"lessons": ["hello-flask"]');
    await expect(status).toHaveText(format(t["progressFile.notJson"], { file: "notes.json" }));
    await loadFile(page, t["progressFile.load"], "other.json", '{"version": 1, "lessons": {}}');
    await expect(status).toHaveText(format(t["progressFile.notOurs"], { file: "other.json" }));
    expect(await courseKeys(page)).toEqual([]);
    await expect(homeMark(page, lesson.slug)).toBeHidden();

    // The learner's file: the mark shows at once, without a reload, and the edit is back.
    await loadFile(page, t["progressFile.load"], name, text);
    await expect(status).toHaveText(
      format(t["progressFile.loaded"], { file: name, lessons: 1, added: 1 }),
    );
    await expect(homeMark(page, lesson.slug)).toBeVisible();
    await page.goto(`/${locale}/${lesson.slug}/`);
    await cell.locator("pre.astro-code").first().click();
    await expect(cell.locator('[data-file="app.ts"] .cm-content')).toHaveText(code.trimEnd());
  });
}

test("an edit that differs from the browser's is asked about, by keyboard, and the answer kept", async ({
  page,
}) => {
  const key = `kolba.cell.${cellName}.00000000`;
  const edit = (text: string, savedAt: number) =>
    JSON.stringify({ files: { "app.ts": text }, savedAt });
  await page.goto("/lt/");
  await page.evaluate(
    ([k, v]) => localStorage.setItem(k!, v!),
    [key, edit("mine", 1_700_000_000_000)],
  );
  const file = {
    format: "kolba-progress",
    version: 1,
    locale: "en",
    createdAt: "2026-11-22T09:00:00.000Z",
    progress: { version: 1, lessons: { routing: { readAt: "2026-11-21T09:00:00.000Z" } } },
    edits: [
      {
        cell: cellName,
        cellVersion: "00000000",
        kind: "edit",
        savedAt: "2026-11-21T10:00:00.000Z",
        files: { "app.ts": "theirs" },
      },
    ],
    hints: [],
  };
  await loadFile(page, lt["progressFile.load"], "ona.json", JSON.stringify(file));

  const question = page.getByRole("group", {
    name: /šioje naršyklėje jau yra išsaugotas taisymas/,
  });
  await expect(question).toBeVisible();
  await expect(question).toContainText(format(lt["progressFile.question"], { n: 1, total: 1 }));
  // Nothing is written while the learner has not answered.
  expect(await page.evaluate((k) => localStorage.getItem(k), progressKey)).toBeNull();
  await expect(question.getByRole("button", { name: lt["progressFile.keepMine"] })).toBeFocused();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");

  await expect(question).toBeHidden();
  const status = page.locator("[data-progress-status]");
  await expect(status).toContainText(format(lt["progressFile.resolved"], { kept: 0, taken: 1 }));
  expect(JSON.parse((await page.evaluate((k) => localStorage.getItem(k), key))!).files).toEqual({
    "app.ts": "theirs",
  });
  await expect(homeMark(page, "routing")).toBeVisible();
  await expect(page.getByRole("button", { name: lt["progressFile.load"] })).toBeFocused();
});
