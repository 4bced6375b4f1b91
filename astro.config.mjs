// @ts-check
import mdx from "@astrojs/mdx";
import { defineConfig } from "astro/config";

/** Headers every page needs so that WebContainers can boot (cross-origin isolation). */
export const isolationHeaders = {
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Embedder-Policy": "require-corp",
};

export default defineConfig({
  site: "https://kolba.example",
  trailingSlash: "always",
  build: { format: "directory" },
  integrations: [mdx()],
  markdown: {
    shikiConfig: {
      themes: { light: "github-light", dark: "github-dark" },
      defaultColor: false,
      wrap: false,
    },
  },
  server: { headers: isolationHeaders },
  vite: {
    server: { headers: isolationHeaders },
    preview: { headers: isolationHeaders },
  },
});
