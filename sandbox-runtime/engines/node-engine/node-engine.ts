/**
 * The node engine: a cell's file tree under real Node, for tests and for running a cell on
 * one's own machine.
 */
import { existsSync } from "node:fs";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { CellFiles } from "../cell.ts";
import { TESTS_TIMEOUT_MS, testRun, testsTimedOut } from "../cell-tests.ts";
import { forwardStatusesAfterStarting, reportStartError, startErrorOf } from "../start-status.ts";
import { plainError } from "../transpile/cell-error.ts";
import { transpileCell } from "../transpile/transpile-cell.ts";
import type { CellTestReport, Engine, RunningCell, StartOptions, TestOptions } from "../types.ts";
import { CellProcess } from "./cell-process.ts";
import { BOOTSTRAP_PATH, cellPayload, writeTree } from "./cell-tree.ts";
import { buildModuleTree, type TreeFiles } from "./module-tree.ts";
import { buildSqlalchemyPackage, type OptionalPackages } from "./package-build.ts";
import { buildPort } from "./port-build.ts";
import { NodeRunningCell } from "./running-cell.ts";

/** How the node engine runs cells. */
export interface NodeEngineOptions {
  /** The Node binary that runs cells (e.g. `/usr/bin/node` to prove Node 20). Default: this one. */
  nodePath?: string;
  /** The port package folder. Default: this repository's `sandbox-runtime`. */
  portRoot?: string;
  /** Where cell folders are made. Default: the system's temporary folder. */
  tmpRoot?: string;
}

interface RuntimeBuild {
  files: TreeFiles;
  extras: OptionalPackages;
  packageName: string;
  stamps: Map<string, number>;
}

// Shared by every engine in the process: building the port takes most of a second.
const builds = new Map<string, RuntimeBuild>();

async function stamps(paths: readonly string[]): Promise<Map<string, number>> {
  const entries = await Promise.all(
    paths.map(
      async (path) =>
        [
          path,
          await stat(path).then(
            (s) => s.mtimeMs,
            () => -1,
          ),
        ] as const,
    ),
  );
  return new Map(entries);
}

async function isFresh(build: RuntimeBuild): Promise<boolean> {
  const now = await stamps([...build.stamps.keys()]);
  return [...now].every(([path, mtime]) => build.stamps.get(path) === mtime);
}

const ENGINES_ROOT = fileURLToPath(new URL("..", import.meta.url));
const DEFAULT_PORT_ROOT = fileURLToPath(new URL("../..", import.meta.url));

/**
 * Runs each cell as a Node child process on a temporary folder holding exactly what a
 * WebContainer would mount.
 * @example
 * const engine = new NodeEngine({ nodePath: "/usr/bin/node" });
 * const cell = await engine.start({ "app.ts": source });
 * console.log((await cell.fetch("/")).text());
 * await cell.stop();
 */
export class NodeEngine implements Engine {
  readonly name = "node";
  #nodePath: string;
  #portRoot: string;
  #tmpRoot: string;

  constructor(options: NodeEngineOptions = {}) {
    this.#nodePath = options.nodePath ?? process.execPath;
    this.#portRoot = resolve(options.portRoot ?? DEFAULT_PORT_ROOT);
    this.#tmpRoot = resolve(options.tmpRoot ?? tmpdir());
  }

  /** The port bundle and bootstrap, rebuilt only when one of their sources changed. */
  async #runtimeFiles(): Promise<RuntimeBuild> {
    const cached = builds.get(this.#portRoot);
    if (cached && (await isFresh(cached))) return cached;
    const port = buildPort(this.#portRoot);
    const bootstrap = buildModuleTree({
      root: ENGINES_ROOT,
      entries: [BOOTSTRAP_PATH.replace(/^\.kolba\//, "").replace(/\.js$/, ".ts")],
      outBase: ".kolba",
      provided: (specifier) =>
        specifier === port.packageName || specifier.startsWith(`${port.packageName}/`),
    });
    const files = new Map([...port.files, ...bootstrap.files]);
    // A port folder without the database package (a test's small port) offers none.
    const sqlalchemy = existsSync(join(this.#portRoot, "flask-sqlalchemy", "package.json"))
      ? buildSqlalchemyPackage(this.#portRoot, port.packageName)
      : undefined;
    const inputs = [...port.inputs, ...bootstrap.inputs, ...(sqlalchemy?.inputs ?? [])];
    const build: RuntimeBuild = {
      files,
      extras: sqlalchemy ? { "flask-sqlalchemy": sqlalchemy.files } : {},
      packageName: port.packageName,
      stamps: await stamps(inputs),
    };
    builds.set(this.#portRoot, build);
    return build;
  }

  async start(files: CellFiles, options: StartOptions = {}): Promise<RunningCell> {
    options.onStatus?.({ state: "starting" });
    let payload: Map<string, string | Uint8Array>;
    try {
      const transpiled = transpileCell(files);
      const runtime = await this.#runtimeFiles();
      payload = cellPayload(transpiled, runtime.packageName, runtime.files, runtime.extras);
    } catch (error) {
      return reportStartError(options, error);
    }
    const root = await mkdtemp(join(this.#tmpRoot, "kolba-cell-"));
    await writeTree(root, payload);
    const { onStatus, ...rest } = options;
    const cell = new NodeRunningCell({ ...rest, root, nodePath: this.#nodePath });
    forwardStatusesAfterStarting(cell, onStatus);
    try {
      await cell.launch();
    } catch (error) {
      await cell.discard();
      throw error;
    }
    return cell;
  }

  /**
   * Run the cell's tests in a fresh process on the same tree a Run gets.
   * @example
   * const report = await engine.runTests({ "app.ts": app, "test_app.ts": tests });
   */
  async runTests(files: CellFiles, options: TestOptions = {}): Promise<CellTestReport> {
    const { output, finish } = testRun();
    let payload: Map<string, string | Uint8Array>;
    try {
      const transpiled = transpileCell(files);
      const runtime = await this.#runtimeFiles();
      payload = cellPayload(transpiled, runtime.packageName, runtime.files, runtime.extras);
    } catch (error) {
      return finish({ collectError: startErrorOf(error) });
    }
    const root = await mkdtemp(join(this.#tmpRoot, "kolba-tests-"));
    try {
      await writeTree(root, payload);
      return await new Promise<CellTestReport>((resolve) => {
        let settled = false;
        const settle = (report: CellTestReport) => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          void proc.kill().then(() => resolve(report));
        };
        const proc = new CellProcess({
          nodePath: this.#nodePath,
          cwd: root,
          port: 0,
          tests: true,
          onConsole: (chunk) => {
            output.push(chunk);
            options.onConsole?.(chunk);
          },
          onMessage: (message) => {
            if (message.type === "tests") settle(finish(message.report));
            else if (message.type === "error" || message.type === "crashed")
              settle(finish({ collectError: message.error }));
          },
          onExit: (code, signal) =>
            settle(
              finish({
                collectError: plainError(
                  "crash",
                  `The tests' process ended before it reported (${signal ?? `exit code ${code}`}).`,
                ),
              }),
            ),
        });
        const limit = options.timeoutMs ?? TESTS_TIMEOUT_MS;
        const timer = setTimeout(
          () =>
            settle(
              finish({
                collectError: testsTimedOut(limit),
              }),
            ),
          limit,
        );
      });
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  }
}
