/**
 * Writes what a build leaves for hosting it: beside the site's files its settings
 * (`_kolba-site.json`, read by `scripts/serve.ts` and the offline bundle), the lesson site's
 * `_headers` (Netlify, Cloudflare Pages) and `vercel.json`; and in `hosting/` next to the
 * site's folder the nginx and Caddy recipes and `preview-site/`, the preview origin's whole
 * site for hosts that publish a folder (docs/hosting.md).
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import {
  caddyfile,
  lessonHeadersFile,
  lessonVercelJson,
  nginxConf,
  isPreviewFile,
  PREVIEW_FILES,
  previewHeadersFile,
  previewVercelJson,
} from "./hosting.ts";
import { SITE_CONFIG_FILE, type SiteConfig } from "./site-config.ts";

/** The folder the recipes go to for a site built into `outDir`. */
export function hostingDir(outDir: string): string {
  return join(dirname(resolve(outDir)), "hosting");
}

/**
 * Write the settings and recipes for a site built into `outDir`; returns the recipes' folder and
 * the engine's preview files the site lacks (a build made without `npm run build`'s engine step
 * has none: its preview site is then left without them).
 * @example writeHostingFiles("dist", siteConfig(process.env), ["en", "lt", "kk"])
 */
export function writeHostingFiles(
  outDir: string,
  config: SiteConfig,
  locales: readonly string[],
): { folder: string; missing: string[] } {
  const site = resolve(outDir);
  writeFileSync(
    join(site, SITE_CONFIG_FILE),
    `${JSON.stringify({ ...config, locales }, null, 2)}\n`,
  );
  writeFileSync(join(site, "_headers"), lessonHeadersFile(config));
  writeFileSync(join(site, "vercel.json"), lessonVercelJson(config));

  const out = hostingDir(outDir);
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, "nginx.conf"), nginxConf(config, site, locales));
  writeFileSync(join(out, "Caddyfile"), caddyfile(config, site, locales));
  const preview = join(out, "preview-site");
  const engine = join(preview, ...config.base.split("/").filter(Boolean), "engine");
  mkdirSync(engine, { recursive: true });
  const missing: string[] = [];
  const built = join(site, "engine");
  for (const file of existsSync(built) ? readdirSync(built) : []) {
    if (isPreviewFile(file)) copyFileSync(join(built, file), join(engine, file));
  }
  for (const file of [...PREVIEW_FILES, "cell-worker.js"]) {
    if (!existsSync(join(built, file))) missing.push(`engine/${file}`);
  }
  writeFileSync(join(preview, "_headers"), previewHeadersFile(config));
  writeFileSync(join(preview, "vercel.json"), previewVercelJson(config));
  return { folder: out, missing };
}
