/**
 * The fallback fixture page: the site's "auto" engine over the real webcontainer engine (the
 * real `@webcontainer/api`, booted through the page's one host) and the real worker engine.
 * The spec calls `window.kolba.run(…)` and reads what happened.
 */
import { type AutoEvent, createAutoEngine } from "../../../sandbox-runtime/engines/auto.ts";
import type { CellFiles } from "../../../sandbox-runtime/engines/cell.ts";
import type { RuntimeFiles } from "../../../sandbox-runtime/engines/webcontainer/index.ts";
import { WebContainerEngine } from "../../../sandbox-runtime/engines/webcontainer/index.ts";
import { WorkerEngine } from "../../../sandbox-runtime/engines/worker/index.ts";

/** What a run reports back to the spec. */
export interface FallbackRun {
  active: string | undefined;
  elapsedMs: number;
  events: AutoEvent[];
  made: string[];
  statuses: string[];
  body: string | null;
  error: string | null;
}

declare global {
  interface Window {
    kolba: {
      crossOriginIsolated: boolean;
      run(files: CellFiles, bootTimeoutMs: number): Promise<FallbackRun>;
    };
  }
}

window.kolba = {
  crossOriginIsolated: window.crossOriginIsolated,
  async run(files, bootTimeoutMs) {
    const events: AutoEvent[] = [];
    const made: string[] = [];
    const statuses: string[] = [];
    const engine = createAutoEngine({
      bootTimeoutMs,
      webcontainer: () => {
        made.push("webcontainer");
        return new WebContainerEngine({
          runtime: () =>
            fetch("/webcontainer-runtime.json").then((res) => res.json() as Promise<RuntimeFiles>),
        });
      },
      worker: () => {
        made.push("worker");
        return new WorkerEngine({ base: "/engine/" });
      },
      onEvent: (event) => events.push(event),
    });
    const began = performance.now();
    let body: string | null = null;
    let error: string | null = null;
    let elapsedMs = 0;
    try {
      const cell = await engine.start(files, { onStatus: (s) => statuses.push(s.state) });
      elapsedMs = performance.now() - began;
      body = (await cell.fetch("/")).text();
      await cell.stop();
    } catch (thrown) {
      elapsedMs = performance.now() - began;
      error = thrown instanceof Error ? thrown.message : String(thrown);
    }
    return { active: engine.active, elapsedMs, events, made, statuses, body, error };
  },
};
