import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { NodeEngine } from "../../sandbox-runtime/engines/node-engine/index.ts";
import { CellError } from "../../sandbox-runtime/engines/transpile/index.ts";
import type { CellStatus, ConsoleChunk } from "../../sandbox-runtime/engines/types.ts";

// A stand-in port keeps these tests about the engine, whatever state the real port is in.
const MINI_PORT = fileURLToPath(new URL("./fixtures/mini-flask", import.meta.url));

let tmpRoot = "";
beforeEach(async () => {
  tmpRoot = await mkdtemp(join(tmpdir(), "kolba-engine-test-"));
});
afterEach(async () => {
  await rm(tmpRoot, { recursive: true, force: true });
});

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(folder.length + 1));
}

const appWith = (body: string) => `import { Flask } from "flask";
const app = new Flask(import.meta.url);
${body}
app.run();
`;

describe("node engine lifecycle", () => {
  it("says its preview loads once started, and that it sees none of the preview's requests", async () => {
    const engine = new NodeEngine({ portRoot: MINI_PORT, tmpRoot });
    const cell = await engine.start({ "app.ts": appWith('app.route("/", () => "hi");') });
    const exchanges: unknown[] = [];
    const unsubscribe = cell.onPreviewExchange((exchange) => exchanges.push(exchange));
    await cell.previewReady();
    // What a preview frame would do: load the URL itself, past the engine.
    const page = await fetch(`${cell.url}/`);
    expect(await page.text()).toBe("hi");
    expect(exchanges).toEqual([]);
    expect(cell.previewCookies).toBeUndefined();
    unsubscribe();
    await cell.stop();
  });

  it("reports starting, ready and stopped, and removes its folder on stop", async () => {
    const statuses: CellStatus[] = [];
    const engine = new NodeEngine({ portRoot: MINI_PORT, tmpRoot });
    const cell = await engine.start(
      { "app.ts": appWith('app.route("/", () => "hi");') },
      { onStatus: (s) => statuses.push(s) },
    );
    expect(statuses.map((s) => s.state)).toEqual(["starting", "ready"]);
    const ready = statuses[1];
    expect(ready?.state === "ready" && ready.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(cell.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect((await cell.fetch("/")).text()).toBe("hi");
    expect(await readdir(tmpRoot)).toHaveLength(1);
    await cell.stop();
    expect(statuses.map((s) => s.state)).toEqual(["starting", "ready", "stopped"]);
    expect(await readdir(tmpRoot)).toEqual([]);
    await expect(cell.fetch("/")).rejects.toThrow(/stopped/);
  });

  it("mounts plain JavaScript only: the cell, its assets, the bootstrap and the port bundle", async () => {
    const engine = new NodeEngine({ tmpRoot });
    const cell = await engine.start({
      "app.ts": appWith('app.route("/", function index() { return "ok"; });'),
      "models.ts": "export const n: number = 1;\n",
      "templates/base.html": "<p>{{ x }}</p>",
    });
    try {
      const [folder = ""] = await readdir(tmpRoot);
      const files = await filesUnder(join(tmpRoot, folder));
      expect(files).toEqual(
        expect.arrayContaining([
          "app.js",
          "models.js",
          "templates/base.html",
          "package.json",
          ".kolba/cell.json",
          ".kolba/node-engine/bootstrap.js",
          "node_modules/flask/package.json",
          "node_modules/flask/flask/app.js",
        ]),
      );
      expect(files.filter((file) => file.endsWith(".ts"))).toEqual([]);
    } finally {
      await cell.stop();
    }
  }, 20_000);

  it("streams stdout and stderr apart, to listeners and output()", async () => {
    const chunks: ConsoleChunk[] = [];
    const engine = new NodeEngine({ portRoot: MINI_PORT, tmpRoot });
    const cell = await engine.start(
      {
        "app.ts": appWith(
          'app.beforeRequest(() => { console.log("to stdout"); console.error("to stderr"); });\napp.route("/", () => "ok");',
        ),
      },
      { onConsole: (chunk) => chunks.push(chunk) },
    );
    await cell.fetch("/");
    await cell.stop();
    const text = (stream: string) =>
      chunks
        .filter((c) => c.stream === stream)
        .map((c) => c.text)
        .join("");
    expect(text("stdout")).toContain("to stdout\n");
    expect(text("stderr")).toBe("to stderr\n");
    expect(text("stdout")).not.toContain("to stderr");
  });

  it("restarts with fresh state", async () => {
    const engine = new NodeEngine({ portRoot: MINI_PORT, tmpRoot });
    const cell = await engine.start({
      "app.ts": appWith('let n = 0;\napp.route("/", () => String(++n));'),
    });
    try {
      expect((await cell.fetch("/")).text()).toBe("1");
      expect((await cell.fetch("/")).text()).toBe("2");
      await cell.restart();
      expect(cell.status.state).toBe("ready");
      expect((await cell.fetch("/")).text()).toBe("1");
    } finally {
      await cell.stop();
    }
  });

  it("never starts a process for a syntax error and reports the learner's place", async () => {
    const statuses: CellStatus[] = [];
    const engine = new NodeEngine({ portRoot: MINI_PORT, tmpRoot });
    const error = await engine
      .start(
        { "app.ts": 'import { Flask } from "flask";\nconst app = new Flask(;\n' },
        { onStatus: (s) => statuses.push(s) },
      )
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CellError);
    expect((error as CellError).message).toMatch(/^app\.ts:2:23: SyntaxError/);
    expect(statuses.map((s) => s.state)).toEqual(["starting", "error"]);
    expect(await readdir(tmpRoot)).toEqual([]);
  });

  it("locates an error thrown while the app module loads", async () => {
    const engine = new NodeEngine({ portRoot: MINI_PORT, tmpRoot });
    const source = appWith(
      // biome-ignore lint/suspicious/noTemplateCurlyInString: this is the cell's source text
      "const port: number = 70000;\nif (port > 65535) {\n  throw new RangeError(`bad port ${port}`);\n}",
    );
    const error = (await engine.start({ "app.ts": source }).catch((e: unknown) => e)) as CellError;
    expect(error).toBeInstanceOf(CellError);
    expect(error.kind).toBe("startup");
    expect(error.located.location).toEqual({ file: "app.ts", line: 5, column: 9 });
    expect(error.located.message).toBe("RangeError: bad port 70000");
    expect(error.located.stack).toContain("app.ts:5:9");
    expect(await readdir(tmpRoot)).toEqual([]);
  });

  it("locates an early error only Node's parser sees (a let declared twice)", async () => {
    const engine = new NodeEngine({ portRoot: MINI_PORT, tmpRoot });
    const files = {
      "app.ts": appWith('import { total } from "./cart";\napp.route("/", () => String(total));'),
      "cart.ts":
        "const prices: number[] = [1, 2];\nlet total = 0;\nfor (const p of prices) total += p;\nlet total = 3;\nexport { total };\n",
    };
    const error = (await engine.start(files).catch((e: unknown) => e)) as CellError;
    expect(error).toBeInstanceOf(CellError);
    expect(error.kind).toBe("syntax");
    expect(error.located.location).toEqual({ file: "cart.ts", line: 4, column: 5 });
    expect(error.message).toMatch(
      /^cart\.ts:4:5: SyntaxError: Identifier 'total' has already been declared/,
    );
  });

  it("gives up clearly on an app that never calls app.run()", async () => {
    const engine = new NodeEngine({ portRoot: MINI_PORT, tmpRoot });
    const files = {
      "app.ts":
        'import { Flask } from "flask";\nnew Flask(import.meta.url);\nsetInterval(() => {}, 1000);\n',
    };
    const error = (await engine
      .start(files, { readyTimeoutMs: 800 })
      .catch((e: unknown) => e)) as CellError;
    expect(error).toBeInstanceOf(CellError);
    expect(error.message).toMatch(
      /did not start listening within 0\.8 s\. Does app\.ts call app\.run\(\)\?/,
    );
    expect(await readdir(tmpRoot)).toEqual([]);
  });

  it("reports a crash after start, located, and refuses requests until restarted", async () => {
    const statuses: CellStatus[] = [];
    const engine = new NodeEngine({ portRoot: MINI_PORT, tmpRoot });
    const source = appWith(
      'app.route("/", () => "ok");\napp.route("/later", () => {\n  setTimeout(() => { throw new TypeError("late failure"); }, 10);\n  return "scheduled";\n});',
    );
    const cell = await engine.start({ "app.ts": source }, { onStatus: (s) => statuses.push(s) });
    try {
      expect((await cell.fetch("/later")).text()).toBe("scheduled");
      await expect.poll(() => cell.status.state, { timeout: 5000 }).toBe("crashed");
      const crashed = cell.status;
      expect(crashed.state === "crashed" && crashed.error.location).toEqual({
        file: "app.ts",
        line: 5,
        column: 28,
      });
      await expect(cell.fetch("/")).rejects.toThrow(/late failure/);
      await cell.restart();
      expect((await cell.fetch("/")).text()).toBe("ok");
    } finally {
      await cell.stop();
    }
  });

  it("stops a request past the limit, says so, restarts and answers again", async () => {
    const chunks: ConsoleChunk[] = [];
    const engine = new NodeEngine({ portRoot: MINI_PORT, tmpRoot });
    const source = appWith(
      'app.route("/", () => "ok");\napp.route("/spin", () => { while (true) {} });',
    );
    const cell = await engine.start(
      { "app.ts": source },
      { requestTimeoutMs: 700, onConsole: (c) => chunks.push(c) },
    );
    try {
      const error = (await cell.fetch("/spin").catch((e: unknown) => e)) as CellError;
      expect(error).toBeInstanceOf(CellError);
      expect(error.kind).toBe("timeout");
      expect(error.message).toMatch(
        /^GET \/spin ran longer than 0\.7 s, so the app was stopped and started again/,
      );
      expect(cell.status.state).toBe("ready");
      expect((await cell.fetch("/")).text()).toBe("ok");
      expect(chunks.some((c) => c.stream === "stderr" && c.text.includes("ran longer than"))).toBe(
        true,
      );
    } finally {
      await cell.stop();
    }
  });
});

// The WebContainer's default Node is 20: the mounted tree must run there as it runs here.
const nodeBinaries = [
  process.execPath,
  ...["/usr/bin/node"].filter((path) => existsSync(path) && path !== process.execPath),
];

describe("the mounted tree on every Node here", () => {
  for (const nodePath of nodeBinaries) {
    const version = execFileSync(nodePath, ["-v"], { encoding: "utf8" }).trim();
    it(`runs the real port on ${nodePath} (${version})`, async () => {
      const engine = new NodeEngine({ nodePath, tmpRoot });
      const cell = await engine.start({
        "app.ts": appWith(
          'app.route("/version", function version() {\n  return { node: process.version };\n});\napp.route("/hello/<name>", function hello({ name }: { name: string }) {\n  return renderTemplate("hello.html", { name });\n});',
        ).replace(
          'import { Flask } from "flask";',
          'import { Flask, renderTemplate } from "flask";',
        ),
        "templates/hello.html": "<p>Hello, {{ name }}!</p>",
      });
      try {
        expect((await cell.fetch("/version")).json()).toEqual({ node: version });
        expect((await cell.fetch("/hello/%3Cdev%3E")).text()).toBe("<p>Hello, &lt;dev&gt;!</p>");
      } finally {
        await cell.stop();
      }
    }, 20_000);
  }
});
