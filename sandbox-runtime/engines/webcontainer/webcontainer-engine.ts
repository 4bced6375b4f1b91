/**
 * The webcontainer engine: real Node in the browser through `@webcontainer/api`. One container
 * per page, booted on the first `start`; each cell in its own folder and its own ports; the
 * port bundle mounted prebuilt, so nothing is installed and no TypeScript is left.
 */
import type { CellFiles } from "../cell.ts";
import { importedOptionalPackages } from "../optional-packages.ts";
import { forwardStatusesAfterStarting, reportStartError } from "../start-status.ts";
import { transpileCell } from "../transpile/transpile-cell.ts";
import type { Engine, RunningCell, StartOptions } from "../types.ts";
import type { ContainerHost } from "./container-host.ts";
import { toFileSystemTree } from "./mount-tree.ts";
import { pageContainerHost } from "./page-host.ts";
import { cellMountPayload } from "./payload.ts";
import { WebContainerRunningCell } from "./running-cell.ts";
import type { RuntimeFiles } from "./runtime-files.ts";

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
}
