/**
 * The first module of a cell's process. It installs the cell's source maps into the port,
 * makes `app.run()` listen on 127.0.0.1 at the port the engine chose and tell the engine it is
 * ready, then imports the learner's `app.js`; or, asked for the cell's tests, imports its test
 * modules and reports how each test went. A thrown error is reported located in the learner's
 * file. Written to run on any Node from 20 on once transpiled.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { ServerRunner, SourceMapResolver } from "flask/runtime";
import { appRoutes } from "../app-routes.ts";
import { type PytestRunner, runCellTests } from "../cell-tests.ts";
import { loadSnapshotSource, readDatabaseView, type SnapshotSource } from "../database-view.ts";
import { REQUEST_ENTRY } from "../one-at-a-time.ts";
import { learnerFileName, locateImport, locateThrown } from "../transpile/located.ts";
import { createPortFrameResolver } from "../transpile/port-frames.ts";
import type { SourceMap } from "../transpile/source-map.ts";
import {
  createSourceMapResolver,
  mapStack,
  withPortFrames,
} from "../transpile/source-map-resolver.ts";
import { type BootstrapMessage, MESSAGE_PREFIX } from "./messages.ts";
import { locateSyntaxError } from "./syntax-check.ts";

interface CellManifest {
  entry: string;
  packageName: string;
  maps: Record<string, SourceMap>;
  sources: Record<string, string>;
}

interface PortRuntime {
  getServerRunner(): ServerRunner | undefined;
  setServerRunner(runner: ServerRunner | undefined): void;
  setSourceMapResolver(
    resolver: SourceMapResolver | undefined,
    read?: (file: string) => string | null,
    mapStack?: (stack: string) => string,
  ): void;
}

function announce(message: BootstrapMessage): Promise<void> {
  const send = process.send?.bind(process);
  if (send) return new Promise((done) => send(message, undefined, {}, () => done()));
  return new Promise((done) =>
    process.stdout.write(`${MESSAGE_PREFIX}${JSON.stringify(message)}\n`, () => done()),
  );
}

const root = process.cwd();
const manifest = JSON.parse(
  readFileSync(join(root, ".kolba", "cell.json"), "utf8"),
) as CellManifest;
const resolve = withPortFrames(
  createSourceMapResolver(manifest.maps, {
    bases: [`${pathToFileURL(root).href}/`, `${root}/`],
  }),
  createPortFrameResolver({ packageName: manifest.packageName }),
);

/** Node's "Cannot find package 'x' imported from /…/app.js", as the learner's file and line. */
function missingPackage(kind: "startup" | "crash", thrown: unknown) {
  const { code, message } = (thrown ?? {}) as { code?: string; message?: string };
  const found = /Cannot find (?:package|module) '([^']+)' imported from (.+)$/.exec(message ?? "");
  if (code !== "ERR_MODULE_NOT_FOUND" || !found) return undefined;
  const [, specifier = "", importer = ""] = found;
  const file = importer.startsWith(`${root}/`) ? importer.slice(root.length + 1) : importer;
  const name = learnerFileName(file, manifest.sources);
  const sentence = `${name} imports "${specifier}", which is not installed here: a cell can import "flask", "flask-sqlalchemy" and its own modules.`;
  return locateImport(kind, sentence, file, specifier, manifest.sources);
}

function locateFailure(kind: "startup" | "crash", thrown: unknown) {
  const error =
    missingPackage(kind, thrown) ?? locateThrown(kind, thrown, resolve, manifest.sources);
  if (!error.location && thrown instanceof SyntaxError) {
    const modules = Object.keys(manifest.maps);
    return locateSyntaxError(root, modules, resolve, manifest.sources, error.message) ?? error;
  }
  return error;
}

async function fail(kind: "startup" | "crash", thrown: unknown): Promise<never> {
  const error = locateFailure(kind, thrown);
  process.stderr.write(
    `${error.stack && error.location ? `${error.formatted}\n\n${error.stack}` : error.formatted}\n`,
  );
  await announce(kind === "startup" ? { type: "error", error } : { type: "crashed", error });
  process.exit(1);
}

/** Run the cell's tests instead of serving it: `app.run()` serves nothing, as under pytest. */
async function runTests(runtime: PortRuntime): Promise<never> {
  const began = performance.now();
  runtime.setServerRunner(async () => ({
    host: "127.0.0.1",
    port: 0,
    url: "http://127.0.0.1/",
    close: async () => {},
  }));
  const runner = (await import(`${manifest.packageName}/pytest/runner`)) as PytestRunner;
  const load = (file: string) =>
    import(pathToFileURL(join(root, file.replace(/\.ts$/, ".js"))).href) as Promise<
      Record<string, unknown>
    >;
  const report = await runCellTests(runner, load, manifest.sources, resolve, (thrown) =>
    locateFailure("startup", thrown),
  );
  await announce({
    type: "tests",
    report: { ...report, output: [], ms: performance.now() - began },
  });
  process.exit(0);
}

/**
 * The app, with each answer followed by what its databases hold, sent before the answer leaves
 * (so the engine has it when the answer arrives).
 */
function reportingDatabase<T extends object>(app: T, source: SnapshotSource): T {
  return new Proxy(app, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== "function") return value;
      const method = value as (...args: unknown[]) => unknown;
      if (property !== REQUEST_ENTRY) return method.bind(target);
      return async (...args: unknown[]) => {
        const answer = await method.apply(target, args);
        const view = readDatabaseView(source);
        if (view) await announce({ type: "database", view });
        return answer;
      };
    },
  });
}

process.on("uncaughtException", (error) => void fail("crash", error));
process.on("unhandledRejection", (reason) => void fail("crash", reason));

try {
  await import(manifest.packageName);
  const runtime = (await import(`${manifest.packageName}/runtime`)) as PortRuntime;
  runtime.setSourceMapResolver(
    resolve,
    (file) => manifest.sources[file] ?? null,
    (stack) => mapStack(stack, resolve),
  );
  const inner = runtime.getServerRunner();
  if (!inner)
    throw new Error(
      `The ${manifest.packageName} package installed no server runner for app.run().`,
    );
  if (process.env.KOLBA_MODE === "tests") await runTests(runtime);
  const port = Number(process.env.KOLBA_PORT ?? "0");
  const snapshots = process.send ? await loadSnapshotSource(root, existsSync) : undefined;
  runtime.setServerRunner(async (app, options) => {
    const served = snapshots ? reportingDatabase(app, snapshots) : app;
    const server = await inner(served, { ...options, host: "127.0.0.1", port });
    await announce({ type: "ready", url: server.url, port: server.port, routes: appRoutes(app) });
    return server;
  });
  await import(pathToFileURL(join(root, manifest.entry)).href);
} catch (error) {
  await fail("startup", error);
}
