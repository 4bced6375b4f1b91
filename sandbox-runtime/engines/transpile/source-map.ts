/**
 * Source map v3 as the engines use it: decoded into per-line segments, edited, encoded, and
 * looked up from a generated position to the learner's.
 */
import { decode, encode, type SourceMapSegment } from "@jridgewell/sourcemap-codec";

/** A source map v3 object. */
export interface SourceMap {
  version: 3;
  file?: string;
  sources: string[];
  sourcesContent?: Array<string | null>;
  names: string[];
  mappings: string;
}

/**
 * One mapping, as `@jridgewell/sourcemap-codec` decodes it (all 0-based): `[column]`, or
 * `[column, source, line, originalColumn]`, or that and `name`.
 */
export type Segment = SourceMapSegment;

/**
 * Decode `mappings` into one segment list per generated line.
 * @example
 * decodeMappings("AAAA;AACA"); // [[[0, 0, 0, 0]], [[0, 0, 1, 0]]]
 */
export const decodeMappings: (mappings: string) => Segment[][] = decode;

/**
 * Encode per-line segments back into `mappings`.
 * @example
 * encodeMappings(decodeMappings("AAAA;AACA")); // "AAAA;AACA"
 */
export const encodeMappings: (lines: readonly Segment[][]) => string = encode;

/** An original position: source file, 0-based line and column. */
export interface OriginalPosition {
  source: string;
  line: number;
  column: number;
}

/**
 * Find the original place of a generated 0-based line and column: the last mapped segment at
 * or before the column, else the line's first mapped segment.
 * @example
 * originalPositionFor(decodeMappings(map.mappings), map.sources, 6, 8);
 */
export function originalPositionFor(
  lines: readonly Segment[][],
  sources: readonly string[],
  line: number,
  column: number,
): OriginalPosition | null {
  const segments = lines[line];
  if (!segments) return null;
  let found: Segment | undefined;
  for (const segment of segments) {
    if (segment.length === 1) continue;
    if (segment[0] <= column) found = segment;
    else if (!found) found = segment;
    else break;
  }
  if (!found || found.length === 1) return null;
  const source = sources[found[1]];
  if (source === undefined) return null;
  return { source, line: found[2], column: found[3] };
}
