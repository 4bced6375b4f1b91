import { sitePath } from "../lib/site-path.ts";

/**
 * Where the built site serves the live cell's bundles. `astro build` writes them there (the
 * integration in `astro.config.mjs`), outside Vite's chunks, so the bootstrap that every lesson
 * page inlines imports nothing until the learner touches a cell (or opens a share link).
 */
export const LIVE_CELL_DIR = "_cell";
export const LIVE_CELL_URL = sitePath(`/${LIVE_CELL_DIR}/live-cell.js`);
export const PAGE_ENGINE_URL = sitePath(`/${LIVE_CELL_DIR}/page-engine.js`);
export const SHARE_NOTICE_URL = sitePath(`/${LIVE_CELL_DIR}/share-notice.js`);
