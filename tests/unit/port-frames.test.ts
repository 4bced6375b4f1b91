/**
 * The port's frames in a traceback: the in-page engine's minified bundle mapped through the map
 * its build writes, compared with the same error thrown by the port's own TypeScript files, and
 * a module tree's files named as the bundle's are.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createPortFrameResolver,
  moduleTreeFileName,
  originalFunctionName,
  PORT_BUNDLE_BASE,
  portSourceName,
} from "../../sandbox-runtime/engines/transpile/port-frames.ts";
import {
  type FramePosition,
  firstCellFrame,
  mapStack,
  withPortFrames,
} from "../../sandbox-runtime/engines/transpile/source-map-resolver.ts";
import { buildWorkerEngine } from "../../sandbox-runtime/engines/worker/build.ts";

const portRoot = fileURLToPath(new URL("../../sandbox-runtime/", import.meta.url));

/** What each script throws: a view's bad return value reaching the port's `makeResponse`. */
const THROW = `try { new Flask("app").makeResponse(42); } catch (error) { process.stdout.write(error.stack); }`;

const V8_FRAME = /^\s*at (?:(.+?) \()?(.+?):(\d+):(\d+)\)?$/;

function framesOf(stack: string): FramePosition[] {
  return stack.split("\n").flatMap((line) => {
    const m = V8_FRAME.exec(line);
    if (!m) return [];
    const frame = { file: m[2] as string, line: Number(m[3]), column: Number(m[4]) };
    return [m[1] ? { ...frame, name: m[1] } : frame];
  });
}

function runNode(source: string): string {
  return execFileSync(process.execPath, ["--input-type=module", "-e", source], {
    encoding: "utf8",
    timeout: 30_000,
  });
}

let outDir: string;
/** The error's stack from the built bundle, as a Worker prints it. */
let bundleStack: string;
/** The same error's stack from the port's TypeScript files, run as they are. */
let sourceStack: string;

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), "kolba-port-frames-"));
  await buildWorkerEngine({ outDir });
  const worker = pathToFileURL(join(outDir, "cell-worker.js")).href;
  // The Worker's globals, enough for its bundle to load; it sends console output to the page,
  // so the stack is written straight to stdout.
  bundleStack =
    runNode(`Object.assign(globalThis, { self: globalThis, addEventListener() {}, postMessage() {} });
await import(${JSON.stringify(worker)});
const { Flask } = globalThis.__kolbaFlask;
${THROW}`);
  const entry = pathToFileURL(join(portRoot, "flask/index.ts")).href;
  sourceStack = runNode(`const { Flask } = await import(${JSON.stringify(entry)});\n${THROW}`);
}, 120_000);

afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe("the in-page engine's bundle frames", () => {
  const port = () =>
    createPortFrameResolver({
      loadBundleMap: (bundle) => JSON.parse(readFileSync(join(outDir, `${bundle}.map`), "utf8")),
    });

  it("come from the bundle, minified", () => {
    const frames = framesOf(bundleStack);
    expect(frames[0]?.file).toBe(`${PORT_BUNDLE_BASE}cell-worker.js`);
    // The class's own name is gone from the bundle's frame (`vt.makeResponse`).
    expect(frames[1]?.name).toMatch(/\.makeResponse$/);
    expect(frames[1]?.name).not.toBe("Flask.makeResponse");
  });

  it("map to the port's file, line, column and function, as the port's own files throw it", () => {
    const resolve = port();
    const expected = framesOf(sourceStack)
      .slice(0, 2)
      .map((frame) => ({
        ...frame,
        file: portSourceName(relative(portRoot, fileURLToPath(frame.file))),
      }));
    expect(expected.map((frame) => frame.name)).toEqual(["makeResponseFrom", "Flask.makeResponse"]);
    const mapped = framesOf(bundleStack)
      .slice(0, 2)
      .map((frame) => resolve(frame));
    expect(mapped).toEqual(expected);
    expect(expected[1]?.file).toBe("node_modules/flask/app.ts");
  });

  it("rewrite a stack without a bundle frame left", () => {
    const text = mapStack(bundleStack, port());
    expect(text).not.toMatch(/cell-worker\.js|cell-chunk-/);
    expect(text).toMatch(/\n {4}at Flask\.makeResponse \(node_modules\/flask\/app\.ts:\d+:\d+\)/);
  });

  it("name only the package when the map cannot be read, and are never the learner's", () => {
    const resolve = withPortFrames(
      () => null,
      createPortFrameResolver({ loadBundleMap: () => null }),
    );
    const text = mapStack(bundleStack, resolve);
    expect(text).not.toMatch(/cell-worker\.js/);
    expect(text).toMatch(/at [\w$]+\.makeResponse \(node_modules\/flask:0:0\)/);
    expect(firstCellFrame(bundleStack, resolve)).toBeNull();
  });
});

describe("a module tree's port frames", () => {
  it("read as the bundle's do", () => {
    const root = "file:///tmp/kolba-cell-1/node_modules/";
    expect(moduleTreeFileName(`${root}flask/flask/app.js`)).toBe("node_modules/flask/app.ts");
    expect(moduleTreeFileName(`${root}flask/flask-sqlalchemy/query.js`)).toBe(
      "node_modules/flask-sqlalchemy/query.ts",
    );
    expect(moduleTreeFileName(`${root}flask/engines/node/server.js`)).toBe(
      "node_modules/flask/engines/node/server.ts",
    );
    expect(moduleTreeFileName(`${root}nunjucks/src/environment.js`)).toBe(
      "node_modules/nunjucks/src/environment.js",
    );
    expect(moduleTreeFileName("file:///tmp/kolba-cell-1/.kolba/one-at-a-time.js")).toBe(
      "node_modules/flask/engines/one-at-a-time.ts",
    );
    expect(moduleTreeFileName("file:///tmp/kolba-cell-1/app.js")).toBeNull();
    const resolve = createPortFrameResolver();
    expect(
      mapStack(
        `Error: x\n    at async Flask.wsgiApp (${root}flask/flask/app.js:586:16)\n    at index (app.ts:3:9)`,
        resolve,
      ),
    ).toBe(
      "Error: x\n    at async Flask.wsgiApp (node_modules/flask/app.ts:586:16)\n    at index (app.ts:3:9)",
    );
  });

  it("give minified class names back and leave others", () => {
    const declared = { vt: "Flask", $o: "makeResponseFrom" };
    expect(originalFunctionName("vt.makeResponse", declared)).toBe("Flask.makeResponse");
    expect(originalFunctionName("async vt.wsgiApp", declared)).toBe("async Flask.wsgiApp");
    expect(originalFunctionName("new vt", declared)).toBe("new Flask");
    expect(originalFunctionName("$o", declared)).toBe("makeResponseFrom");
    expect(originalFunctionName("Object.vt", declared)).toBe("Object.vt");
    expect(originalFunctionName("index", declared)).toBe("index");
  });
});
