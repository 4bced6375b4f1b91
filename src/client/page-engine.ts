/**
 * The page's one engine. On a cross-origin isolated page it is the auto engine (the in-page
 * worker engine answers at once while a WebContainer boots in the background; the next Run after
 * it booted goes to it); elsewhere the worker engine alone, since a WebContainer could not boot
 * there anyway. What this browser learned about booting is kept in localStorage.
 */
import {
  type AutoEngine,
  type AutoEvent,
  type BootMemory,
  type BootRecord,
  createAutoEngine,
  ENGINE_MESSAGE_KEYS,
  type EngineChoice,
} from "../../sandbox-runtime/engines/auto.ts";
import type { Engine } from "../../sandbox-runtime/engines/types.ts";
import { WorkerEngine } from "../../sandbox-runtime/engines/worker/worker-engine.ts";
import { LazyWebContainerEngine } from "./lazy-webcontainer.ts";
import { pageTheme } from "./page-theme.ts";
import { enginePath, previewOriginFor } from "./preview-origin.ts";

/** Where the learner's engine choice is kept. */
export const ENGINE_CHOICE_KEY = "kolba.engine";

/** Where the outcome of this browser's last WebContainer boot is kept. */
export const BOOT_RECORD_KEY = "kolba.webcontainer-boot";

const bootMemory: BootMemory = {
  load() {
    const value = JSON.parse(localStorage.getItem(BOOT_RECORD_KEY) ?? "null") as BootRecord | null;
    return value && typeof value.ok === "boolean" && typeof value.at === "number"
      ? value
      : undefined;
  },
  save(record) {
    localStorage.setItem(BOOT_RECORD_KEY, JSON.stringify(record));
  },
};

/** The page's engine and what the pane needs from it. */
export interface PageEngine {
  engine: Engine;
  /** Whether the learner may choose (only an isolated page can boot a WebContainer). */
  readonly choosable: boolean;
  /** The learner's choice. */
  choice(): EngineChoice;
  /** Change the learner's choice; the next Run decides again. */
  choose(choice: EngineChoice): void;
  /** The engine cells run on now, once known. */
  active(): "worker" | "webcontainer" | undefined;
  /**
   * Get ready for a first Run of the cell named `cellName`: load the in-page engine (and the
   * cell's own preview origin, when each cell has one), and start a background boot in "auto".
   */
  prepare(cellName?: string): void;
  /** The sentence to show about the latest decision, if any. */
  notice(): EngineNotice | undefined;
  /** Listen for the engine's events; returns the unsubscribe function. */
  onEvent(listener: (event: AutoEvent) => void): () => void;
}

/** Why the page runs the engine it runs: a message key and, after a timeout, its seconds. */
export interface EngineNotice {
  messageKey: string;
  seconds: number;
}

/** How long after a learner first comes near a cell a background boot may begin unasked. */
const PREPARE_BOOT_AFTER_MS = 3000;

let made: PageEngine | undefined;

/** The page's engine, made on first call. */
export function pageEngine(): PageEngine {
  made ??= makePageEngine();
  return made;
}

function storedChoice(): EngineChoice {
  try {
    const value = localStorage.getItem(ENGINE_CHOICE_KEY);
    return value === "worker" || value === "webcontainer" ? value : "auto";
  } catch {
    return "auto";
  }
}

function makePageEngine(): PageEngine {
  let worker: WorkerEngine | undefined;
  const workerEngine = () => {
    worker ??= new WorkerEngine({
      base: enginePath,
      previewOrigin: previewOriginFor(location),
      previewScheme: pageTheme,
    });
    return worker;
  };
  if (!globalThis.crossOriginIsolated) {
    const notice: EngineNotice = { messageKey: ENGINE_MESSAGE_KEYS["not-isolated"], seconds: 0 };
    return {
      engine: workerEngine(),
      choosable: false,
      choice: () => "worker",
      choose: () => undefined,
      active: () => "worker",
      prepare: (cellName) => workerEngine().warm(cellName),
      notice: () => notice,
      onEvent: () => () => undefined,
    };
  }
  let choice = storedChoice();
  let last: EngineNotice | undefined;
  let elapsedMs = 0;
  const auto: AutoEngine = createAutoEngine({
    prefer: choice,
    webcontainer: () => new LazyWebContainerEngine(),
    worker: workerEngine,
    memory: bootMemory,
    onEvent: (event) => {
      if (event.type === "fallback" || event.type === "ready") elapsedMs = event.elapsedMs;
      if (event.type === "engine" || event.type === "fallback" || event.type === "ready") {
        last = event.messageKey
          ? { messageKey: event.messageKey, seconds: Math.round(elapsedMs / 1000) }
          : undefined;
      }
    },
  });
  return {
    engine: auto,
    choosable: true,
    choice: () => choice,
    choose(next) {
      choice = next;
      last = undefined;
      try {
        localStorage.setItem(ENGINE_CHOICE_KEY, next);
      } catch {
        // A learner without storage just keeps the choice for this page.
      }
      auto.prefer(next);
    },
    active: () => auto.active,
    prepare(cellName) {
      if (choice !== "webcontainer") workerEngine().warm(cellName);
      // The boot waits its turn: the first Run starts it once answered, or the page does later.
      setTimeout(() => auto.prepare(), PREPARE_BOOT_AFTER_MS);
    },
    notice: () => last,
    onEvent: (listener) => auto.onEvent(listener),
  };
}
