import en from "../../src/i18n/ui/en.ts";
import kk from "../../src/i18n/ui/kk.ts";
import lt from "../../src/i18n/ui/lt.ts";
import { expect, test } from "./fixtures.ts";

/**
 * The databases lesson's first cell in the in-page engine, in every language: the app's page in
 * the pane, the SQL behind it in the console, and the table with its rows in the inspector's
 * Database view after a request adds one.
 */

const dictionaries = { en, lt, kk } as const;

for (const [locale, words] of Object.entries(dictionaries)) {
  test(`${locale}: a database cell shows its rows, its SQL in the console and its tables in the inspector`, async ({
    page,
  }) => {
    await page.goto(`/${locale}/databases/`);
    const cell = page.locator('figure[data-cell="databases/first-model"]');
    await cell.getByRole("button", { name: words["cell.run"], exact: true }).click();
    const frame = cell.locator("iframe.cell-frame").contentFrame();
    await expect(frame.locator("body")).toHaveText("No books yet.", { timeout: 20_000 });
    const console = cell.locator(".cell-console");
    await expect(console).toContainText("CREATE TABLE book");
    await expect(console).toContainText("SELECT book.id, book.title, book.author");

    const builder = cell.locator(".cell-builder");
    await builder.locator("summary").click();
    await builder.getByLabel(words["cell.method"], { exact: true }).selectOption("POST");
    await builder.getByLabel(words["cell.path"], { exact: true }).fill("/books");
    await builder.getByLabel(words["cell.bodyKind"], { exact: true }).selectOption("form");
    await builder.getByLabel(words["cell.body"], { exact: true }).fill("title=Solaris\nauthor=Lem");
    await builder.getByRole("button", { name: words["cell.send"], exact: true }).click();
    await expect(builder.locator(".cell-built-answer")).toContainText("Saved <Book 1> with id 1");
    await expect(console).toContainText("INSERT INTO book (title, author) VALUES (?, ?)");
    await expect(console).toContainText("('Solaris', 'Lem')");

    await cell.locator(".cell-inspector > summary").click();
    const database = cell.locator(".cell-database");
    await expect(database.locator("summary")).toHaveText(words["cell.database"]);
    const table = database.locator("table", {
      has: page.locator("caption code", { hasText: "book" }),
    });
    await expect(table.locator("caption")).toContainText(
      words["cell.databaseRows"].replace("{count}", "1"),
    );
    await expect(table.locator("thead th")).toHaveText(["id", "title", "author"]);
    await expect(table.locator("tbody tr").first().locator("td")).toHaveText([
      "1",
      "Solaris",
      "Lem",
    ]);

    await frame.locator("body").waitFor();
    await cell.getByRole("button", { name: words["cell.run"], exact: true }).click();
    await expect(frame.locator("body")).toHaveText("No books yet.", { timeout: 20_000 });
  });
}
