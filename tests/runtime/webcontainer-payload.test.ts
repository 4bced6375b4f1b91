/**
 * The webcontainer engine's payload under real Node. The engine runs over `NodeBackedContainer`:
 * its tree is written to a temporary folder exactly as mounted, and `node` is Debian's
 * `/usr/bin/node` (v20, the WebContainer's default), spawned with the engine's own arguments,
 * cwd and env; requests go through the side channel over real HTTP. This proves the payload,
 * the bootstrap and the side channel — not the WebContainer itself.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { NodeEngine } from "../../sandbox-runtime/engines/node-engine/index.ts";
import { CellError } from "../../sandbox-runtime/engines/transpile/index.ts";
import type { CellStatus, ConsoleChunk } from "../../sandbox-runtime/engines/types.ts";
import {
  ContainerHost,
  type RuntimeFiles,
  WebContainerEngine,
} from "../../sandbox-runtime/engines/webcontainer/index.ts";
import { buildWebContainerRuntime } from "../../sandbox-runtime/engines/webcontainer/runtime-build.ts";
import { runtimeCases } from "./cases/all.ts";
import { runCase } from "./run-case.ts";
import { NodeBackedContainer } from "./webcontainer-fake.ts";

const NODE = existsSync("/usr/bin/node") ? "/usr/bin/node" : process.execPath;
const NODE_VERSION = execFileSync(NODE, ["-v"], { encoding: "utf8" }).trim();

async function filesUnder(folder: string): Promise<Map<string, Buffer>> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const files = new Map<string, Buffer>();
  for (const entry of entries.filter((e) => e.isFile())) {
    const path = join(entry.parentPath, entry.name);
    files.set(path.slice(folder.length + 1), await readFile(path));
  }
  return files;
}

const appWith = (imports: string, body: string) => `import { ${imports} } from "flask";
const app = new Flask(import.meta.url);
${body}
app.run();
`;

let runtime: RuntimeFiles;
let root = "";
let container: NodeBackedContainer;
let engine: WebContainerEngine;
// Ports the machine's other suites are unlikely to use; each file run picks its own range.
const firstPort = 40_000 + Math.floor(Math.random() * 200) * 100;

beforeAll(() => {
  runtime = buildWebContainerRuntime();
});

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "kolba-wc-"));
  container = new NodeBackedContainer(root, NODE);
  const host = new ContainerHost(async () => container, {
    firstPort: firstPort + Math.floor(Math.random() * 40) * 2,
  });
  engine = new WebContainerEngine({ runtime, host });
  return async () => {
    container.teardown();
    await rm(root, { recursive: true, force: true });
  };
});

describe("the mounted tree", () => {
  it("holds exactly what the node engine writes, plus the webcontainer bootstrap and side channel", async () => {
    const files = {
      "app.ts": appWith(
        "Flask, renderTemplate",
        'app.route("/", function index() { return renderTemplate("a.html"); });',
      ),
      "models.ts": "export const n: number = 1;\n",
      "templates/a.html": "<p>{{ 1 + 1 }}</p>",
      "static/logo.png": new Uint8Array([137, 80, 78, 71, 0, 255]),
    };
    const nodeTmp = await mkdtemp(join(tmpdir(), "kolba-wc-node-"));
    try {
      const nodeCell = await new NodeEngine({ tmpRoot: nodeTmp }).start(files);
      const [folder = ""] = await readdir(nodeTmp);
      const written = await filesUnder(join(nodeTmp, folder));
      await nodeCell.stop();
      const cell = await engine.start(files);
      const mounted = await filesUnder(join(root, "cells/1"));
      await cell.stop();
      expect(written.size).toBeGreaterThan(20);
      for (const [path, contents] of written) {
        expect(mounted.get(path)?.equals(contents), path).toBe(true);
      }
      const extra = [...mounted.keys()].filter((path) => !written.has(path)).sort();
      // The side channel reuses the node engine's loopback forwarder (and what it imports).
      expect(extra, extra.join(", ")).toEqual([
        ".kolba/node-engine/cell-response.js",
        ".kolba/node-engine/forward-request.js",
        ".kolba/webcontainer/bootstrap.js",
        ".kolba/webcontainer/side-channel-server.js",
        ".kolba/webcontainer/side-channel.js",
        ".kolba/webcontainer/stderr-lines.js",
      ]);
      expect([...mounted.keys()].some((path) => path.endsWith(".ts"))).toBe(false);
    } finally {
      await rm(nodeTmp, { recursive: true, force: true });
    }
  }, 60_000);
});

describe(`cells on ${NODE} (${NODE_VERSION}) through the side channel`, () => {
  it("answers a hello cell and prints the banner", async () => {
    const statuses: CellStatus[] = [];
    const printed: ConsoleChunk[] = [];
    const cell = await engine.start(
      {
        "app.ts": appWith(
          "Flask",
          'app.route("/", function index() {\n  console.log("index called");\n  return { hello: "world", node: process.version };\n});',
        ),
      },
      { onStatus: (s) => statuses.push(s), onConsole: (c) => printed.push(c) },
    );
    try {
      expect(statuses.map((s) => s.state)).toEqual(["starting", "ready"]);
      expect(cell.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const spawn = container.spawns[0];
      expect(spawn?.command).toBe("node");
      expect(spawn?.args).toEqual([".kolba/webcontainer/bootstrap.js"]);
      expect(spawn?.options?.cwd).toBe("cells/1");
      const res = await cell.fetch("/");
      expect(res.status).toBe(200);
      expect(res.header("content-type")).toMatch(/application\/json/);
      expect(res.json()).toEqual({ hello: "world", node: NODE_VERSION });
      const text = printed.map((c) => c.text).join("");
      expect(text).toContain(" * Serving Flask app");
      expect(text).toContain("index called\n");
      expect(text).not.toContain("kolba:");
      expect(text).not.toContain("\r");
      // The app's own port answers a browser directly (the preview iframe).
      const direct = await fetch(`${cell.url}/`);
      expect(await direct.json()).toEqual({ hello: "world", node: NODE_VERSION });
    } finally {
      await cell.stop();
    }
    expect(cell.status.state).toBe("stopped");
    expect(existsSync(join(root, "cells/1"))).toBe(false);
  }, 60_000);

  it("carries Cookie in and every Set-Cookie out", async () => {
    const cell = await engine.start({
      "app.ts": appWith(
        "Flask, makeResponse, request",
        `app.route("/set", function set() {
  const response = makeResponse("set");
  response.setCookie("theme", "dark", { path: "/" });
  response.setCookie("lang", "lt", { httpOnly: true });
  return response;
});
app.route("/read", function read() {
  return \`theme=\${request.cookies.get("theme", "none")} lang=\${request.cookies.get("lang", "none")}\`;
});`,
      ),
    });
    try {
      const set = await cell.fetch("/set");
      expect(set.cookies.map((c) => [c.name, c.value])).toEqual([
        ["theme", "dark"],
        ["lang", "lt"],
      ]);
      expect(set.cookies[1]?.attributes.httponly).toBe(true);
      expect(set.headers.filter(([name]) => name.toLowerCase() === "set-cookie")).toHaveLength(2);
      const read = await cell.fetch({
        path: "/read",
        headers: [["Cookie", "theme=dark; lang=lt"]],
      });
      expect(read.text()).toBe("theme=dark lang=lt");
    } finally {
      await cell.stop();
    }
  }, 60_000);

  it("renders a template with autoescape and posts a form body", async () => {
    const cell = await engine.start({
      "app.ts": appWith(
        "Flask, renderTemplate, request",
        `app.route("/hello/<name>", function hello({ name }: { name: string }) {
  return renderTemplate("hello.html", { name });
});
app.post("/echo", function echo() {
  return \`got \${request.form.get("word")}\`;
});`,
      ),
      "templates/hello.html": "<p>Hello, {{ name }}!</p>",
    });
    try {
      expect((await cell.fetch("/hello/%3Cdev%3E")).text()).toBe("<p>Hello, &lt;dev&gt;!</p>");
      const posted = await cell.fetch({
        path: "/echo",
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        body: "word=%C5%A1altibar%C5%A1%C4%8Diai",
      });
      expect(posted.text()).toBe("got šaltibarščiai");
    } finally {
      await cell.stop();
    }
  }, 60_000);

  it("keeps each request's context when views await (one request at a time)", async () => {
    const cell = await engine.start({
      "app.ts": appWith(
        "Flask, request",
        `app.route("/slow", async function slow() {
  const name = request.args.get("name");
  await new Promise((resolve) => setTimeout(resolve, 150));
  return \`\${name} then \${request.args.get("name")}\`;
});`,
      ),
    });
    try {
      const answers = await Promise.all(
        ["ada", "bob", "cy"].map((name) => cell.fetch(`/slow?name=${name}`)),
      );
      expect(answers.map((res) => res.text())).toEqual([
        "ada then ada",
        "bob then bob",
        "cy then cy",
      ]);
    } finally {
      await cell.stop();
    }
  }, 60_000);

  it("answers a COEP page's CORS requests on the side channel, and nothing else", async () => {
    const cell = await engine.start({
      "app.ts": appWith("Flask", 'app.route("/", function index() { return "hi"; });'),
    });
    try {
      const side = `http://127.0.0.1:${container.spawns[0]?.options?.env?.KOLBA_SIDE_PORT}`;
      const preflight = await fetch(side, { method: "OPTIONS" });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get("access-control-allow-origin")).toBe("*");
      const posted = await fetch(side, {
        method: "POST",
        headers: { "Content-Type": "text/plain;charset=UTF-8", Origin: "http://lesson.test" },
        body: JSON.stringify({ method: "GET", path: "/", headers: [], body: null }),
      });
      expect(posted.headers.get("access-control-allow-origin")).toBe("*");
      expect(posted.headers.get("cross-origin-resource-policy")).toBe("cross-origin");
      expect(await posted.json()).toMatchObject({ status: 200, statusText: "OK" });
      expect((await fetch(side)).status).toBe(405);
      const bad = await fetch(side, { method: "POST", body: '{"path":"no-slash"}' });
      expect(bad.status).toBe(400);
    } finally {
      await cell.stop();
    }
  }, 60_000);

  it("runs two cells side by side, each in its folder on its own ports", async () => {
    const one = await engine.start({
      "app.ts": appWith("Flask", 'app.route("/", function index() { return "one"; });'),
    });
    const two = await engine.start({
      "app.ts": appWith("Flask", 'app.route("/", function index() { return "two"; });'),
    });
    try {
      expect(container.mounts.map((m) => m.mountPoint)).toEqual(["cells/1", "cells/2"]);
      expect(one.url).not.toBe(two.url);
      expect((await one.fetch("/")).text()).toBe("one");
      expect((await two.fetch("/")).text()).toBe("two");
      const ports = container.spawns.map((s) => [
        s.options?.env?.KOLBA_PORT,
        s.options?.env?.KOLBA_SIDE_PORT,
      ]);
      expect(new Set(ports.flat()).size).toBe(4);
    } finally {
      await one.stop();
      await two.stop();
    }
  }, 60_000);

  it("kills and respawns an app whose request runs too long", async () => {
    const cell = await engine.start(
      {
        "app.ts": appWith(
          "Flask",
          'let runs = 0;\nruns += 1;\napp.route("/spin", function spin() { while (true) {} });\napp.route("/", function index() { return "fine"; });',
        ),
      },
      { requestTimeoutMs: 1500 },
    );
    try {
      const began = Date.now();
      const error = await cell.fetch("/spin").catch((e: unknown) => e);
      expect(error).toBeInstanceOf(CellError);
      expect((error as CellError).kind).toBe("timeout");
      expect((error as CellError).message).toMatch(/GET \/spin ran longer than 1\.5 s/);
      expect(Date.now() - began).toBeLessThan(15_000);
      expect(container.spawns).toHaveLength(2);
      expect(cell.status.state).toBe("ready");
      expect((await cell.fetch("/")).text()).toBe("fine");
      expect(
        cell
          .output()
          .filter((c) => c.stream === "stderr")
          .map((c) => c.text)
          .join(""),
      ).toMatch(/ran longer than/);
    } finally {
      await cell.stop();
    }
  }, 60_000);

  it("restarts on demand with fresh state", async () => {
    const cell = await engine.start({
      "app.ts": appWith(
        "Flask",
        'let hits = 0;\napp.route("/", function index() { return String(++hits); });',
      ),
    });
    try {
      expect((await cell.fetch("/")).text()).toBe("1");
      expect((await cell.fetch("/")).text()).toBe("2");
      await cell.restart();
      expect((await cell.fetch("/")).text()).toBe("1");
    } finally {
      await cell.stop();
    }
  }, 60_000);

  it("reports a throw while loading, located in app.ts, and removes the folder", async () => {
    const statuses: CellStatus[] = [];
    const error = await engine
      .start(
        {
          "app.ts":
            'import { Flask } from "flask";\nconst app = new Flask(import.meta.url);\nthrow new Error("broken on purpose");\napp.run();\n',
        },
        { onStatus: (s) => statuses.push(s) },
      )
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CellError);
    expect((error as CellError).kind).toBe("startup");
    expect((error as CellError).located.location).toMatchObject({ file: "app.ts", line: 3 });
    expect(statuses.map((s) => s.state)).toEqual(["starting", "error"]);
    expect(existsSync(join(root, "cells/1"))).toBe(false);
  }, 60_000);

  it("reports a crash after start and refuses requests", async () => {
    const cell = await engine.start({
      "app.ts": appWith(
        "Flask",
        'app.route("/boom", function boom() { setTimeout(() => { throw new Error("late boom"); }, 300); return "ok"; });',
      ),
    });
    try {
      expect((await cell.fetch("/boom")).text()).toBe("ok");
      await expect.poll(() => cell.status.state, { timeout: 10_000 }).toBe("crashed");
      const error = await cell.fetch("/boom").catch((e: unknown) => e);
      expect((error as CellError).kind).toBe("crash");
      expect((error as CellError).message).toContain("late boom");
    } finally {
      await cell.stop();
    }
  }, 60_000);
});

describe(`the runtime case list on the webcontainer payload (${NODE_VERSION})`, () => {
  for (const testCase of runtimeCases) {
    it(testCase.name, async () => {
      expect(await runCase(engine, testCase)).toEqual([]);
    }, 60_000);
  }
});
