/**
 * Where previews load from: a second origin of the same site, so a previewed app cannot reach
 * the lesson page. On a numbered port (development, tests) it is the next port on the same
 * host; on a named host it is `preview.<host>`.
 */

/** The parts of a location this needs. */
export interface OriginParts {
  protocol: string;
  hostname: string;
  port: string;
}

/**
 * The preview origin for a lesson page at `where`.
 * @example previewOriginFor({ protocol: "http:", hostname: "127.0.0.1", port: "4399" }) // "http://127.0.0.1:4400"
 */
export function previewOriginFor(where: OriginParts): string {
  const host = where.hostname;
  if (where.port !== "") return `${where.protocol}//${host}:${Number(where.port) + 1}`;
  return `${where.protocol}//preview.${host}`;
}
