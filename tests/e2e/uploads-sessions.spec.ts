import en from "../../src/i18n/ui/en.ts";
import kk from "../../src/i18n/ui/kk.ts";
import lt from "../../src/i18n/ui/lt.ts";
import { expect, test } from "./fixtures.ts";

/**
 * Two learner paths of the forms and sessions lessons, in every language: a file sent from the
 * pane's request builder is saved by the app and served back in the preview; and a login through
 * the preview shows, in the inspector, what the signed session cookie holds, until logging out
 * empties it.
 */

const dictionaries = { en, lt, kk } as const;

for (const [locale, words] of Object.entries(dictionaries)) {
  test(`${locale}: a file sent from the request builder is saved and served back`, async ({
    page,
  }) => {
    await page.goto(`/${locale}/forms-and-uploads/`);
    const cell = page.locator('figure[data-cell="forms-and-uploads/upload"]');
    await cell.getByRole("button", { name: words["cell.run"], exact: true }).click();
    const frame = cell.locator("iframe.cell-frame").contentFrame();
    await expect(frame.locator('input[type="file"]')).toBeVisible({ timeout: 20_000 });

    const builder = cell.locator(".cell-builder");
    await builder.locator("summary").click();
    await builder.getByLabel(words["cell.method"], { exact: true }).selectOption("POST");
    await builder.getByLabel(words["cell.path"], { exact: true }).fill("/upload");
    await builder.getByLabel(words["cell.bodyKind"], { exact: true }).selectOption("multipart");
    await builder.getByLabel(words["cell.fileField"], { exact: true }).fill("photo");
    await builder.getByLabel(words["cell.uploadFiles"], { exact: true }).setInputFiles({
      name: "my notes.txt",
      mimeType: "text/plain",
      buffer: Buffer.from("Kolba keeps this file.\n"),
    });
    await builder.getByRole("button", { name: words["cell.send"], exact: true }).click();
    // The app answers with a redirect to where it saved the file, under a safe name.
    const answer = builder.locator(".cell-built-answer");
    await expect(answer).toContainText("302");
    await expect(answer).toContainText("/uploads/my_notes.txt");

    // The inspector shows the multipart body part by part.
    await cell.locator(".cell-inspector > summary").click();
    const sent = cell.locator(".cell-exchange", { hasText: "POST /upload" });
    await sent.locator("summary").click();
    await expect(sent).toContainText(words["cell.multipartParts"].replace("{count}", "1"));
    await expect(sent).toContainText("my notes.txt");

    const address = cell.getByLabel(words["cell.address"], { exact: true });
    await address.fill("/uploads/my_notes.txt");
    await address.press("Enter");
    await expect(frame.locator("body")).toHaveText("Kolba keeps this file.", { timeout: 10_000 });
  });

  test(`${locale}: the inspector reads the session cookie of a login, and logging out empties it`, async ({
    page,
  }) => {
    await page.goto(`/${locale}/sessions/`);
    const cell = page.locator('figure[data-cell="sessions/login-logout"]');
    await cell.getByRole("button", { name: words["cell.run"], exact: true }).click();
    const frame = cell.locator("iframe.cell-frame").contentFrame();
    await frame.locator('input[name="user"]').fill("Ona", { timeout: 20_000 });
    await frame.getByRole("button", { name: "Log in" }).click();
    await expect(frame.locator("strong")).toHaveText("Ona");

    await cell.locator(".cell-inspector > summary").click();
    const login = cell.locator(".cell-exchange", { hasText: "POST /login" });
    await login.locator("summary").click();
    const holds = words["cell.sessionCookie"].replace("{name}", "session");
    await expect(login).toContainText(holds);
    await expect(login).toContainText('"user": "Ona"');
    await expect(login).toContainText(words["cell.sessionSigned"]);

    await frame.getByRole("link", { name: "Log out" }).click();
    await expect(frame.locator("form")).toBeVisible();
    await expect(frame.locator("strong")).toHaveCount(0);
  });
}
