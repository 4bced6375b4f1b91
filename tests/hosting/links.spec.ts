/**
 * Every internal link of the course built under `/flask/` resolves to a file of the build: links,
 * scripts, styles, icons, the cells' data (transpiled code, solutions) and CSS `url()`s. Code shown
 * in lessons (`<pre>`) is text, not links, and is left out.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { expect, test } from "@playwright/test";
import { BASE, dist } from "./build.ts";

function filesUnder(dir: string, ext: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path, ext);
    return path.endsWith(ext) ? [path] : [];
  });
}

/** The page's URL path for a built HTML file (`en/routing/index.html` → `/flask/en/routing/`). */
function pageUrl(file: string): URL {
  const path = relative(dist, file)
    .split(sep)
    .join("/")
    .replace(/(^|\/)index\.html$/, "$1");
  return new URL(`${BASE}${path}`, "http://course.test");
}

/** Whether a path under the base names a file of the build (a folder: its index.html). */
function resolves(pathname: string): boolean {
  if (!pathname.startsWith(BASE)) return false;
  const inside = decodeURIComponent(pathname.slice(BASE.length));
  for (const candidate of [join(dist, inside), join(dist, inside, "index.html")]) {
    try {
      if (statSync(candidate).isFile()) return true;
    } catch {
      // Not this one.
    }
  }
  return false;
}

/** The URLs a page links to, outside the code it shows. */
function linksOf(html: string): string[] {
  const markup = html.replace(/<(pre|script|style|template)\b[\s\S]*?<\/\1>/gi, "");
  const urls: string[] = [];
  for (const tag of markup.matchAll(/<[a-zA-Z][^>]*>/g)) {
    for (const attr of tag[0].matchAll(/\s(?:href|src|action|poster)="([^"]*)"/g)) {
      urls.push(attr[1] ?? "");
    }
  }
  // The cells' data the page fetches when a learner runs or asks for a solution.
  for (const data of html.matchAll(/"((?:\/[^"/]+)*\/(?:transpiled|solutions)\/[^"]+\.json)"/g)) {
    urls.push(data[1] ?? "");
  }
  return urls;
}

test("every internal link, script, style and data URL of every page resolves under the base", () => {
  const pages = filesUnder(dist, ".html");
  expect(pages.length).toBeGreaterThan(40);
  const broken: string[] = [];
  let checked = 0;
  for (const file of pages) {
    const page = pageUrl(file);
    for (const raw of linksOf(readFileSync(file, "utf8"))) {
      if (raw === "" || raw.startsWith("#") || /^(mailto|data|javascript):/.test(raw)) continue;
      const url = new URL(raw.replaceAll("&amp;", "&"), page);
      if (url.origin !== page.origin) continue;
      checked += 1;
      if (!resolves(url.pathname)) broken.push(`${relative(dist, file)}: ${raw}`);
    }
  }
  expect(broken).toEqual([]);
  expect(checked).toBeGreaterThan(1000);
});

test("the styles' url()s resolve under the base", () => {
  const broken: string[] = [];
  for (const file of filesUnder(join(dist, "_astro"), ".css")) {
    for (const match of readFileSync(file, "utf8").matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) {
      const raw = match[1] ?? "";
      if (raw.startsWith("data:")) continue;
      const url = new URL(raw, new URL(`${BASE}_astro/x.css`, "http://course.test"));
      if (!resolves(url.pathname)) broken.push(`${relative(dist, file)}: ${raw}`);
    }
  }
  expect(broken).toEqual([]);
});

test("the site's absolute links (alternates) name the configured site and base", () => {
  const html = readFileSync(join(dist, "lt", "routing", "index.html"), "utf8");
  const alternates = [...html.matchAll(/<link rel="alternate" hreflang="(\w+)" href="([^"]+)"/g)];
  expect(alternates.map((m) => m[1])).toEqual(["en", "lt", "kk"]);
  for (const [, locale, href] of alternates) {
    const url = new URL(href ?? "");
    expect(url.port).toBe(process.env.HOSTING_SITE_PORT);
    expect(url.pathname).toBe(`${BASE}${locale}/routing/`);
  }
});
