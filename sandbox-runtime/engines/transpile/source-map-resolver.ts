/**
 * Map a stack frame in transpiled code back to the learner's file, line and column. The shape
 * matches the port's `setSourceMapResolver`.
 */
import { decodeMappings, originalPositionFor, type Segment, type SourceMap } from "./source-map.ts";

/** A stack frame position: 1-based line and column, as V8 prints them. */
export interface FramePosition {
  file: string;
  line: number;
  column: number;
  /** The function's name as the stack prints it (`Flask.makeResponse`), when it has one. */
  name?: string;
}

/** Maps a transpiled frame to the learner's, or null when the frame is not the cell's. */
export type FrameResolver = (frame: FramePosition) => FramePosition | null;

/**
 * True for a file of a package (the port, nunjucks) rather than the learner's: port frames are
 * named under `node_modules/`, where no cell file lives.
 * @example isPackageFile("node_modules/flask/app.ts"); // true
 */
export function isPackageFile(file: string): boolean {
  return file === "node_modules" || file.startsWith("node_modules/");
}

/**
 * A resolver for the cell's frames that also gives the port's frames their readable place and
 * name (`createPortFrameResolver`); the first learner frame is still the first cell frame.
 * @example
 * const resolve = withPortFrames(createSourceMapResolver(maps), createPortFrameResolver());
 */
export function withPortFrames(cell: FrameResolver, port: FrameResolver): FrameResolver {
  return (frame) => cell(frame) ?? port(frame);
}

/** Where the cell's output files live, so only frames from there are mapped. */
export interface ResolverOptions {
  /** Prefixes a frame's file carries before the cell path (`file:///tmp/kolba-cell-1/`). */
  bases?: string[];
}

function cellPathOf(
  file: string,
  keys: readonly string[],
  bases: readonly string[] | undefined,
): string | null {
  const clean = file.replace(/[?#].*$/, "");
  if (bases) {
    for (const base of bases) {
      if (clean.startsWith(base) && keys.includes(clean.slice(base.length)))
        return clean.slice(base.length);
    }
    return null;
  }
  // A package's file may share a cell file's name (the port's own app.js); never map those.
  if (clean.includes("/node_modules/")) return null;
  // Longest first, so `lib/models.js` wins over `models.js`.
  for (const key of keys) {
    if (clean === key || clean.endsWith(`/${key}`)) return key;
  }
  return null;
}

/**
 * Build a resolver over a cell's source maps (keyed by output path, e.g. `app.js`). A frame's
 * file must start with one of `bases`; without bases, any path or URL ending in an output path
 * (outside `node_modules`) is the cell's.
 * @example
 * const resolve = createSourceMapResolver(transpileCell(cell).maps);
 * resolve({ file: "file:///tmp/cell/app.js", line: 7, column: 9 }); // { file: "app.ts", line: 7, column: 9 }
 */
export function createSourceMapResolver(
  maps: Record<string, SourceMap>,
  options: ResolverOptions = {},
): FrameResolver {
  const keys = Object.keys(maps).sort((a, b) => b.length - a.length);
  const decoded = new Map<string, Segment[][]>();
  return (frame) => {
    const key = cellPathOf(frame.file, keys, options.bases);
    if (key === null) return null;
    const map = maps[key];
    if (!map) return null;
    let lines = decoded.get(key);
    if (!lines) {
      lines = decodeMappings(map.mappings);
      decoded.set(key, lines);
    }
    const found = originalPositionFor(
      lines,
      map.sources,
      frame.line - 1,
      Math.max(0, frame.column - 1),
    );
    if (!found) return null;
    return { file: found.source, line: found.line + 1, column: found.column + 1 };
  };
}

const FRAME =
  /(\(|at |@)((?:file|https?|blob):\/\/[^\s()]+|\/[^\s():]+|[\w./-]+\.js):(\d+):(\d+)(\)?)/g;

/** A V8 frame with a function name: `    at Jr.makeResponse (file:///…/cell-worker.js:103:2210)`. */
const NAMED_FRAME = /^(\s*at )(.+?) \((\S+):(\d+):(\d+)\)$/;

/**
 * Rewrite every `file:line:column` in a stack that the resolver knows to the learner's place,
 * and a frame's function name to the one the resolver gives (the port's own names).
 * @example
 * mapStack(error.stack ?? "", resolve); // "at index (app.ts:7:9)"
 */
export function mapStack(stack: string, resolve: FrameResolver): string {
  return stack
    .split("\n")
    .map((text) => {
      const named = NAMED_FRAME.exec(text);
      if (named) {
        const [, at, name, file, line, column] = named as unknown as string[];
        const found = resolve({
          file: file as string,
          line: Number(line),
          column: Number(column),
          name: name as string,
        });
        if (found)
          return `${at}${found.name ?? name} (${found.file}:${found.line}:${found.column})`;
      }
      return text.replace(
        FRAME,
        (whole, open: string, file: string, line: string, column: string, close: string) => {
          const found = resolve({ file, line: Number(line), column: Number(column) });
          return found ? `${open}${found.file}:${found.line}:${found.column}${close}` : whole;
        },
      );
    })
    .join("\n");
}

/**
 * The first frame of a stack that belongs to the cell, mapped to the learner's place (a
 * package's frame, which a resolver may also name, is never the learner's).
 * @example
 * firstCellFrame(error.stack ?? "", resolve); // { file: "app.ts", line: 7, column: 9 }
 */
export function firstCellFrame(stack: string, resolve: FrameResolver): FramePosition | null {
  for (const match of stack.matchAll(FRAME)) {
    const found = resolve({
      file: match[2] as string,
      line: Number(match[3]),
      column: Number(match[4]),
    });
    if (found && !isPackageFile(found.file)) return found;
  }
  return null;
}
