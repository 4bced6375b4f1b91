// @ts-check

import { fileURLToPath } from "node:url";
import mdx from "@astrojs/mdx";
import { defineConfig } from "astro/config";
import { build } from "esbuild";
import { writeHostingFiles } from "./src/lib/hosting-files.ts";
import { course } from "./src/lib/course.ts";
import { siteConfig } from "./src/lib/site-config.ts";
import { summaryLine, translationStatus } from "./src/lib/translation-status.ts";

/** Where this build will be served (KOLBA_SITE, KOLBA_BASE, KOLBA_PREVIEW_ORIGIN; docs/hosting.md). */
const where = siteConfig(process.env);

/** Values the page scripts read from `import.meta.env`, the same in both bundlers. */
const pageEnv = { BASE_URL: where.base, KOLBA_PREVIEW_ORIGIN: where.previewOrigin };

/** Headers every page needs so that WebContainers can boot (cross-origin isolation). */
export const isolationHeaders = {
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Embedder-Policy": "require-corp",
};

/**
 * Bundle the live cell (editor, engine page side, pane) to `/_cell/live-cell.js` in the built
 * site, the page's engine alone to `/_cell/page-engine.js` (a small module the bootstrap loads
 * beside the editor, so the engine starts loading first), and the share-link notice to
 * `/_cell/share-notice.js`, and the home page's progress block to `/_cell/progress-file.js`. Lesson pages inline only a small bootstrap that imports these URLs on
 * the learner's first interaction with a cell, so no script is fetched before then.
 * @returns {import("astro").AstroIntegration}
 */
function liveCellBundle() {
  return {
    name: "kolba-live-cell",
    hooks: {
      "astro:build:done": async ({ dir }) => {
        await build({
          entryPoints: [
            "live-cell.ts",
            "page-engine.ts",
            "share-notice.ts",
            "progress-file.ts",
          ].map((entry) => fileURLToPath(new URL(`./src/client/${entry}`, import.meta.url))),
          outdir: fileURLToPath(new URL("./_cell/", dir)),
          entryNames: "[name]",
          chunkNames: "chunks/[name]-[hash]",
          bundle: true,
          splitting: true,
          format: "esm",
          platform: "browser",
          target: "es2022",
          minify: true,
          legalComments: "none",
          logLevel: "warning",
          define: { "import.meta.env": JSON.stringify({ ...pageEnv, DEV: false }) },
        });
      },
    },
  };
}

/**
 * Write the build's settings and the hosting recipes (docs/hosting.md) once the site is built.
 * @returns {import("astro").AstroIntegration}
 */
function hostingRecipes() {
  return {
    name: "kolba-hosting",
    hooks: {
      "astro:build:done": ({ dir, logger }) => {
        const { folder, missing } = writeHostingFiles(fileURLToPath(dir), where, course().locales);
        logger.info(`Hosting recipes for ${where.site}${where.base}: ${folder}/ (docs/hosting.md)`);
        if (missing.length > 0) {
          logger.warn(
            `The site has no ${missing.join(", ")}: run npm run build, which builds the engine first`,
          );
        }
      },
    },
  };
}

/**
 * Print one line at the start of every build counting the translations that are current, stale
 * or missing against their English lessons (`npm run i18n:status` lists them).
 * @returns {import("astro").AstroIntegration}
 */
function translationSummary() {
  return {
    name: "kolba-translations",
    hooks: {
      "astro:config:setup": ({ logger }) => {
        // Read (and check) the course file first: a wrong one stops the build here.
        const { file, lessons, drafts, locales } = course();
        logger.info(
          `Course (${file}): ${lessons.length} lessons, ${drafts.length} drafts, in ${locales.join(", ")}`,
        );
      },
      "astro:build:start": ({ logger }) => {
        logger.info(
          summaryLine(translationStatus(fileURLToPath(new URL("./lessons/", import.meta.url)))),
        );
      },
    },
  };
}

export default defineConfig({
  site: where.site,
  base: where.base,
  trailingSlash: "always",
  build: { format: "directory" },
  integrations: [mdx(), liveCellBundle(), hostingRecipes(), translationSummary()],
  markdown: {
    shikiConfig: {
      themes: { light: "github-light", dark: "github-dark" },
      defaultColor: false,
      wrap: false,
    },
  },
  server: { headers: isolationHeaders },
  vite: {
    define: {
      "import.meta.env.KOLBA_PREVIEW_ORIGIN": JSON.stringify(where.previewOrigin),
    },
    server: { headers: isolationHeaders },
    preview: { headers: isolationHeaders },
  },
});
