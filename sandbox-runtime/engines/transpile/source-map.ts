/**
 * Source map v3 as the engines use it: decoded into per-line segments, edited, encoded, and
 * looked up from a generated position to the learner's.
 */
import { decodeVlq, encodeVlq } from "./vlq.ts";

/** A source map v3 object. */
export interface SourceMap {
  version: 3;
  file?: string;
  sources: string[];
  sourcesContent?: Array<string | null>;
  names: string[];
  mappings: string;
}

/** One mapping: a generated column (0-based) and, when mapped, the original place (0-based). */
export interface Segment {
  column: number;
  source?: number;
  line?: number;
  originalColumn?: number;
  name?: number;
}

/**
 * Decode `mappings` into one segment list per generated line.
 * @example
 * decodeMappings("AAAA;AACA"); // [[{ column: 0, source: 0, line: 0, originalColumn: 0 }], …]
 */
export function decodeMappings(mappings: string): Segment[][] {
  const lines: Segment[][] = [];
  let source = 0;
  let line = 0;
  let originalColumn = 0;
  let name = 0;
  for (const text of mappings.split(";")) {
    const segments: Segment[] = [];
    let column = 0;
    for (const group of text.split(",")) {
      if (group === "") continue;
      const [dc = 0, ds, dl, dcol, dn] = decodeVlq(group);
      column += dc;
      const segment: Segment = { column };
      if (ds !== undefined && dl !== undefined && dcol !== undefined) {
        source += ds;
        line += dl;
        originalColumn += dcol;
        segment.source = source;
        segment.line = line;
        segment.originalColumn = originalColumn;
        if (dn !== undefined) {
          name += dn;
          segment.name = name;
        }
      }
      segments.push(segment);
    }
    lines.push(segments);
  }
  return lines;
}

/**
 * Encode per-line segments back into `mappings`.
 * @example
 * encodeMappings(decodeMappings("AAAA;AACA")); // "AAAA;AACA"
 */
export function encodeMappings(lines: readonly Segment[][]): string {
  let source = 0;
  let line = 0;
  let originalColumn = 0;
  let name = 0;
  const out: string[] = [];
  for (const segments of lines) {
    let column = 0;
    const groups: string[] = [];
    for (const segment of segments) {
      const values = [segment.column - column];
      column = segment.column;
      if (segment.source !== undefined && segment.line !== undefined) {
        values.push(
          segment.source - source,
          segment.line - line,
          (segment.originalColumn ?? 0) - originalColumn,
        );
        source = segment.source;
        line = segment.line;
        originalColumn = segment.originalColumn ?? 0;
        if (segment.name !== undefined) {
          values.push(segment.name - name);
          name = segment.name;
        }
      }
      groups.push(encodeVlq(values));
    }
    out.push(groups.join(","));
  }
  return out.join(";");
}

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
    if (segment.source === undefined) continue;
    if (segment.column <= column) found = segment;
    else if (!found) found = segment;
    else break;
  }
  if (!found || found.source === undefined || found.line === undefined) return null;
  const source = sources[found.source];
  if (source === undefined) return null;
  return { source, line: found.line, column: found.originalColumn ?? 0 };
}
