/**
 * Where previews load from and where the engine's files are. By default previews come from a
 * second origin of the same site, so a previewed app cannot reach the lesson page: on a numbered
 * port (development, tests) the next port on the same host, on a named host `preview.<host>`.
 * On a numbered port of a `.localhost` name (`http://kolba.localhost:4321`), whose every
 * subdomain the browser finds on this machine, each cell gets an origin of its own on the next
 * port (`http://*.kolba.localhost:4322`, see `preview-origins.ts`).
 * A build may name the preview origin (`KOLBA_PREVIEW_ORIGIN=https://preview.school.example`, or
 * `https://*.preview.school.example` for an origin per cell) or choose the lesson's own origin
 * (`KOLBA_PREVIEW_ORIGIN=same-origin`, for hosts that serve one origin only; docs/hosting.md
 * says what isolation that gives up).
 */
import { sitePath } from "../lib/site-path.ts";

/** The parts of a location this needs. */
export interface OriginParts {
  protocol: string;
  hostname: string;
  port: string;
}

/** The build's choice: "" (derived from the page's location), "same-origin", or an origin. */
const configured: string = import.meta.env?.KOLBA_PREVIEW_ORIGIN ?? "";

/** The engine's folder on both origins, under the site's base. */
export const enginePath: string = sitePath("/engine/");

/**
 * The preview origin for a lesson page at `where`.
 * @example previewOriginFor({ protocol: "http:", hostname: "127.0.0.1", port: "4399" }) // "http://127.0.0.1:4400"
 * @example previewOriginFor({ protocol: "https:", hostname: "a.example", port: "" }, "same-origin") // "https://a.example"
 * @example previewOriginFor({ protocol: "http:", hostname: "kolba.localhost", port: "4321" }) // "http://*.kolba.localhost:4322"
 */
export function previewOriginFor(where: OriginParts, setting: string = configured): string {
  const host = where.hostname;
  if (setting === "same-origin") {
    return `${where.protocol}//${host}${where.port === "" ? "" : `:${where.port}`}`;
  }
  if (setting !== "") return setting;
  if (where.port !== "") {
    const cells = host.endsWith(".localhost") ? "*." : "";
    return `${where.protocol}//${cells}${host}:${Number(where.port) + 1}`;
  }
  return `${where.protocol}//preview.${host}`;
}
