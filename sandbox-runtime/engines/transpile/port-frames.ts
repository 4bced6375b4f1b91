/**
 * The port's own stack frames, named as Python names Flask's: the port's source file and line
 * and the real function name (`node_modules/flask/app.ts:812 in Flask.makeResponse`), whether
 * the port ran as the in-page engine's minified bundle or as the module tree Node and
 * WebContainers load. The learner's frames are not touched here (see `source-map-resolver.ts`).
 */
import type { FrameResolver } from "./source-map-resolver.ts";
import { decodeMappings, originalPositionFor, type Segment, type SourceMap } from "./source-map.ts";

/** Where the in-page engine's bundle files claim to live (their `//# sourceURL`). */
export const PORT_BUNDLE_BASE = "file:///node_modules/flask/";

/** A bundle's source map as the engine's build writes it, beside the bundle (`<file>.map`). */
export interface BundleSourceMap extends SourceMap {
  /** Minified top-level names of classes and functions, with the names the port gave them. */
  x_kolba_declared?: Record<string, string>;
}

/** Maps a port frame to its readable form, or null when the frame is not the port's. */
export type PortFrameResolver = FrameResolver;

/** What a port frame resolver reads. */
export interface PortFrameOptions {
  /**
   * Read a bundle's source map by the bundle's file name (`cell-worker.js`), synchronously,
   * only when a frame in that bundle is first formatted; null when there is none.
   */
  loadBundleMap?: (bundle: string) => BundleSourceMap | null;
  /** The name the port's package has in a module tree (`node_modules/flask/…`). Default `flask`. */
  packageName?: string;
}

/** Folders of the port that a cell imports as packages of their own. */
const OWN_PACKAGES = new Set(["flask", "flask-sqlalchemy", "pytest"]);

/**
 * The readable name of a port source file, from its path inside the port's folder: what a
 * cell imports as a package (`flask/app.ts`) under that package's name, the rest (the engines)
 * inside the `flask` package.
 * @example
 * portSourceName("flask/app.ts"); // "node_modules/flask/app.ts"
 * portSourceName("engines/node/server.ts"); // "node_modules/flask/engines/node/server.ts"
 */
export function portSourceName(path: string): string {
  const clean = path.replace(/^\.?\//, "");
  const top = clean.slice(0, clean.indexOf("/"));
  return OWN_PACKAGES.has(top) ? `node_modules/${clean}` : `node_modules/flask/${clean}`;
}

/**
 * The readable name of a file of a cell's module tree under `node_modules/` (the port's
 * modules are `.ts` turned `.js` in place, line for line), or null for a file outside it.
 * @example
 * moduleTreeFileName("file:///tmp/kolba-cell-1/node_modules/flask/flask/app.js"); // "node_modules/flask/app.ts"
 * moduleTreeFileName("file:///tmp/kolba-cell-1/.kolba/one-at-a-time.js"); // "node_modules/flask/engines/one-at-a-time.ts"
 */
export function moduleTreeFileName(file: string, packageName = "flask"): string | null {
  // The engine's own start-up modules sit beside the cell in `.kolba/` (built from `engines/`,
  // line for line, as the port is).
  const engine = file.lastIndexOf("/.kolba/");
  if (engine >= 0) {
    const inside = file.slice(engine + "/.kolba/".length).replace(/[?#].*$/, "");
    return portSourceName(`engines/${inside.replace(/\.js$/, ".ts")}`);
  }
  const at = file.lastIndexOf("/node_modules/");
  if (at < 0) return null;
  const inside = file.slice(at + "/node_modules/".length).replace(/[?#].*$/, "");
  const portPrefix = `${packageName}/`;
  if (!inside.startsWith(portPrefix)) return `node_modules/${inside}`;
  return portSourceName(inside.slice(portPrefix.length).replace(/\.js$/, ".ts"));
}

/**
 * A V8 function name with the bundle's minified class or function names given back: the first
 * part of `Type.method`, a bare name, after `async ` or `new `.
 * @example
 * originalFunctionName("async Jr.wsgiApp", { Jr: "Flask" }); // "async Flask.wsgiApp"
 */
export function originalFunctionName(name: string, declared: Record<string, string>): string {
  return name.replace(
    /^((?:async |new )?)([\w$]+)(?=\.|$| \[)/,
    (whole, prefix: string, word: string) =>
      Object.hasOwn(declared, word) ? `${prefix}${declared[word]}` : whole,
  );
}

interface LoadedBundle {
  lines: Segment[][];
  sources: string[];
  declared: Record<string, string>;
}

/**
 * Build a resolver for the port's frames: a frame in the in-page engine's bundle is mapped
 * through the bundle's source map (read on first use) to the port's file, line and function
 * name; a frame of a module tree's `node_modules/` keeps its place under its readable name.
 * A bundle frame whose map cannot be read still never shows the bundle: it names the package.
 * @example
 * const port = createPortFrameResolver({ loadBundleMap: readMapSync });
 * port({ file: "file:///node_modules/flask/cell-worker.js", line: 103, column: 2210, name: "Jr.makeResponse" });
 * // { file: "node_modules/flask/app.ts", line: 812, column: 12, name: "Flask.makeResponse" }
 */
export function createPortFrameResolver(options: PortFrameOptions = {}): PortFrameResolver {
  const bundles = new Map<string, LoadedBundle | null>();
  const bundle = (file: string): LoadedBundle | null => {
    if (!bundles.has(file)) {
      let loaded: LoadedBundle | null = null;
      try {
        const map = options.loadBundleMap?.(file) ?? null;
        if (map) {
          loaded = {
            lines: decodeMappings(map.mappings),
            sources: map.sources,
            declared: map.x_kolba_declared ?? {},
          };
        }
      } catch {
        // A map that cannot be read or parsed leaves the package's name in the frame.
      }
      bundles.set(file, loaded);
    }
    return bundles.get(file) ?? null;
  };
  return (frame) => {
    const file = frame.file.replace(/[?#].*$/, "");
    if (file.startsWith(PORT_BUNDLE_BASE)) {
      const name = file.slice(PORT_BUNDLE_BASE.length);
      const loaded = bundle(name);
      const main = name === "cell-worker.js" ? loaded : bundle("cell-worker.js");
      const declared = { ...main?.declared, ...loaded?.declared };
      const renamed =
        frame.name === undefined ? {} : { name: originalFunctionName(frame.name, declared) };
      const found = loaded
        ? originalPositionFor(
            loaded.lines,
            loaded.sources,
            frame.line - 1,
            Math.max(0, frame.column - 1),
          )
        : null;
      if (!found) return { file: "node_modules/flask", line: 0, column: 0, ...renamed };
      return { file: found.source, line: found.line + 1, column: found.column + 1, ...renamed };
    }
    const readable = moduleTreeFileName(file, options.packageName);
    if (readable === null) return null;
    return {
      file: readable,
      line: frame.line,
      column: frame.column,
      ...(frame.name === undefined ? {} : { name: frame.name }),
    };
  };
}
