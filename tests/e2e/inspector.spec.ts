import en from "../../src/i18n/ui/en.ts";
import { expect, replaceCode, test } from "./fixtures.ts";

/**
 * The inspector shows what the preview frame's requests carried to the app and back: the
 * cookies the engine's jar sent and the ones the app set, which the frame itself never sees
 * (a Service Worker's response cannot hand `Set-Cookie` to the browser).
 */

const program = [
  'import { Flask, makeResponse, request } from "flask";',
  "const app = new Flask(import.meta.url);",
  'app.route("/", function index() {',
  '  const res = makeResponse(\'<a id="next" href="/seen">next</a>\');',
  '  res.setCookie("flavour", "oat", { httpOnly: true });',
  "  return res;",
  "});",
  'app.route("/seen", function seen() {',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the learner's TypeScript, as text
  '  return `<p id="seen">${request.cookies.get("flavour") ?? "none"}</p>`;',
  "});",
  "app.run();",
].join("\n");

test("a preview navigation shows the cookies set and then sent", async ({ page }) => {
  await page.goto("/en/hello-flask/");
  const cell = page.locator('figure[data-cell="hello-flask/smallest-app"]');
  await replaceCode(page, cell, program);
  await cell.getByRole("button", { name: en["cell.run"], exact: true }).click();

  const frame = cell.locator("iframe.cell-frame").contentFrame();
  await frame.locator("#next").click();
  await expect(frame.locator("#seen")).toHaveText("oat", { timeout: 20_000 });

  await cell.locator(".cell-inspector > summary").click();
  const exchange = (summary: RegExp) =>
    cell.locator(".cell-exchange").filter({ has: page.locator("summary", { hasText: summary }) });
  const first = exchange(/^GET \/ 200/);
  const second = exchange(/^GET \/seen 200/);
  await first.locator("summary").click();
  await second.locator("summary").click();
  await expect(first).toContainText(`${en["cell.cookiesSet"]}: flavour=oat`);
  await expect(first).toContainText("Set-Cookie");
  await expect(second).toContainText(`${en["cell.cookiesSent"]}: flavour=oat`);
});
