/**
 * The site's default engine, "auto": a WebContainer where the page can boot one, else the
 * in-page worker engine. Offline, `WebContainer.boot()` never settles, so a hard timeout
 * switches the page to the worker engine and says so. A learner can force either engine.
 * The engines come as factories, so this module knows nothing of their insides.
 */
import type { CellFiles } from "./cell.ts";
import {
  type BootVerdict,
  probeEnvironment,
  type SupportProbe,
  webContainerSupport,
} from "./support.ts";
import { CellError, plainError } from "./transpile/cell-error.ts";
import type { CellStatus, Engine, RunningCell, StartOptions } from "./types.ts";

/** What a learner may choose. */
export type EngineChoice = "auto" | "webcontainer" | "worker";

/** The engines auto picks between. */
export type EngineKind = "webcontainer" | "worker";

/** An engine that can boot ahead of its first cell (the webcontainer engine). */
export interface BootableEngine extends Engine {
  /** Settles once the engine can run cells; may never settle (offline WebContainer). */
  boot(): Promise<void>;
  /** Free what booting took. */
  dispose?(): void;
}

/** Why the page runs the engine it runs. */
export type EngineReason =
  | "chosen"
  | "booted"
  | "not-isolated"
  | "no-shared-array-buffer"
  | "unsupported-browser"
  | "declined"
  | "boot-timeout"
  | "boot-failed";

/** Keys of the sentences the pane shows, in the learner's language. */
export const ENGINE_MESSAGE_KEYS = {
  "boot-timeout": "engine.fallback.bootTimeout",
  "boot-failed": "engine.fallback.bootFailed",
  "not-isolated": "engine.worker.notIsolated",
  "no-shared-array-buffer": "engine.worker.notIsolated",
  "unsupported-browser": "engine.worker.unsupportedBrowser",
  declined: "engine.worker.declined",
  ask: "engine.webcontainer.confirmIos",
  "forced-failed": "engine.webcontainer.forcedFailed",
} as const;

/** What the auto engine reports, for the pane to show. */
export type AutoEvent =
  | { type: "booting"; engine: "webcontainer"; timeoutMs: number }
  | {
      type: "engine";
      engine: EngineKind;
      reason: EngineReason;
      /** The sentence to show, if any (none when things went as hoped). */
      messageKey?: string;
    }
  | {
      /** A forced WebContainer did not boot; `start` rejects, nothing falls back. */
      type: "boot-failed";
      engine: "webcontainer";
      reason: "boot-timeout" | "boot-failed";
      elapsedMs: number;
      messageKey: string;
      detail?: string;
    }
  | {
      type: "fallback";
      from: "webcontainer";
      to: "worker";
      reason: "boot-timeout" | "boot-failed";
      elapsedMs: number;
      messageKey: string;
      /** The boot error, for `boot-failed`. */
      detail?: string;
    };

/** How the auto engine decides. */
export interface AutoEngineOptions {
  webcontainer: () => BootableEngine;
  worker: () => Engine;
  /** How long a WebContainer boot may take before the page falls back. Default 20 000 ms. */
  bootTimeoutMs?: number;
  /** The learner's choice. Default `auto`. */
  prefer?: EngineChoice;
  /** What the page can do. Default: read from `globalThis`. */
  probe?: () => SupportProbe;
  /** Asked before booting on iOS; true boots. Without it, iOS gets the worker engine. */
  confirmBoot?: (question: { reason: "ios"; messageKey: string }) => boolean | Promise<boolean>;
  /** Told of every event. */
  onEvent?: (event: AutoEvent) => void;
}

/** The auto engine: an `Engine` that also says which engine runs and why. */
export interface AutoEngine extends Engine {
  readonly name: "auto";
  /** The engine cells run on, once decided. */
  readonly active: EngineKind | undefined;
  /** Decide now (booting if need be) rather than on the first `start`. */
  choose(): Promise<EngineKind>;
  /** Change the learner's choice; the next `start` decides again. */
  prefer(choice: EngineChoice): void;
  /** Listen for events; returns the unsubscribe function. */
  onEvent(listener: (event: AutoEvent) => void): () => void;
}

const DEFAULT_BOOT_TIMEOUT_MS = 20_000;

type BootOutcome =
  | { ok: true }
  | { ok: false; reason: "boot-timeout" | "boot-failed"; detail?: string };

function bootWithin(booting: Promise<void>, timeoutMs: number): Promise<BootOutcome> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve({ ok: false, reason: "boot-timeout" }), timeoutMs);
    booting.then(
      () => {
        clearTimeout(timer);
        resolve({ ok: true });
      },
      (error: unknown) => {
        clearTimeout(timer);
        resolve({
          ok: false,
          reason: "boot-failed",
          detail: error instanceof Error ? error.message : String(error),
        });
      },
    );
  });
}

/**
 * Make the page's engine.
 * @example
 * const engine = createAutoEngine({
 *   webcontainer: () => new WebContainerEngine({ runtime }),
 *   worker: () => new WorkerEngine(),
 *   onEvent: (event) => pane.notice(event),
 * });
 * const cell = await engine.start({ "app.ts": source });
 */
export function createAutoEngine(options: AutoEngineOptions): AutoEngine {
  const timeoutMs = options.bootTimeoutMs ?? DEFAULT_BOOT_TIMEOUT_MS;
  const listeners = new Set<(event: AutoEvent) => void>();
  if (options.onEvent) listeners.add(options.onEvent);
  const emit = (event: AutoEvent) => {
    for (const listener of listeners) listener(event);
  };
  let choice: EngineChoice = options.prefer ?? "auto";
  let decision: Promise<EngineKind> | undefined;
  let active: EngineKind | undefined;
  let webcontainer: BootableEngine | undefined;
  let worker: Engine | undefined;
  const webcontainerEngine = (): BootableEngine => {
    webcontainer ??= options.webcontainer();
    return webcontainer;
  };
  const engineOf = (kind: EngineKind): Engine => {
    if (kind === "webcontainer") return webcontainerEngine();
    worker ??= options.worker();
    return worker;
  };

  const settle = (kind: EngineKind, reason: EngineReason, messageKey?: string): EngineKind => {
    active = kind;
    emit({ type: "engine", engine: kind, reason, ...(messageKey ? { messageKey } : {}) });
    return kind;
  };

  const tryBoot = async (forced: boolean): Promise<EngineKind> => {
    const engine = webcontainerEngine();
    emit({ type: "booting", engine: "webcontainer", timeoutMs });
    const began = Date.now();
    const booting = Promise.resolve().then(() => engine.boot());
    const outcome = await bootWithin(booting, timeoutMs);
    if (outcome.ok) return settle("webcontainer", forced ? "chosen" : "booted");
    const elapsedMs = Date.now() - began;
    if (outcome.reason === "boot-timeout") {
      // If the boot ever finishes, nobody will use that container: free it.
      booting.then(
        () => engine.dispose?.(),
        () => undefined,
      );
    }
    if (forced) {
      emit({
        type: "boot-failed",
        engine: "webcontainer",
        reason: outcome.reason,
        elapsedMs,
        messageKey: ENGINE_MESSAGE_KEYS["forced-failed"],
        ...(outcome.detail ? { detail: outcome.detail } : {}),
      });
      const seconds = Number((elapsedMs / 1000).toFixed(1));
      throw new CellError(
        plainError(
          "engine",
          outcome.reason === "boot-timeout"
            ? `The WebContainer did not boot within ${seconds} s. Check the connection, or choose the in-page engine.`
            : `The WebContainer could not boot: ${outcome.detail ?? "unknown error"}. Choose the in-page engine.`,
        ),
      );
    }
    emit({
      type: "fallback",
      from: "webcontainer",
      to: "worker",
      reason: outcome.reason,
      elapsedMs,
      messageKey: ENGINE_MESSAGE_KEYS[outcome.reason],
      ...(outcome.detail ? { detail: outcome.detail } : {}),
    });
    return settle("worker", outcome.reason, ENGINE_MESSAGE_KEYS[outcome.reason]);
  };

  const decide = async (): Promise<EngineKind> => {
    if (choice === "worker") return settle("worker", "chosen");
    if (choice === "webcontainer") return tryBoot(true);
    const verdict: BootVerdict = webContainerSupport((options.probe ?? probeEnvironment)());
    if (verdict.boot === "no") {
      return settle("worker", verdict.reason, ENGINE_MESSAGE_KEYS[verdict.reason]);
    }
    if (verdict.boot === "ask") {
      const yes =
        (await options.confirmBoot?.({ reason: "ios", messageKey: ENGINE_MESSAGE_KEYS.ask })) ??
        false;
      if (!yes) return settle("worker", "declined", ENGINE_MESSAGE_KEYS.declined);
    }
    return tryBoot(false);
  };

  const chooseEngine = (): Promise<EngineKind> => {
    decision ??= decide();
    const current = decision;
    // A forced boot that failed may be tried again on the next Run.
    current.catch(() => {
      if (decision === current) decision = undefined;
    });
    return current;
  };

  return {
    name: "auto",
    get active() {
      return active;
    },
    choose: chooseEngine,
    prefer(next) {
      choice = next;
      decision = undefined;
      active = undefined;
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async start(files: CellFiles, startOptions: StartOptions = {}): Promise<RunningCell> {
      const { onStatus } = startOptions;
      // The pane shows `starting` while the engine is chosen, which may take the boot timeout.
      onStatus?.({ state: "starting" });
      let kind: EngineKind;
      try {
        kind = await chooseEngine();
      } catch (error) {
        const cellError =
          error instanceof CellError
            ? error
            : new CellError(
                plainError("engine", error instanceof Error ? error.message : String(error)),
              );
        onStatus?.({ state: "error", error: cellError.located });
        throw cellError;
      }
      let first = true;
      const forward = onStatus
        ? (status: CellStatus) => {
            if (first && status.state === "starting") {
              first = false;
              return;
            }
            first = false;
            onStatus(status);
          }
        : undefined;
      return engineOf(kind).start(files, { ...startOptions, onStatus: forward });
    },
  };
}
