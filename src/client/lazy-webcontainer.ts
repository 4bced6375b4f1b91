/**
 * The webcontainer engine behind a dynamic import: `@webcontainer/api` and the engine load only
 * when the auto engine decides to boot one. Booting first checks that the site serves the
 * engine's runtime bundle; without it no cell could run there, so the boot fails at once and
 * the auto engine falls back. A boot that cannot succeed fails as soon as that shows: the browser
 * says it is offline, or the WebContainer's frame loaded (an error page loads too) and then
 * stayed silent, where a working frame answers as it loads.
 */
import type { BootableEngine } from "../../sandbox-runtime/engines/auto.ts";
import type { CellFiles } from "../../sandbox-runtime/engines/cell.ts";
import type { RunningCell, StartOptions } from "../../sandbox-runtime/engines/types.ts";
import type {
  RuntimeFiles,
  WebContainerEngine,
} from "../../sandbox-runtime/engines/webcontainer/index.ts";
import {
  WEBCONTAINER_RUNTIME_FILE,
  webcontainerPackageFile,
} from "../../sandbox-runtime/engines/webcontainer/runtime-files.ts";
import { sitePath } from "../lib/site-path.ts";

/** Where the site serves the webcontainer engine's runtime (port bundle and bootstraps). */
export const WEBCONTAINER_RUNTIME_URL = sitePath(`/engine/${WEBCONTAINER_RUNTIME_FILE}`);

/** How long the WebContainer's frame may stay silent after it loaded before the boot counts as failed. */
export const SILENT_FRAME_MS = 5000;

/** Why the page's WebContainer frame is known not to answer, once it is. */
let silentFrame: string | undefined;

/** The WebContainer's own frame (its `/headless` page), once the API inserts it. */
function isBootFrame(node: Node): node is HTMLIFrameElement {
  return node instanceof HTMLIFrameElement && /\/headless\b/.test(node.src);
}

/**
 * Rejects when the WebContainer's frame loads and then `SILENT_FRAME_MS` pass; `stop` ends the
 * watch. Offline, the frame's navigation fails at once and Chromium loads an error page in it.
 */
function watchBootFrame(): { failed: Promise<never>; stop: () => void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let observer: MutationObserver | undefined;
  const failed = new Promise<never>((_, reject) => {
    const watch = (frame: HTMLIFrameElement) => {
      observer?.disconnect();
      frame.addEventListener("load", () => {
        timer = setTimeout(() => {
          silentFrame = `its frame (${new URL(frame.src).host}) loaded but did not answer within ${SILENT_FRAME_MS / 1000} s: the WebContainer servers cannot be reached`;
          reject(new Error(silentFrame));
        }, SILENT_FRAME_MS);
      });
    };
    const present = [...document.querySelectorAll("iframe")].find(isBootFrame);
    // The API boots once per page: a frame that stayed silent before will not speak now.
    if (present && silentFrame) return reject(new Error(silentFrame));
    if (present) return watch(present);
    observer = new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) if (isBootFrame(node)) return watch(node);
      }
    });
    observer.observe(document.body, { childList: true });
  });
  failed.catch(() => undefined);
  return {
    failed,
    stop: () => {
      clearTimeout(timer);
      observer?.disconnect();
    },
  };
}

/** A `BootableEngine` that loads the webcontainer engine on its first boot. */
export class LazyWebContainerEngine implements BootableEngine {
  readonly name = "webcontainer";
  #engine: Promise<WebContainerEngine> | undefined;
  #runtimeUrl: string;

  /** `runtimeUrl`: where the runtime is served (default `WEBCONTAINER_RUNTIME_URL`). */
  constructor(options: { runtimeUrl?: string } = {}) {
    this.#runtimeUrl = options.runtimeUrl ?? WEBCONTAINER_RUNTIME_URL;
  }

  #load(): Promise<WebContainerEngine> {
    this.#engine ??= (async () => {
      const url = this.#runtimeUrl;
      const response = await fetch(url, { method: "HEAD" });
      if (!response.ok) throw new Error(`the site does not serve ${url}`);
      const { WebContainerEngine } = await import(
        "../../sandbox-runtime/engines/webcontainer/webcontainer-engine.ts"
      );
      return new WebContainerEngine({
        runtime: () => fetch(url).then((res) => res.json() as Promise<RuntimeFiles>),
        // flask-sqlalchemy and its SQLite come only with a cell that imports them.
        packages: (name) =>
          fetch(new URL(webcontainerPackageFile(name), new URL(url, location.href))).then(
            (res) => res.json() as Promise<Record<string, string>>,
          ),
      });
    })();
    return this.#engine;
  }

  async boot(): Promise<void> {
    if (navigator.onLine === false) throw new Error("the browser is offline");
    const engine = await this.#load();
    const frame = watchBootFrame();
    try {
      await Promise.race([engine.boot(), frame.failed]);
    } finally {
      frame.stop();
    }
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
