/**
 * The JavaScript a lesson page costs before the learner touches anything: serves the existing
 * `dist/` (build it first), opens every lesson of every locale in Chromium, records every
 * JavaScript response (scripts, modules, workers) and every inline script until the network is
 * idle, and prints per page the gzip total and the list, then the largest page against the budget.
 * Usage: node bench/js-budget.ts [--budget-kb 50] [--port 4398]
 */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { chromium, type Response } from "@playwright/test";
import { chromiumPath } from "../playwright.config.ts";
import { serveDist } from "./serve-dist.ts";
import { locales } from "../src/lib/locales.ts";

const { values } = parseArgs({
  options: {
    "budget-kb": { type: "string", default: "50" },
    port: { type: "string", default: "4398" },
  },
});
const budget = Number(values["budget-kb"]) * 1024;
const root = join(import.meta.dirname, "..");
const dist = join(root, "dist");
const origin = `http://127.0.0.1:${values.port}`;

interface Item {
  what: string;
  raw: number;
  gzip: number;
}

function lessonPaths(): string[] {
  if (!existsSync(dist)) throw new Error("dist/ is missing: run `npm run build` first");
  return locales.flatMap((locale) =>
    readdirSync(join(dist, locale), { withFileTypes: true })
      .filter((e) => e.isDirectory() && e.name !== "404")
      .filter((e) => existsSync(join(dist, locale, e.name, "index.html")))
      .map((e) => `/${locale}/${e.name}/`)
      .sort(),
  );
}

function isJavaScript(response: Response): boolean {
  const type = response.request().resourceType();
  const contentType = response.headers()["content-type"] ?? "";
  return (
    type === "script" ||
    contentType.includes("javascript") ||
    /\.(m?js)(\?|$)/.test(new URL(response.url()).pathname)
  );
}

const sizeOf = (text: Buffer | string): { raw: number; gzip: number } => ({
  raw: Buffer.byteLength(text),
  gzip: gzipSync(text, { level: 9 }).length,
});

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const server = await serveDist(values.port!);
const browser = await chromium.launch({ executablePath: chromiumPath, args: ["--no-sandbox"] });
let worst = { path: "", gzip: 0 };
try {
  for (const path of lessonPaths()) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const pending: Promise<Item | null>[] = [];
    const collect = (response: Response) => {
      if (!isJavaScript(response)) return;
      pending.push(
        response
          .body()
          .then((body) => ({ what: new URL(response.url()).pathname, ...sizeOf(body) }))
          .catch(() => null),
      );
    };
    // Workers' and service workers' scripts are reported on the context as well.
    context.on("response", collect);
    await page.goto(origin + path, { waitUntil: "networkidle" });
    const inline = await page.evaluate(() =>
      [...document.querySelectorAll("script:not([src])")].map((s) => s.textContent ?? ""),
    );
    const items = (await Promise.all(pending)).filter((i): i is Item => i !== null);
    inline.forEach((text, index) => {
      items.push({ what: `(inline script ${index + 1})`, ...sizeOf(text) });
    });
    const total = items.reduce((sum, i) => sum + i.gzip, 0);
    console.log(`${path}  ${kb(total)} gzip, ${items.length} script(s)`);
    for (const item of items) {
      console.log(
        `    ${kb(item.gzip).padStart(9)} gzip  ${kb(item.raw).padStart(9)} raw  ${item.what}`,
      );
    }
    if (total >= worst.gzip) worst = { path, gzip: total };
    await context.close();
  }
  // Not part of the budget: what the first focus on the search box loads, for the record.
  for (const locale of locales) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${origin}/${locale}/`, { waitUntil: "networkidle" });
    const pending: Promise<Item | null>[] = [];
    context.on("response", (response) => {
      pending.push(
        response
          .body()
          .then((body) => ({ what: new URL(response.url()).pathname, ...sizeOf(body) }))
          .catch(() => null),
      );
    });
    await page.locator("input[type=search]").focus();
    await page.locator("input[type=search]").fill("flask");
    await page.locator("#search-results a").first().waitFor();
    await page.waitForLoadState("networkidle");
    const items = (await Promise.all(pending)).filter((i): i is Item => i !== null);
    const total = items.reduce((sum, i) => sum + i.gzip, 0);
    console.log(`/${locale}/ after searching "flask" (outside the budget): ${kb(total)} gzip`);
    for (const item of items) {
      console.log(
        `    ${kb(item.gzip).padStart(9)} gzip  ${kb(item.raw).padStart(9)} raw  ${item.what}`,
      );
    }
    await context.close();
  }
} finally {
  await browser.close();
  server.kill();
}
const within = worst.gzip <= budget;
console.log(
  `max: ${kb(worst.gzip)} gzip on ${worst.path}; budget ${kb(budget)}: ${within ? "within" : "OVER"}`,
);
process.exitCode = within ? 0 : 1;
