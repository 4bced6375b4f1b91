/**
 * The fallback fixture page: the site's "auto" engine over the site's lazy webcontainer engine
 * (the real `@webcontainer/api`, booted through the page's one host) and the real worker engine.
 * The spec calls `window.kolba.run(…)` and reads what happened.
 */
import {
  type AutoEvent,
  type BootRecord,
  createAutoEngine,
} from "../../../sandbox-runtime/engines/auto.ts";
import type { CellFiles } from "../../../sandbox-runtime/engines/cell.ts";
import { WorkerEngine } from "../../../sandbox-runtime/engines/worker/index.ts";
import { LazyWebContainerEngine } from "../../../src/client/lazy-webcontainer.ts";

/** One Run: which engine answered, how fast, and what it said. */
export interface FallbackStart {
  engine: string | null;
  elapsedMs: number;
  statuses: string[];
  body: string | null;
  error: string | null;
}

/** What the spec reads back. */
export interface FallbackRun {
  /** The first Run, pressed before anything was known about the WebContainer. */
  first: FallbackStart;
  /** The background boot's end (`fallback` or `ready`), if it came within the wait. */
  outcome: AutoEvent | null;
  /** A Run after the boot ended. */
  second: FallbackStart;
  events: AutoEvent[];
  made: string[];
  /** What the engine kept for later pages. */
  remembered: BootRecord | null;
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
    let remembered: BootRecord | null = null;
    let outcome: (event: AutoEvent) => void = () => undefined;
    const ended = new Promise<AutoEvent>((resolve) => {
      outcome = resolve;
    });
    const engine = createAutoEngine({
      bootTimeoutMs,
      webcontainer: () => {
        made.push("webcontainer");
        return new LazyWebContainerEngine({ runtimeUrl: "/webcontainer-runtime.json" });
      },
      worker: () => {
        made.push("worker");
        return new WorkerEngine({ base: "/engine/" });
      },
      memory: {
        load: () => remembered ?? undefined,
        save: (record) => {
          remembered = record;
        },
      },
      onEvent: (event) => {
        events.push(event);
        if (event.type === "fallback" || event.type === "ready") outcome(event);
      },
    });
    const start = async (): Promise<FallbackStart> => {
      const statuses: string[] = [];
      const began = performance.now();
      try {
        const cell = await engine.start(files, { onStatus: (s) => statuses.push(s.state) });
        const elapsedMs = performance.now() - began;
        const body = (await cell.fetch("/")).text();
        await cell.stop();
        return { engine: cell.engine, elapsedMs, statuses, body, error: null };
      } catch (thrown) {
        const error = thrown instanceof Error ? thrown.message : String(thrown);
        return { engine: null, elapsedMs: performance.now() - began, statuses, body: null, error };
      }
    };
    const first = await start();
    const timeout = new Promise<null>((resolve) =>
      setTimeout(() => resolve(null), bootTimeoutMs + 3000),
    );
    // The boot begins a moment after the first answer: wait for its end when one is coming.
    const booting = events.some((event) => event.type === "engine" && event.reason === "booting");
    const end = booting ? await Promise.race([ended, timeout]) : null;
    const second = await start();
    return { first, outcome: end, second, events, made, remembered };
  },
};
