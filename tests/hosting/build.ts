/**
 * Where the hosting layer's build lives and how it was made: the course built for
 * `KOLBA_BASE=/flask/` and a lesson origin on a free loopback port, into `.tmp/hosting/`.
 */
import { join, resolve } from "node:path";

export const BASE = "/flask/";
export const root = resolve(".tmp/hosting");
export const dist = join(root, "dist");
export const recipes = join(root, "hosting");
/** The course built for one origin and no headers (`KOLBA_PREVIEW_ORIGIN=same-origin`, `/course/`). */
export const singleOriginDist = join(root, "single-origin", "dist");

/** The port the build names as the lesson origin (the servers under test listen there; previews on the next port). */
export function sitePort(): number {
  const port = Number(process.env.HOSTING_SITE_PORT);
  if (!Number.isInteger(port) || port <= 0)
    throw new Error("run through playwright.hosting.config.ts");
  return port;
}
