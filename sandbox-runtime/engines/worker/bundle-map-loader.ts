/**
 * Read a source map that sits beside the cell Worker's script (`cell-worker.js.map`), at the
 * moment a traceback is written. The port formats tracebacks synchronously (its log line and
 * debug page), and a dedicated Worker may read a same-origin file synchronously, so the map
 * costs nothing until the first error and is read once.
 */
import { type BundleSourceMap, createPortFrameResolver } from "../transpile/port-frames.ts";
import { type FrameResolver, withPortFrames } from "../transpile/source-map-resolver.ts";

/**
 * The map of a bundle file of this Worker (`cell-worker.js`, `cell-chunk-….js`), or null when it
 * cannot be read (the engine built without maps, a server that does not serve it).
 * @example
 * createPortFrameResolver({ loadBundleMap: loadBundleMapBesideWorker });
 */
export function loadBundleMapBesideWorker(bundle: string): BundleSourceMap | null {
  if (typeof XMLHttpRequest !== "function" || !/^[\w.-]+\.js$/.test(bundle)) return null;
  const request = new XMLHttpRequest();
  request.open("GET", new URL(`${bundle}.map`, self.location.href).href, false);
  request.send();
  if (request.status !== 200) return null;
  return JSON.parse(request.responseText) as BundleSourceMap;
}

/**
 * The Worker's resolver for the cell's frames, with the port's frames named through the maps
 * beside the bundle.
 * @example
 * const resolve = withWorkerPortFrames((frame) => maps(frame));
 */
export function withWorkerPortFrames(cell: FrameResolver): FrameResolver {
  return withPortFrames(cell, workerPortFrames);
}

const workerPortFrames = createPortFrameResolver({ loadBundleMap: loadBundleMapBesideWorker });
