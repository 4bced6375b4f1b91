/**
 * The source map the engine's build writes beside each bundle file, shaped for tracebacks:
 * sources named as the learner reads them (`node_modules/flask/app.ts`), no source text, and
 * the minified names of the bundle's classes and functions with the names the port gave them.
 */
import { isAbsolute, relative, resolve } from "node:path";
import type { BundleSourceMap } from "../transpile/port-frames.ts";
import { portSourceName } from "../transpile/port-frames.ts";
import {
  decodeMappings,
  encodeMappings,
  type Segment,
  type SourceMap,
} from "../transpile/source-map.ts";

/** What a bundle's map is read against. */
export interface PortMapPlaces {
  /** The folder the bundle and its map were written to (the map's sources are relative to it). */
  outDir: string;
  /** The port's folder (`sandbox-runtime`): its files are named by `portSourceName`. */
  portRoot: string;
}

/** A declaration's name: after `class`, `function`, `function*`, or `var`/`let`/`const`/`,` before `=`. */
const DECLARES = /(?:\bclass|\bfunction\s*\*?|\b(?:var|let|const))\s*$/;
const ASSIGNED = /(?:\b(?:var|let|const)|,)\s*$/;

function readableSource(source: string, places: PortMapPlaces): string {
  const absolute = resolve(places.outDir, source);
  const inPort = relative(places.portRoot, absolute);
  if (!inPort.startsWith("..") && !isAbsolute(inPort))
    return portSourceName(inPort.split("\\").join("/"));
  const posix = absolute.split("\\").join("/");
  const at = posix.lastIndexOf("/node_modules/");
  return at >= 0 ? posix.slice(at + 1) : source;
}

/**
 * The minified names of classes and functions the bundle declares, with their own names;
 * a minified name that stands for two names in different scopes is left out.
 * @example
 * declaredNames(map, "class Jr{…}"); // { Jr: "Flask", … }
 */
export function declaredNames(map: SourceMap, code: string): Record<string, string> {
  const lines = code.split("\n");
  const found = new Map<string, string | null>();
  for (const [index, segments] of decodeMappings(map.mappings).entries()) {
    const text = lines[index] ?? "";
    for (const segment of segments) {
      if (segment.length !== 5) continue;
      const original = map.names[segment[4]];
      const word = /[\w$]+/y;
      word.lastIndex = segment[0];
      const minified = word.exec(text)?.[0];
      if (original === undefined || minified === undefined || minified === original) continue;
      const before = text.slice(Math.max(0, segment[0] - 12), segment[0]);
      const after = text.slice(word.lastIndex, word.lastIndex + 1);
      if (!DECLARES.test(before) && !(ASSIGNED.test(before) && after === "=")) continue;
      const earlier = found.get(minified);
      found.set(minified, earlier === undefined || earlier === original ? original : null);
    }
  }
  const declared: Record<string, string> = {};
  for (const [minified, original] of found) if (original !== null) declared[minified] = original;
  return declared;
}

/**
 * The traceback map of one bundle file from the map esbuild wrote for it.
 * @example
 * readablePortMap(esbuildMap, bundleText, { outDir: "public/engine", portRoot: "sandbox-runtime" });
 */
export function readablePortMap(
  map: SourceMap,
  code: string,
  places: PortMapPlaces,
): BundleSourceMap {
  // Names are read once, into `x_kolba_declared`; the segments keep only places.
  const placesOnly = decodeMappings(map.mappings).map((segments) =>
    segments.map((s): Segment => (s.length === 5 ? [s[0], s[1], s[2], s[3]] : s)),
  );
  return {
    version: 3,
    sources: map.sources.map((source) => readableSource(source, places)),
    names: [],
    mappings: encodeMappings(placesOnly),
    x_kolba_declared: declaredNames(map, code),
  };
}
