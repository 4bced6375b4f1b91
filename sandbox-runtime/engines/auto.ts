/**
 * The site's default engine, "auto": the in-page worker engine answers at once, while a
 * WebContainer boots in the background where the page can boot one; once it has booted, the next
 * Run goes to it. A learner never waits for a boot: offline, `WebContainer.boot()` never settles,
 * and a boot that fails (or outlives its time limit) only leaves the page on the worker engine and
 * is remembered for this browser, so later pages do not try again for a while. A learner can
 * force either engine; forcing the WebContainer waits for its boot. The engines come as
 * factories, so this module knows nothing of their insides.
 */
import type { CellFiles } from "./cell.ts";
import { testRun } from "./cell-tests.ts";
import { startErrorOf } from "./start-status.ts";
import {
  type BootVerdict,
  probeEnvironment,
  type SupportProbe,
  webContainerSupport,
} from "./support.ts";
import { CellError, plainError } from "./transpile/cell-error.ts";
import type {
  CellStatus,
  CellTestReport,
  Engine,
  PrestartOptions,
  RunningCell,
  StartOptions,
  TestOptions,
} from "./types.ts";

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

/** What this browser learned about booting a WebContainer, kept between pages. */
export interface BootRecord {
  /** Whether the last boot that ended booted. */
  ok: boolean;
  /** When it ended (milliseconds since the epoch). */
  at: number;
}

/** Where the auto engine keeps its `BootRecord` (the site: localStorage). */
export interface BootMemory {
  load(): BootRecord | undefined;
  save(record: BootRecord): void;
}

/** Why a Run went to the engine it went to. */
export type EngineReason =
  | "chosen"
  | "booted"
  | "booting"
  | "remembered"
  | "not-isolated"
  | "no-shared-array-buffer"
  | "unsupported-browser"
  | "declined"
  | "boot-timeout"
  | "boot-failed";

/** Keys of the sentences the pane shows, in the learner's language. */
export const ENGINE_MESSAGE_KEYS = {
  booting: "engine.worker.booting",
  ready: "engine.webcontainer.ready",
  remembered: "engine.worker.remembered",
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
      /** A Run went to `engine`, for `reason`. */
      type: "engine";
      engine: EngineKind;
      reason: EngineReason;
      /** The sentence to show, if any (none when things went as hoped). */
      messageKey?: string;
    }
  | {
      /** A background boot finished: the next Run goes to the WebContainer. */
      type: "ready";
      engine: "webcontainer";
      elapsedMs: number;
      messageKey: string;
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
      /** A background boot failed: the page stays on the worker engine. */
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
  /** How long a WebContainer boot may take before it counts as failed. Default 20 000 ms. */
  bootTimeoutMs?: number;
  /** The learner's choice. Default `auto`. */
  prefer?: EngineChoice;
  /** What the page can do. Default: read from `globalThis`. */
  probe?: () => SupportProbe;
  /** Asked before booting on iOS; true boots. Without it, iOS gets the worker engine. */
  confirmBoot?: (question: { reason: "ios"; messageKey: string }) => boolean | Promise<boolean>;
  /** Where the outcome of the last boot is kept between pages. Default: nowhere. */
  memory?: BootMemory;
  /** How long a failed boot keeps later pages from trying again. Default one hour. */
  retryAfterMs?: number;
  /** How long after a Run the background boot begins (after the answer). Default 1000 ms. */
  bootAfterRunMs?: number;
  /** Told of every event. */
  onEvent?: (event: AutoEvent) => void;
}

/** The auto engine: an `Engine` that also says which engine runs and why. */
export interface AutoEngine extends Engine {
  readonly name: "auto";
  /** The engine the last Run went to (undefined before the first, or after a new choice). */
  readonly active: EngineKind | undefined;
  /** The engine the next Run goes to; with the WebContainer forced, waits for its boot. */
  choose(): Promise<EngineKind>;
  /** Start booting a WebContainer in the background now, where "auto" would boot one. */
  prepare(): void;
  /** Change the learner's choice; the next `start` decides again. */
  prefer(choice: EngineChoice): void;
  /** Listen for events; returns the unsubscribe function. */
  onEvent(listener: (event: AutoEvent) => void): () => void;
}

const DEFAULT_BOOT_TIMEOUT_MS = 20_000;
const DEFAULT_RETRY_AFTER_MS = 60 * 60 * 1000;
const DEFAULT_BOOT_AFTER_RUN_MS = 1000;

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

/** Where a boot stands on this page. */
type BootState =
  | { state: "idle" }
  | { state: "asking" }
  | { state: "declined" }
  | { state: "booting"; outcome: Promise<BootOutcome>; began: number }
  | { state: "booted" }
  | { state: "failed"; reason: "boot-timeout" | "boot-failed"; detail?: string };

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
  const retryAfterMs = options.retryAfterMs ?? DEFAULT_RETRY_AFTER_MS;
  const bootAfterRunMs = options.bootAfterRunMs ?? DEFAULT_BOOT_AFTER_RUN_MS;
  const listeners = new Set<(event: AutoEvent) => void>();
  if (options.onEvent) listeners.add(options.onEvent);
  const emit = (event: AutoEvent) => {
    for (const listener of listeners) listener(event);
  };
  let choice: EngineChoice = options.prefer ?? "auto";
  let active: EngineKind | undefined;
  let boot: BootState = { state: "idle" };
  let webcontainer: BootableEngine | undefined;
  let worker: Engine | undefined;
  let verdict: BootVerdict | undefined;
  const webcontainerEngine = (): BootableEngine => {
    webcontainer ??= options.webcontainer();
    return webcontainer;
  };
  const engineOf = (kind: EngineKind): Engine => {
    if (kind === "webcontainer") return webcontainerEngine();
    worker ??= options.worker();
    return worker;
  };
  const remember = (ok: boolean) => {
    try {
      options.memory?.save({ ok, at: Date.now() });
    } catch {
      // A browser that keeps nothing simply tries again on the next page.
    }
  };
  const failedLately = (): boolean => {
    try {
      const record = options.memory?.load();
      return record !== undefined && !record.ok && Date.now() - record.at < retryAfterMs;
    } catch {
      return false;
    }
  };

  /** Begin a boot (once per page, unless a forced one failed); `forced` boots say nothing here. */
  const beginBoot = (forced: boolean): Promise<BootOutcome> => {
    if (boot.state === "booting") return boot.outcome;
    if (boot.state === "booted") return Promise.resolve({ ok: true });
    const engine = webcontainerEngine();
    emit({ type: "booting", engine: "webcontainer", timeoutMs });
    const began = Date.now();
    const booting = Promise.resolve().then(() => engine.boot());
    const outcome = bootWithin(booting, timeoutMs).then((result) => {
      const elapsedMs = Date.now() - began;
      if (result.ok) {
        boot = { state: "booted" };
        remember(true);
        if (!forced && choice === "auto") {
          emit({
            type: "ready",
            engine: "webcontainer",
            elapsedMs,
            messageKey: ENGINE_MESSAGE_KEYS.ready,
          });
        }
        return result;
      }
      boot = {
        state: "failed",
        reason: result.reason,
        ...(result.detail ? { detail: result.detail } : {}),
      };
      remember(false);
      if (result.reason === "boot-timeout") {
        // If the boot ever finishes, nobody will use that container: free it.
        booting.then(
          () => engine.dispose?.(),
          () => undefined,
        );
      }
      if (!forced) {
        emit({
          type: "fallback",
          from: "webcontainer",
          to: "worker",
          reason: result.reason,
          elapsedMs,
          messageKey: ENGINE_MESSAGE_KEYS[result.reason],
          ...(result.detail ? { detail: result.detail } : {}),
        });
      }
      return result;
    });
    boot = { state: "booting", outcome, began };
    return outcome;
  };

  /** Where "auto" stands for this page: a reason to stay on the worker, or none. */
  const autoReason = (): EngineReason | undefined => {
    verdict ??= webContainerSupport((options.probe ?? probeEnvironment)());
    if (verdict.boot === "no") return verdict.reason;
    if (boot.state === "booted") return undefined;
    if (boot.state === "failed") return boot.reason;
    if (boot.state === "declined") return "declined";
    if (boot.state === "booting" || boot.state === "asking") return "booting";
    if (failedLately()) return "remembered";
    if (verdict.boot === "ask" && !options.confirmBoot) return "declined";
    return "booting";
  };

  const prepare = (): void => {
    if (choice !== "auto" || boot.state !== "idle") return;
    const reason = autoReason();
    if (reason !== "booting") return;
    if (verdict?.boot === "ask") {
      boot = { state: "asking" };
      void Promise.resolve(
        options.confirmBoot?.({ reason: "ios", messageKey: ENGINE_MESSAGE_KEYS.ask }),
      ).then(
        (yes) => {
          if (boot.state !== "asking") return;
          if (yes) {
            boot = { state: "idle" };
            void beginBoot(false);
          } else boot = { state: "declined" };
        },
        () => undefined,
      );
      return;
    }
    void beginBoot(false);
  };

  const settle = (kind: EngineKind, reason: EngineReason): EngineKind => {
    active = kind;
    const key =
      reason in ENGINE_MESSAGE_KEYS
        ? ENGINE_MESSAGE_KEYS[reason as keyof typeof ENGINE_MESSAGE_KEYS]
        : undefined;
    emit({ type: "engine", engine: kind, reason, ...(key ? { messageKey: key } : {}) });
    return kind;
  };

  const forcedBoot = async (): Promise<EngineKind> => {
    if (boot.state === "failed") boot = { state: "idle" };
    const began = Date.now();
    const outcome = await beginBoot(true);
    if (outcome.ok) return settle("webcontainer", "chosen");
    const elapsedMs = Date.now() - began;
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
  };

  const chooseEngine = async (): Promise<EngineKind> => {
    if (choice === "worker") return settle("worker", "chosen");
    if (choice === "webcontainer") return forcedBoot();
    const reason = autoReason();
    if (reason === undefined) return settle("webcontainer", "booted");
    return settle("worker", reason);
  };

  return {
    name: "auto",
    get active() {
      return active;
    },
    choose: chooseEngine,
    prepare,
    prefer(next) {
      choice = next;
      active = undefined;
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    prestart(files: CellFiles, prestartOptions?: PrestartOptions): () => void {
      // The engine the next Run would go to, decided without announcing anything; a forced
      // WebContainer, or one that has booted, prepares nothing.
      const kind: EngineKind | undefined =
        choice === "worker"
          ? "worker"
          : choice === "webcontainer" || autoReason() === undefined
            ? undefined
            : "worker";
      const engine = kind ? engineOf(kind) : undefined;
      return engine?.prestart?.(files, prestartOptions) ?? (() => undefined);
    },
    async runTests(files: CellFiles, testOptions: TestOptions = {}): Promise<CellTestReport> {
      const { finish } = testRun();
      let engine: Engine;
      try {
        engine = engineOf(await chooseEngine());
      } catch (error) {
        return finish({ collectError: startErrorOf(error) });
      }
      if (!engine.runTests)
        return finish({
          collectError: plainError("engine", `The ${engine.name} engine cannot run tests.`),
        });
      return engine.runTests(files, testOptions);
    },
    async start(files: CellFiles, startOptions: StartOptions = {}): Promise<RunningCell> {
      const { onStatus } = startOptions;
      // The pane shows `starting` while the engine is chosen (a forced boot may take a while).
      onStatus?.({ state: "starting" });
      let kind: EngineKind;
      try {
        kind = await chooseEngine();
      } catch (error) {
        const located = startErrorOf(error);
        onStatus?.({ state: "error", error: located });
        throw error instanceof CellError ? error : new CellError(located);
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
      try {
        return await engineOf(kind).start(files, { ...startOptions, onStatus: forward });
      } finally {
        // Only once the answer is on its way (the preview still loads it), so the boot does not
        // compete with what the learner is waiting for.
        if (choice === "auto") {
          if (bootAfterRunMs > 0) setTimeout(prepare, bootAfterRunMs);
          else prepare();
        }
      }
    },
  };
}
