/**
 * The fixture's two origins. The lesson page and the previews sit on two hosts of one site
 * (`kolba.test`), as a deployment would put them (`kolba.example`, `preview.kolba.example`):
 * different origins, so the preview cannot reach the lesson page, but the same site, so
 * Chromium lets the framed preview origin register its Service Worker. Chromium maps both
 * names to loopback and treats them as secure contexts (see `playwright.runtime.config.ts`).
 */

/** The fixture server's port. */
export const FIXTURE_PORT = Number(process.env.KOLBA_WORKER_FIXTURE_PORT ?? 4517);

/** The lesson page's origin. */
export const LESSON_ORIGIN = `http://lesson.kolba.test:${FIXTURE_PORT}`;

/** The previews' origin. */
export const PREVIEW_ORIGIN = `http://preview.kolba.test:${FIXTURE_PORT}`;

/** Chromium switches that make the two names work on loopback. */
export const CHROMIUM_ORIGIN_ARGS = [
  "--host-resolver-rules=MAP *.kolba.test 127.0.0.1",
  `--unsafely-treat-insecure-origin-as-secure=${LESSON_ORIGIN},${PREVIEW_ORIGIN}`,
];
