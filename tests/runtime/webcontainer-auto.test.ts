/**
 * The auto engine's decisions, with stand-in engines: the worker engine answers at once while a
 * WebContainer boots in the background, the next Run goes to a booted WebContainer, a boot that
 * fails or times out is reported and remembered, iOS's question, a learner's forced choice. The
 * real WebContainer boot under Chromium is in `fallback.spec.ts`.
 */
import { describe, expect, it } from "vitest";
import {
  type AutoEvent,
  type BootableEngine,
  type BootRecord,
  createAutoEngine,
  ENGINE_MESSAGE_KEYS,
} from "../../sandbox-runtime/engines/auto.ts";
import type { CellFiles } from "../../sandbox-runtime/engines/cell.ts";
import {
  isIos,
  probeEnvironment,
  type SupportProbe,
  webContainerSupport,
} from "../../sandbox-runtime/engines/support.ts";
import { CellError } from "../../sandbox-runtime/engines/transpile/index.ts";
import type { CellStatus, RunningCell, StartOptions } from "../../sandbox-runtime/engines/types.ts";

const CHROME =
  "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36";
const SAFARI_15 =
  "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/15.6 Safari/605.1.15";
const SAFARI_17 =
  "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15";
const IPHONE =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Mobile/15E148 Safari/604.1";

const probe = (overrides: Partial<SupportProbe> = {}): SupportProbe => ({
  crossOriginIsolated: true,
  hasSharedArrayBuffer: true,
  hasServiceWorker: true,
  hasWebAssembly: true,
  userAgent: CHROME,
  maxTouchPoints: 0,
  ...overrides,
});

class FakeEngine implements BootableEngine {
  name: string;
  boots = 0;
  disposed = 0;
  started: CellFiles[] = [];
  #boot: () => Promise<void>;

  constructor(name: string, boot: () => Promise<void> = async () => {}) {
    this.name = name;
    this.#boot = boot;
  }

  boot(): Promise<void> {
    this.boots += 1;
    return this.#boot();
  }

  dispose(): void {
    this.disposed += 1;
  }

  async start(files: CellFiles, options: StartOptions = {}): Promise<RunningCell> {
    this.started.push(files);
    options.onStatus?.({ state: "starting" });
    options.onStatus?.({ state: "ready", url: `${this.name}:`, port: 1 });
    return { url: `${this.name}:` } as RunningCell;
  }
}

const never = () => new Promise<void>(() => {});

function setup(
  options: {
    probe?: SupportProbe;
    boot?: () => Promise<void>;
    bootTimeoutMs?: number;
    prefer?: "auto" | "webcontainer" | "worker";
    confirmBoot?: () => boolean | Promise<boolean>;
    remembered?: BootRecord;
  } = {},
) {
  const memory = { record: options.remembered, saved: [] as BootRecord[] };
  const events: AutoEvent[] = [];
  const made = { webcontainer: 0, worker: 0 };
  const webcontainer = new FakeEngine("webcontainer", options.boot);
  const worker = new FakeEngine("worker");
  const engine = createAutoEngine({
    webcontainer: () => {
      made.webcontainer += 1;
      return webcontainer;
    },
    worker: () => {
      made.worker += 1;
      return worker;
    },
    probe: () => options.probe ?? probe(),
    bootTimeoutMs: options.bootTimeoutMs ?? 300,
    bootAfterRunMs: 0,
    ...(options.prefer ? { prefer: options.prefer } : {}),
    ...(options.confirmBoot ? { confirmBoot: options.confirmBoot } : {}),
    memory: {
      load: () => memory.record,
      save: (record) => {
        memory.record = record;
        memory.saved.push(record);
      },
    },
    onEvent: (event) => events.push(event),
  });
  return { engine, events, made, webcontainer, worker, memory };
}

const APP = { "app.ts": "app" };

describe("support", () => {
  it("reads a page's scope", () => {
    const scope = {
      crossOriginIsolated: true,
      SharedArrayBuffer,
      WebAssembly,
      navigator: { userAgent: CHROME, maxTouchPoints: 0, serviceWorker: {} },
    } as unknown as typeof globalThis;
    expect(probeEnvironment(scope)).toEqual(probe());
    expect(probeEnvironment({} as typeof globalThis)).toEqual({
      crossOriginIsolated: false,
      hasSharedArrayBuffer: false,
      hasServiceWorker: false,
      hasWebAssembly: false,
      userAgent: "",
      maxTouchPoints: 0,
    });
  });

  it("decides per browser", () => {
    expect(webContainerSupport(probe())).toEqual({ boot: "yes" });
    expect(webContainerSupport(probe({ crossOriginIsolated: false }))).toEqual({
      boot: "no",
      reason: "not-isolated",
    });
    expect(webContainerSupport(probe({ hasSharedArrayBuffer: false }))).toEqual({
      boot: "no",
      reason: "no-shared-array-buffer",
    });
    expect(webContainerSupport(probe({ userAgent: SAFARI_15 }))).toEqual({
      boot: "no",
      reason: "unsupported-browser",
    });
    expect(webContainerSupport(probe({ hasServiceWorker: false })).boot).toBe("no");
    expect(webContainerSupport(probe({ userAgent: SAFARI_17 }))).toEqual({ boot: "yes" });
    expect(webContainerSupport(probe({ userAgent: IPHONE, maxTouchPoints: 5 }))).toEqual({
      boot: "ask",
      reason: "ios",
    });
    // iPadOS presents itself as a Mac with a touch screen.
    expect(isIos({ userAgent: SAFARI_17, maxTouchPoints: 5 })).toBe(true);
    expect(isIos({ userAgent: SAFARI_17, maxTouchPoints: 0 })).toBe(false);
  });
});

describe("auto engine", () => {
  it("goes straight to the worker engine on a page without cross-origin isolation", async () => {
    const { engine, events, made, worker } = setup({
      probe: probe({ crossOriginIsolated: false }),
    });
    const cell = await engine.start(APP);
    expect(cell.url).toBe("worker:");
    expect(made).toEqual({ webcontainer: 0, worker: 1 });
    expect(worker.started).toEqual([APP]);
    expect(engine.active).toBe("worker");
    expect(events).toEqual([
      {
        type: "engine",
        engine: "worker",
        reason: "not-isolated",
        messageKey: ENGINE_MESSAGE_KEYS["not-isolated"],
      },
    ]);
  });

  it("goes straight to the worker engine without SharedArrayBuffer or on an old browser", async () => {
    for (const [p, reason] of [
      [probe({ hasSharedArrayBuffer: false }), "no-shared-array-buffer"],
      [probe({ userAgent: SAFARI_15 }), "unsupported-browser"],
    ] as const) {
      const { engine, events, made } = setup({ probe: p });
      await engine.start(APP);
      expect(made.webcontainer).toBe(0);
      expect(events[0]).toMatchObject({ type: "engine", engine: "worker", reason });
    }
  });

  it("answers from the worker engine while the WebContainer boots, then moves to it", async () => {
    let finish = () => {};
    const boot = new Promise<void>((resolve) => {
      finish = resolve;
    });
    const { engine, events, webcontainer, worker, memory } = setup({ boot: () => boot });
    const began = Date.now();
    const [a, b] = await Promise.all([engine.start(APP), engine.start(APP)]);
    expect(Date.now() - began).toBeLessThan(200);
    expect([a.url, b.url]).toEqual(["worker:", "worker:"]);
    expect(worker.started).toHaveLength(2);
    expect(webcontainer.boots).toBe(1);
    // The boot begins once the first answer is there, not before.
    expect(events.slice(0, 3)).toEqual([
      { type: "engine", engine: "worker", reason: "booting", messageKey: "engine.worker.booting" },
      { type: "engine", engine: "worker", reason: "booting", messageKey: "engine.worker.booting" },
      { type: "booting", engine: "webcontainer", timeoutMs: 300 },
    ]);
    finish();
    await expect.poll(() => events.some((e) => e.type === "ready")).toBe(true);
    expect(events.find((e) => e.type === "ready")).toMatchObject({
      engine: "webcontainer",
      messageKey: "engine.webcontainer.ready",
    });
    expect(memory.saved).toEqual([{ ok: true, at: expect.any(Number) }]);
    // The next Run goes to the booted WebContainer; no second boot.
    expect((await engine.start(APP)).url).toBe("webcontainer:");
    expect(engine.active).toBe("webcontainer");
    expect(events.at(-1)).toEqual({ type: "engine", engine: "webcontainer", reason: "booted" });
    expect(webcontainer.boots).toBe(1);
  });

  it("prepare() starts the boot before the first Run", async () => {
    const { engine, webcontainer, events } = setup();
    engine.prepare();
    engine.prepare();
    expect(webcontainer.boots).toBe(0); // begun on the next tick, once
    await expect.poll(() => events.some((e) => e.type === "ready")).toBe(true);
    expect(webcontainer.boots).toBe(1);
    expect((await engine.start(APP)).url).toBe("webcontainer:");
  });

  it("reports a boot that never settles once its time is up, and stays on the worker engine", async () => {
    const { engine, events, worker, webcontainer, memory } = setup({
      boot: never,
      bootTimeoutMs: 400,
    });
    const statuses: CellStatus[] = [];
    const cell = await engine.start(APP, { onStatus: (s) => statuses.push(s) });
    expect(cell.url).toBe("worker:");
    expect(statuses.map((s) => s.state)).toEqual(["starting", "ready"]);
    await expect
      .poll(() => events.some((e) => e.type === "fallback"), { timeout: 3000 })
      .toBe(true);
    const fallback = events.find((e) => e.type === "fallback");
    expect(fallback).toMatchObject({
      from: "webcontainer",
      to: "worker",
      reason: "boot-timeout",
      messageKey: "engine.fallback.bootTimeout",
    });
    expect(fallback?.type === "fallback" && fallback.elapsedMs).toBeGreaterThanOrEqual(390);
    expect(memory.saved).toEqual([{ ok: false, at: expect.any(Number) }]);
    // The page stays on the worker engine, saying why: no second boot.
    await engine.start(APP);
    expect(events.at(-1)).toMatchObject({ engine: "worker", reason: "boot-timeout" });
    expect(webcontainer.boots).toBe(1);
    expect(worker.started).toHaveLength(2);
    expect(webcontainer.started).toEqual([]);
  });

  it("reports a failed boot, and frees a boot that finishes too late", async () => {
    const failing = setup({ boot: async () => Promise.reject(new Error("blocked by policy")) });
    await failing.engine.start(APP);
    await expect.poll(() => failing.events.some((e) => e.type === "fallback")).toBe(true);
    expect(failing.events.find((e) => e.type === "fallback")).toMatchObject({
      reason: "boot-failed",
      detail: "blocked by policy",
      messageKey: "engine.fallback.bootFailed",
    });
    let finish = () => {};
    const late = new Promise<void>((resolve) => {
      finish = resolve;
    });
    const slow = setup({ boot: () => late, bootTimeoutMs: 100 });
    await slow.engine.start(APP);
    await expect.poll(() => slow.events.some((e) => e.type === "fallback")).toBe(true);
    finish();
    await expect.poll(() => slow.webcontainer.disposed).toBe(1);
    expect((await slow.engine.start(APP)).url).toBe("worker:");
  });

  it("remembers a failed boot: later pages do not try again for a while", async () => {
    const recent = setup({ remembered: { ok: false, at: Date.now() - 60_000 } });
    recent.engine.prepare();
    expect((await recent.engine.start(APP)).url).toBe("worker:");
    expect(recent.made.webcontainer).toBe(0);
    expect(recent.events).toEqual([
      {
        type: "engine",
        engine: "worker",
        reason: "remembered",
        messageKey: "engine.worker.remembered",
      },
    ]);
    // An old failure, or an earlier success, is tried again.
    const old = setup({ remembered: { ok: false, at: Date.now() - 2 * 60 * 60 * 1000 } });
    await old.engine.start(APP);
    expect(old.webcontainer.boots).toBe(1);
    const worked = setup({ remembered: { ok: true, at: Date.now() - 60_000 } });
    await worked.engine.start(APP);
    expect(worked.webcontainer.boots).toBe(1);
  });

  it("asks before booting on iOS and respects the answer", async () => {
    const ios = probe({ userAgent: IPHONE, maxTouchPoints: 5 });
    const asked: unknown[] = [];
    const no = setup({
      probe: ios,
      confirmBoot: () => {
        asked.push("no");
        return false;
      },
    });
    await no.engine.start(APP);
    await expect.poll(() => asked).toEqual(["no"]);
    await no.engine.start(APP);
    expect(no.made.webcontainer).toBe(0);
    expect(no.events.at(-1)).toEqual({
      type: "engine",
      engine: "worker",
      reason: "declined",
      messageKey: "engine.worker.declined",
    });
    const yes = setup({ probe: ios, confirmBoot: async () => true });
    expect((await yes.engine.start(APP)).url).toBe("worker:");
    await expect.poll(() => yes.events.some((e) => e.type === "ready")).toBe(true);
    expect((await yes.engine.start(APP)).url).toBe("webcontainer:");
    const unasked = setup({ probe: ios });
    expect((await unasked.engine.start(APP)).url).toBe("worker:");
    expect(unasked.made.webcontainer).toBe(0);
  });

  it("lets a learner force an engine", async () => {
    const forcedWorker = setup({ prefer: "worker" });
    expect((await forcedWorker.engine.start(APP)).url).toBe("worker:");
    expect(forcedWorker.made.webcontainer).toBe(0);
    expect(forcedWorker.events).toEqual([{ type: "engine", engine: "worker", reason: "chosen" }]);

    // Forced, the WebContainer is tried even where auto would not, and no fallback happens.
    const forced = setup({ prefer: "webcontainer", probe: probe({ crossOriginIsolated: false }) });
    expect((await forced.engine.start(APP)).url).toBe("webcontainer:");

    const stuck = setup({ prefer: "webcontainer", boot: never, bootTimeoutMs: 200 });
    const statuses: CellStatus[] = [];
    const error = await stuck.engine
      .start(APP, { onStatus: (s) => statuses.push(s) })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CellError);
    expect((error as CellError).kind).toBe("engine");
    expect((error as CellError).message).toMatch(/did not boot within 0\.2 s/);
    expect(statuses.map((s) => s.state)).toEqual(["starting", "error"]);
    expect(stuck.worker.started).toEqual([]);
    expect(stuck.events.map((e) => e.type)).toEqual(["booting", "boot-failed"]);
    expect(stuck.events[1]).toMatchObject({
      reason: "boot-timeout",
      messageKey: "engine.webcontainer.forcedFailed",
    });

    stuck.engine.prefer("worker");
    expect((await stuck.engine.start(APP)).url).toBe("worker:");
    stuck.engine.prefer("auto");
    expect(stuck.engine.active).toBeUndefined();
  });
});
