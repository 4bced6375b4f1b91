/**
 * The webcontainer engine behind a dynamic import: `@webcontainer/api` and the engine load only
 * when the auto engine decides to boot one. Booting first checks that the site serves the
 * engine's runtime bundle; without it no cell could run there, so the boot fails at once and
 * the auto engine falls back.
 */
import type { BootableEngine } from "../../sandbox-runtime/engines/auto.ts";
import type { CellFiles } from "../../sandbox-runtime/engines/cell.ts";
import type { RunningCell, StartOptions } from "../../sandbox-runtime/engines/types.ts";
import type {
  RuntimeFiles,
  WebContainerEngine,
} from "../../sandbox-runtime/engines/webcontainer/index.ts";
import { WEBCONTAINER_RUNTIME_FILE } from "../../sandbox-runtime/engines/webcontainer/runtime-files.ts";

/** Where the site serves the webcontainer engine's runtime (port bundle and bootstraps). */
export const WEBCONTAINER_RUNTIME_URL = `/engine/${WEBCONTAINER_RUNTIME_FILE}`;

/** A `BootableEngine` that loads the webcontainer engine on its first boot. */
export class LazyWebContainerEngine implements BootableEngine {
  readonly name = "webcontainer";
  #engine: Promise<WebContainerEngine> | undefined;

  #load(): Promise<WebContainerEngine> {
    this.#engine ??= (async () => {
      const response = await fetch(WEBCONTAINER_RUNTIME_URL, { method: "HEAD" });
      if (!response.ok) {
        throw new Error(`the site does not serve ${WEBCONTAINER_RUNTIME_URL}`);
      }
      const { WebContainerEngine } = await import(
        "../../sandbox-runtime/engines/webcontainer/webcontainer-engine.ts"
      );
      return new WebContainerEngine({
        runtime: () =>
          fetch(WEBCONTAINER_RUNTIME_URL).then((res) => res.json() as Promise<RuntimeFiles>),
      });
    })();
    return this.#engine;
  }

  async boot(): Promise<void> {
    await (await this.#load()).boot();
  }

  dispose(): void {
    void this.#engine?.then(
      (engine) => engine.dispose(),
      () => undefined,
    );
  }

  async start(files: CellFiles, options?: StartOptions): Promise<RunningCell> {
    return (await this.#load()).start(files, options);
  }
}
