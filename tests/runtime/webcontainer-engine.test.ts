/**
 * The webcontainer engine's wiring against `ScriptedContainer`, a stand-in that implements the
 * part of `@webcontainer/api` the engine uses and runs nothing: the test plays the processes'
 * output and exit codes, the port events, and the page's `fetch`. Proven here: one boot per
 * page shared by cells, no boot for a syntax error, the mount tree and mount point, spawn
 * arguments, cwd, env and ports per cell, readiness from port events, console and message
 * parsing, start errors, crashes, the side channel request and response, the request timeout
 * (kill and respawn), restart and stop. Not proven: anything the real WebContainer does.
 */
import { describe, expect, it } from "vitest";
import { CellError, transpileCell } from "../../sandbox-runtime/engines/transpile/index.ts";
import type { CellStatus, ConsoleChunk } from "../../sandbox-runtime/engines/types.ts";
import {
  bytesToBase64,
  ContainerHost,
  cellMountPayload,
  flattenFileSystemTree,
  OutputSplitter,
  type RequestEnvelope,
  type RuntimeFiles,
  toFileSystemTree,
  WebContainerEngine,
} from "../../sandbox-runtime/engines/webcontainer/index.ts";
import { stderrLine } from "../../sandbox-runtime/engines/webcontainer/stderr-lines.ts";
import { ScriptedContainer, type ScriptedProcess } from "./webcontainer-fake.ts";

const runtime: RuntimeFiles = {
  packageName: "flask",
  files: {
    "node_modules/flask/package.json": '{"name":"flask","type":"module"}',
    "node_modules/flask/index.js": "export class Flask {}",
    ".kolba/webcontainer/bootstrap.js": "// bootstrap",
  },
};

const APP = 'import { Flask } from "flask";\nconst app = new Flask(import.meta.url);\napp.run();\n';
const preview = (port: number) => `https://kolba--${port}.preview.test`;
const message = (value: unknown) => `\u0000kolba:${JSON.stringify(value)}\r\n`;

function setup(options: { failBoot?: number; ports?: "auto" | "manual" } = {}) {
  const container = new ScriptedContainer();
  let boots = 0;
  const host = new ContainerHost(async () => {
    boots += 1;
    if (boots <= (options.failBoot ?? 0)) throw new Error("no network");
    return container;
  });
  if ((options.ports ?? "auto") === "auto") {
    container.onSpawn = (_proc, spawnOptions) => {
      const env = spawnOptions?.env ?? {};
      container.hub.open(Number(env.KOLBA_SIDE_PORT), preview(Number(env.KOLBA_SIDE_PORT)));
      container.hub.open(Number(env.KOLBA_PORT), preview(Number(env.KOLBA_PORT)));
    };
  }
  const requests: Array<{ url: string; init: RequestInit }> = [];
  let answer: (envelope: RequestEnvelope, init: RequestInit) => Promise<Response> = async () =>
    new Response(
      JSON.stringify({
        status: 200,
        statusText: "OK",
        headers: [],
        body: bytesToBase64(new Uint8Array()),
      }),
    );
  const fetch = (async (url: string, init: RequestInit) => {
    requests.push({ url, init });
    return answer(JSON.parse(String(init.body)) as RequestEnvelope, init);
  }) as unknown as typeof globalThis.fetch;
  const engine = new WebContainerEngine({ runtime, host, fetch });
  return {
    container,
    host,
    engine,
    requests,
    boots: () => boots,
    answerWith(fn: typeof answer) {
      answer = fn;
    },
  };
}

const lastProcess = (container: ScriptedContainer): ScriptedProcess => {
  const spawned = container.spawns.at(-1);
  if (!spawned) throw new Error("nothing spawned");
  return spawned.process;
};

describe("webcontainer engine: boot and mount", () => {
  it("boots lazily, once, and not at all for a syntax error", async () => {
    const { engine, container, boots } = setup();
    expect(boots()).toBe(0);
    const statuses: CellStatus[] = [];
    const error = await engine
      .start({ "app.ts": "const = 1;" }, { onStatus: (s) => statuses.push(s) })
      .catch((e: unknown) => e);
    expect((error as CellError).kind).toBe("syntax");
    expect(statuses.map((s) => s.state)).toEqual(["starting", "error"]);
    expect(boots()).toBe(0);
    expect(container.mounts).toHaveLength(0);
    const one = await engine.start({ "app.ts": APP });
    const two = await engine.start({ "app.ts": APP });
    expect(boots()).toBe(1);
    await one.stop();
    await two.stop();
  });

  it("shares one container between engines on the same host", async () => {
    const { host, container, boots } = setup();
    const a = new WebContainerEngine({ runtime, host, fetch: globalThis.fetch });
    const b = new WebContainerEngine({ runtime, host, fetch: globalThis.fetch });
    const [one, two] = await Promise.all([a.start({ "app.ts": APP }), b.start({ "app.ts": APP })]);
    expect(boots()).toBe(1);
    expect(container.mounts.map((m) => m.mountPoint).sort()).toEqual(["cells/1", "cells/2"]);
    await one.stop();
    await two.stop();
  });

  it("mounts the cell's payload as a nested tree in its own folder", async () => {
    const { engine, container } = setup();
    const files = {
      "app.ts": APP,
      "templates/base.html": "<h1>{{ title }}</h1>",
      "static/dot.png": new Uint8Array([1, 2, 3]),
    };
    const cell = await engine.start(files);
    const mounted = container.mounts[0];
    expect(container.folders).toEqual(["cells/1"]);
    expect(mounted?.mountPoint).toBe("cells/1");
    const tree = mounted?.tree ?? {};
    expect(Object.keys(tree).sort()).toEqual([
      ".kolba",
      "app.js",
      "app.js.map",
      "node_modules",
      "package.json",
      "static",
      "templates",
    ]);
    expect(tree["package.json"]).toEqual({
      file: { contents: '{\n  "private": true,\n  "type": "module"\n}\n' },
    });
    expect(tree.templates).toEqual({
      directory: { "base.html": { file: { contents: "<h1>{{ title }}</h1>" } } },
    });
    expect(flattenFileSystemTree(tree)).toEqual(cellMountPayload(transpileCell(files), runtime));
    const manifest = JSON.parse(String(flattenFileSystemTree(tree).get(".kolba/cell.json")));
    expect(manifest).toMatchObject({ entry: "app.js", packageName: "flask" });
    expect(manifest.sources).toEqual({ "app.ts": APP });
    await cell.stop();
  });

  it("retries a failed boot on the next start", async () => {
    const { engine, boots } = setup({ failBoot: 1 });
    const statuses: CellStatus[] = [];
    const error = await engine
      .start({ "app.ts": APP }, { onStatus: (s) => statuses.push(s) })
      .catch((e: unknown) => e);
    expect((error as CellError).kind).toBe("engine");
    expect((error as CellError).message).toContain("no network");
    expect(statuses.map((s) => s.state)).toEqual(["starting", "error"]);
    const cell = await engine.start({ "app.ts": APP });
    expect(boots()).toBe(2);
    await cell.stop();
  });

  it("tears the container down through its host", async () => {
    const { engine, container } = setup();
    await engine.boot();
    engine.dispose();
    expect(container.tornDown).toBe(1);
  });
});

describe("webcontainer engine: processes and ports", () => {
  it("spawns node on the bootstrap in the cell's folder with its two ports", async () => {
    const { engine, container } = setup();
    const one = await engine.start({ "app.ts": APP });
    const two = await engine.start({ "app.ts": APP });
    expect(
      container.spawns.map(({ command, args, options }) => ({ command, args, options })),
    ).toEqual([
      {
        command: "node",
        args: [".kolba/webcontainer/bootstrap.js"],
        options: {
          cwd: "cells/1",
          env: { KOLBA_PORT: 3000, KOLBA_SIDE_PORT: 3001, NODE_ENV: "development" },
        },
      },
      {
        command: "node",
        args: [".kolba/webcontainer/bootstrap.js"],
        options: {
          cwd: "cells/2",
          env: { KOLBA_PORT: 3002, KOLBA_SIDE_PORT: 3003, NODE_ENV: "development" },
        },
      },
    ]);
    expect(one.url).toBe(preview(3000));
    expect(two.url).toBe(preview(3002));
    expect(one.status).toEqual({ state: "ready", url: preview(3000), port: 3000 });
    await one.stop();
    await two.stop();
  });

  it("is ready only once both the app's port and the side channel's are open", async () => {
    const { engine, container } = setup({ ports: "manual" });
    const statuses: CellStatus[] = [];
    const started = engine.start({ "app.ts": APP }, { onStatus: (s) => statuses.push(s) });
    await expect.poll(() => container.spawns.length).toBe(1);
    container.hub.open(3001, preview(3001));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(statuses.map((s) => s.state)).toEqual(["starting"]);
    // `server-ready` alone is enough for the app's port.
    for (const listener of container.hub.listeners["server-ready"]) listener(3000, preview(3000));
    const cell = await started;
    expect(statuses.map((s) => s.state)).toEqual(["starting", "ready"]);
    expect(cell.url).toBe(preview(3000));
    await cell.stop();
  });

  it("splits terminal output into stdout, stderr and bootstrap messages", async () => {
    const { engine, container } = setup();
    const printed: ConsoleChunk[] = [];
    const cell = await engine.start({ "app.ts": APP }, { onConsole: (c) => printed.push(c) });
    const proc = lastProcess(container);
    proc.print(" * Serving Flask app 'app'\r\n * Debug mode: off\r");
    proc.print(`\n${stderrLine("warning: careful\n").replace("\n", "\r\n")}`);
    proc.print(message({ type: "ready", url: "http://127.0.0.1:3000", port: 3000 }));
    proc.print("partial ");
    proc.print("line\r\n");
    const merged = () =>
      printed.reduce<ConsoleChunk[]>((all, chunk) => {
        const last = all.at(-1);
        if (last?.stream === chunk.stream) last.text += chunk.text;
        else all.push({ ...chunk });
        return all;
      }, []);
    await expect.poll(() => merged().at(-1)?.text).toBe("partial line\n");
    expect(merged()).toEqual([
      { stream: "stdout", text: " * Serving Flask app 'app'\n * Debug mode: off\n" },
      { stream: "stderr", text: "warning: careful\n" },
      { stream: "stdout", text: "partial line\n" },
    ]);
    expect(cell.output()).toEqual(printed);
    await cell.stop();
  });

  it("rejects a start the bootstrap reports as failed, located, and cleans up", async () => {
    const { engine, container } = setup({ ports: "manual" });
    const located = {
      kind: "startup",
      message: "Error: nope",
      location: { file: "app.ts", line: 3, column: 7 },
      formatted: "app.ts:3:7: Error: nope",
    };
    container.onSpawn = (proc) => proc.print(message({ type: "error", error: located }));
    const statuses: CellStatus[] = [];
    const error = await engine
      .start({ "app.ts": APP }, { onStatus: (s) => statuses.push(s) })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CellError);
    expect((error as CellError).located).toEqual(located);
    expect(statuses.map((s) => s.state)).toEqual(["starting", "error"]);
    expect(lastProcess(container).killed).toBe(true);
    expect(container.removed).toEqual(["cells/1"]);
  });

  it("reports an exit before listening with the exit code and the output's tail", async () => {
    const { engine, container } = setup({ ports: "manual" });
    container.onSpawn = (proc) => {
      proc.print("Cannot find module 'flask'\r\n");
      proc.end(1);
    };
    const error = await engine.start({ "app.ts": APP }).catch((e: unknown) => e);
    expect((error as CellError).kind).toBe("startup");
    expect((error as CellError).message).toBe(
      "The app exited with code 1 before it started listening.\nCannot find module 'flask'",
    );
  });

  it("gives up on an app that never listens", async () => {
    const { engine, container } = setup({ ports: "manual" });
    const error = await engine
      .start({ "app.ts": APP }, { readyTimeoutMs: 300 })
      .catch((e: unknown) => e);
    expect((error as CellError).message).toBe(
      "The app did not start listening within 0.3 s. Does app.ts call app.run()?",
    );
    expect(lastProcess(container).killed).toBe(true);
  });

  it("reports a crash after start and refuses requests", async () => {
    const { engine, container } = setup();
    const cell = await engine.start({ "app.ts": APP });
    const proc = lastProcess(container);
    proc.print(
      message({
        type: "crashed",
        error: { kind: "crash", message: "Error: late", formatted: "app.ts:4:1: Error: late" },
      }),
    );
    proc.end(1);
    await expect.poll(() => cell.status.state).toBe("crashed");
    const error = await cell.fetch("/").catch((e: unknown) => e);
    expect((error as CellError).kind).toBe("crash");
    expect((error as CellError).located.message).toBe("Error: late");
    await cell.stop();
  });
});

describe("webcontainer engine: requests", () => {
  it("sends an envelope to the side channel and reads the raw header list back", async () => {
    const { engine, requests, answerWith } = setup();
    answerWith(async () =>
      Response.json({
        status: 201,
        statusText: "CREATED",
        headers: [
          ["Content-Type", "text/plain"],
          ["Set-Cookie", "a=1; Path=/"],
          ["Set-Cookie", "b=2; HttpOnly"],
        ],
        body: bytesToBase64(new TextEncoder().encode("made")),
      }),
    );
    const cell = await engine.start({ "app.ts": APP });
    const res = await cell.fetch({
      path: "/things?x=1",
      method: "post",
      headers: { Cookie: "session=abc", "Content-Type": "application/json" },
      body: '{"n":1}',
    });
    expect(requests).toHaveLength(1);
    const sent = requests[0];
    expect(sent?.url).toBe(preview(3001));
    expect(sent?.init.method).toBe("POST");
    expect(sent?.init.headers).toEqual({ "Content-Type": "text/plain;charset=UTF-8" });
    expect(sent?.init.credentials).toBe("omit");
    expect(JSON.parse(String(sent?.init.body))).toEqual({
      method: "POST",
      path: "/things?x=1",
      headers: [
        ["Cookie", "session=abc"],
        ["Content-Type", "application/json"],
      ],
      body: bytesToBase64(new TextEncoder().encode('{"n":1}')),
    });
    expect(res.status).toBe(201);
    expect(res.statusText).toBe("CREATED");
    expect(res.text()).toBe("made");
    expect(res.cookies.map((c) => c.name)).toEqual(["a", "b"]);
    expect(res.cookies[1]?.attributes.httponly).toBe(true);
    await cell.stop();
  });

  it("turns a side channel failure into a crash error", async () => {
    const { engine, answerWith } = setup();
    answerWith(async () =>
      Response.json({ error: "connect ECONNREFUSED 127.0.0.1:3000" }, { status: 502 }),
    );
    const cell = await engine.start({ "app.ts": APP });
    const error = await cell.fetch("/").catch((e: unknown) => e);
    expect((error as CellError).kind).toBe("crash");
    expect((error as CellError).message).toBe(
      "The request / failed: connect ECONNREFUSED 127.0.0.1:3000",
    );
    await cell.stop();
  });

  it("kills and respawns the process when a request runs past the limit", async () => {
    const { engine, container, answerWith } = setup();
    answerWith(
      (_envelope, init) =>
        new Promise((_resolve, reject) => {
          init.signal?.addEventListener("abort", () =>
            reject(new DOMException("aborted", "AbortError")),
          );
        }),
    );
    const statuses: string[] = [];
    const cell = await engine.start(
      { "app.ts": APP },
      { requestTimeoutMs: 200, onStatus: (s) => statuses.push(s.state) },
    );
    const first = lastProcess(container);
    const error = await cell.fetch("/spin").catch((e: unknown) => e);
    expect((error as CellError).kind).toBe("timeout");
    expect((error as CellError).message).toMatch(/^GET \/spin ran longer than 0\.2 s/);
    expect(first.killed).toBe(true);
    expect(container.spawns).toHaveLength(2);
    expect(statuses).toEqual(["starting", "ready", "error", "starting", "ready"]);
    expect(cell.output()).toEqual([
      { stream: "stderr", text: `${(error as CellError).message}\n` },
    ]);
    await cell.stop();
  });

  it("restarts on demand and stops for good", async () => {
    const { engine, container } = setup();
    const statuses: string[] = [];
    const cell = await engine.start({ "app.ts": APP }, { onStatus: (s) => statuses.push(s.state) });
    const first = lastProcess(container);
    await cell.restart();
    expect(first.killed).toBe(true);
    expect(container.spawns).toHaveLength(2);
    await cell.stop();
    expect(lastProcess(container).killed).toBe(true);
    expect(container.removed).toEqual(["cells/1"]);
    expect(statuses).toEqual(["starting", "ready", "starting", "ready", "stopped"]);
    await expect(cell.fetch("/")).rejects.toThrow(/stopped/);
    await expect(cell.restart()).rejects.toThrow(/stopped/);
  });
});

describe("webcontainer pieces", () => {
  it("nests and flattens a payload", () => {
    const payload = new Map<string, string | Uint8Array>([
      ["a.js", "1"],
      ["lib/b.js", "2"],
      ["lib/deep/c.bin", new Uint8Array([9])],
    ]);
    const tree = toFileSystemTree(payload);
    expect(tree).toEqual({
      "a.js": { file: { contents: "1" } },
      lib: {
        directory: {
          "b.js": { file: { contents: "2" } },
          deep: { directory: { "c.bin": { file: { contents: new Uint8Array([9]) } } } },
        },
      },
    });
    expect(flattenFileSystemTree(tree)).toEqual(payload);
    expect(() =>
      toFileSystemTree(
        new Map([
          ["a", "x"],
          ["a/b", "y"],
        ]),
      ),
    ).toThrow(/a is a file/);
  });

  it("holds back only what may be a marked line, even without its NUL", () => {
    const splitter = new OutputSplitter();
    expect(splitter.push("kol")).toEqual({ chunks: [], messages: [] });
    expect(splitter.push('ba:{"type":"ready","url":"u","port":1}\r\nnext')).toEqual({
      chunks: [{ stream: "stdout", text: "next" }],
      messages: [{ type: "ready", url: "u", port: 1 }],
    });
    expect(splitter.push("kolbasa\n")).toEqual({
      chunks: [{ stream: "stdout", text: "kolbasa\n" }],
      messages: [],
    });
    expect(splitter.push('\u0000kolba-stderr:"late"')).toEqual({ chunks: [], messages: [] });
    expect(splitter.flush()).toEqual([{ stream: "stderr", text: "late" }]);
  });
});
