/**
 * Where the built site serves the live cell's bundle. `astro build` writes it there (the
 * integration in `astro.config.mjs`), outside Vite's chunks, so the bootstrap that every lesson
 * page inlines imports nothing until the learner touches a cell.
 */
export const LIVE_CELL_DIR = "_cell";
export const LIVE_CELL_URL = `/${LIVE_CELL_DIR}/live-cell.js`;
