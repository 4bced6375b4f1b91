/**
 * The webcontainer engine: real Node in the browser through `@webcontainer/api`. One container
 * per page, booted on the first `start`; each cell in its own folder and its own ports; the
 * port bundle mounted prebuilt, so nothing is installed and no TypeScript is left.
 */
import type { CellFiles } from "../cell.ts";
import { TESTS_TIMEOUT_MS, testRun, testsTimedOut } from "../cell-tests.ts";
import { importedOptionalPackages } from "../optional-packages.ts";
import { forwardStatusesAfterStarting, reportStartError, startErrorOf } from "../start-status.ts";
import { plainError } from "../transpile/cell-error.ts";
import { matchingPrebuilt } from "../transpile/prebuilt.ts";
import { transpileCell } from "../transpile/transpile-cell.ts";
import type { CellTestReport, Engine, RunningCell, StartOptions, TestOptions } from "../types.ts";
import type { ContainerProcess } from "./container.ts";
import type { ContainerHost } from "./container-host.ts";
import { toFileSystemTree } from "./mount-tree.ts";
import { OutputSplitter } from "./output-splitter.ts";
import { pageContainerHost } from "./page-host.ts";
import { cellMountPayload } from "./payload.ts";
import { WebContainerRunningCell } from "./running-cell.ts";
import { type RuntimeFiles, WEBCONTAINER_BOOTSTRAP } from "./runtime-files.ts";

/** How the webcontainer engine finds its container and its runtime. */
export interface WebContainerEngineOptions {
  /** The prebuilt runtime (port bundle and bootstraps), or how to fetch it. */
  runtime: RuntimeFiles | (() => Promise<RuntimeFiles>);
  /** The container host. Default: the page's one host over the real API. */
  host?: ContainerHost;
  /** The page's `fetch`, for the side channel. */
  fetch?: typeof globalThis.fetch;
  /**
   * How to fetch an optional package's files (`flask-sqlalchemy`) when the runtime lacks them:
   * asked only for a cell that imports it.
   */
  packages?: (name: string) => Promise<Record<string, string>>;
}

/**
 * Runs each cell as a `node` process inside the page's WebContainer.
 * @example
 * const engine = new WebContainerEngine({ runtime: () => fetch("/engine/webcontainer-runtime.json").then((r) => r.json()) });
 * const cell = await engine.start({ "app.ts": source });
 * preview.src = cell.url;
 */
export class WebContainerEngine implements Engine {
  readonly name = "webcontainer";
  #options: WebContainerEngineOptions;
  #host: ContainerHost;
  #runtime: Promise<RuntimeFiles> | undefined;

  constructor(options: WebContainerEngineOptions) {
    this.#options = options;
    this.#host = options.host ?? pageContainerHost();
  }

  /** Boot the container now (the first `start` does it otherwise); settles when it has booted. */
  async boot(): Promise<void> {
    await this.#host.container();
  }

  /** Tear the container down (the page is leaving, or gave up on it). */
  dispose(): void {
    this.#host.teardown();
  }

  #runtimeFiles(): Promise<RuntimeFiles> {
    const source = this.#options.runtime;
    this.#runtime ??= typeof source === "function" ? source() : Promise.resolve(source);
    this.#runtime.catch(() => {
      this.#runtime = undefined;
    });
    return this.#runtime;
  }

  async #withPackages(runtime: RuntimeFiles, imported: string[]): Promise<RuntimeFiles> {
    const fetchPackage = this.#options.packages;
    const missing = importedOptionalPackages(imported).filter((name) => !runtime.extras?.[name]);
    if (!fetchPackage || missing.length === 0) return runtime;
    runtime.extras ??= {};
    for (const name of missing) runtime.extras[name] = await fetchPackage(name);
    return runtime;
  }

  async start(files: CellFiles, options: StartOptions = {}): Promise<RunningCell> {
    options.onStatus?.({ state: "starting" });
    let cell: WebContainerRunningCell;
    try {
      // A syntax error needs no container: report it before booting anything.
      const transpiled = transpileCell(files);
      const runtime = await this.#withPackages(await this.#runtimeFiles(), transpiled.packages);
      const tree = toFileSystemTree(cellMountPayload(transpiled, runtime));
      const container = await this.#host.container();
      const { folder, appPort, sidePort } = this.#host.allocate();
      await container.fs.mkdir(folder, { recursive: true });
      await container.mount(tree, { mountPoint: folder });
      const { onStatus, ...rest } = options;
      cell = new WebContainerRunningCell({
        ...rest,
        host: this.#host,
        container,
        folder,
        appPort,
        sidePort,
        fetch: this.#options.fetch,
      });
      forwardStatusesAfterStarting(cell, onStatus);
    } catch (error) {
      return reportStartError(options, error);
    }
    try {
      await cell.launch();
    } catch (error) {
      await cell.discard();
      throw error;
    }
    return cell;
  }

  /**
   * Run the cell's tests as a `node` process of their own in the container, in a folder of
   * their own that is removed afterwards.
   * @example
   * const report = await engine.runTests({ "app.ts": app, "test_app.ts": tests });
   */
  async runTests(files: CellFiles, options: TestOptions = {}): Promise<CellTestReport> {
    const { output, finish } = testRun();
    let proc: ContainerProcess | undefined;
    let folder: string | undefined;
    const container = this.#host.container();
    try {
      const transpiled = matchingPrebuilt(files, options.prebuilt) ?? transpileCell(files);
      const runtime = await this.#withPackages(await this.#runtimeFiles(), transpiled.packages);
      const tree = toFileSystemTree(cellMountPayload(transpiled, runtime));
      const booted = await container;
      const place = this.#host.allocate();
      folder = place.folder;
      await booted.fs.mkdir(folder, { recursive: true });
      await booted.mount(tree, { mountPoint: folder });
      proc = await booted.spawn("node", [WEBCONTAINER_BOOTSTRAP], {
        cwd: folder,
        env: {
          KOLBA_PORT: place.appPort,
          KOLBA_SIDE_PORT: place.sidePort,
          KOLBA_MODE: "tests",
          NODE_ENV: "development",
        },
      });
    } catch (error) {
      return finish({ collectError: startErrorOf(error) });
    }
    const running = proc;
    const limit = options.timeoutMs ?? TESTS_TIMEOUT_MS;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timedOut = new Promise<Partial<CellTestReport>>((resolve) => {
      timer = setTimeout(() => resolve({ collectError: testsTimedOut(limit) }), limit);
    });
    const reported = (async (): Promise<Partial<CellTestReport>> => {
      const splitter = new OutputSplitter();
      const reader = running.output.getReader();
      const print = (chunks: typeof output) => {
        for (const chunk of chunks) {
          output.push(chunk);
          options.onConsole?.(chunk);
        }
      };
      try {
        while (true) {
          const { done, value } = await reader.read();
          if (done) break;
          const { chunks, messages } = splitter.push(value);
          print(chunks);
          for (const message of messages) {
            if (message.type === "tests") return message.report;
            if (message.type === "error" || message.type === "crashed")
              return { collectError: message.error };
          }
        }
      } catch {
        // The stream ends with an error when the container tears down.
      }
      print(splitter.flush());
      const code = await running.exit;
      return {
        collectError: plainError(
          "crash",
          `The tests' process ended before it reported (exit code ${code}).`,
        ),
      };
    })();
    try {
      return finish(await Promise.race([reported, timedOut]));
    } finally {
      clearTimeout(timer);
      running.kill();
      if (folder)
        await (await container).fs
          .rm(folder, { recursive: true, force: true })
          .catch(() => undefined);
    }
  }
}
