import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { Flask, makeResponse, request } from "../../sandbox-runtime/engines/node/flask.ts";
import { formatRoutes } from "../../sandbox-runtime/engines/node/routes-table.ts";

const CLI = fileURLToPath(new URL("../../sandbox-runtime/engines/node/cli.ts", import.meta.url));

const HELLO = `import { Flask, request } from "flask";

export const app = new Flask(import.meta.url);

app.route("/", function index() {
  return \`Hello \${request.args.get("name", "World")}!\`;
});
app.route("/user/<int:id>", { methods: ["GET", "POST"] }, function user({ id }) {
  return String(id);
});
`;

function cell(source = HELLO): string {
  const dir = mkdtempSync(join(tmpdir(), "kolba-cell-"));
  writeFileSync(join(dir, "hello.ts"), source);
  return dir;
}

function rawRequest(port: number, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1", () => socket.write(text));
    let data = "";
    socket.on("data", (chunk) => {
      data += chunk.toString();
    });
    socket.on("end", () => resolve(data));
    socket.on("error", reject);
    setTimeout(() => {
      socket.destroy();
      resolve(data);
    }, 1000);
  });
}

describe("flask routes", () => {
  test("the table matches Flask's routes command", () => {
    const app = new Flask("hello");
    app.route("/", function index() {
      return "";
    });
    app.route("/user/<int:id>", { methods: ["GET", "POST"] }, function user() {
      return "";
    });
    // What `flask --app hello routes` prints for the same app under Flask 2.2.
    expect(formatRoutes(app.urlMap.rules)).toBe(
      [
        "Endpoint  Methods    Rule",
        "--------  ---------  -----------------------",
        "index     GET        /",
        "static    GET        /static/<path:filename>",
        "user      GET, POST  /user/<int:id>",
      ].join("\n"),
    );
    expect(formatRoutes(app.urlMap.rules, { sort: "rule", allMethods: true }).split("\n")[2]).toBe(
      "index     GET, HEAD, OPTIONS        /",
    );
    expect(formatRoutes([])).toBe("No routes were registered.");
  });

  test("npx flask --app hello.ts routes", { timeout: 30_000 }, () => {
    const dir = cell();
    const out = spawnSync(process.execPath, [CLI, "--app", "hello.ts", "routes"], {
      cwd: dir,
      encoding: "utf8",
    });
    expect(out.stderr).toBe("");
    expect(out.stdout).toBe(
      "Endpoint  Methods    Rule\n--------  ---------  -----------------------\nindex     GET        /\nstatic    GET        /static/<path:filename>\nuser      GET, POST  /user/<int:id>\n",
    );
  });

  test("a module without an app is an error", { timeout: 30_000 }, () => {
    const dir = cell("export const x = 1;\n");
    const out = spawnSync(process.execPath, [CLI, "--app", "hello.ts", "routes"], {
      cwd: dir,
      encoding: "utf8",
    });
    expect(out.status).not.toBe(0);
    expect(out.stderr).toContain(
      "Failed to find Flask application or factory in module 'hello.ts'",
    );
  });

  test("npx flask --app hello.ts run --port N --debug serves and prints Flask's banner", {
    timeout: 30_000,
  }, async () => {
    const dir = cell(`${HELLO}\napp.run();\n`);
    const child = spawn(
      process.execPath,
      [CLI, "--app", "hello.ts", "run", "--port", "0", "--debug"],
      { cwd: dir },
    );
    let stderr = "";
    const port = await new Promise<number>((resolve, reject) => {
      child.stderr.on("data", (chunk) => {
        stderr += chunk.toString();
        const m = /Running on http:\/\/127\.0\.0\.1:(\d+)/.exec(stderr);
        if (m) resolve(Number(m[1]));
      });
      child.on("exit", () => reject(new Error(stderr)));
    });
    try {
      const res = await fetch(`http://127.0.0.1:${port}/?name=Ana`);
      expect(await res.text()).toBe("Hello Ana!");
      expect(stderr).toContain(
        " * Ignoring a call to 'app.run()' that would block the current 'flask' CLI command.",
      );
      expect(stderr).toContain(" * Serving Flask app 'hello'\n * Debug mode: on\n");
      expect(stderr).toContain(
        "WARNING: This is a development server. Do not use it in a production deployment. Use a production WSGI server instead.\n",
      );
      expect(stderr).toContain("Press CTRL+C to quit\n");
    } finally {
      child.kill();
    }
  });
});

describe("app.run on node:http", () => {
  test("serves requests, keeps Set-Cookie, answers malformed HTTP with 400 and keeps running", {
    timeout: 30_000,
  }, async () => {
    const app = new Flask("served");
    app.route("/", function index() {
      const res = makeResponse(`hi ${request.remoteAddr}`);
      res.setCookie("a", "1");
      res.setCookie("b", "2");
      return res;
    });
    app.post("/echo", function echo() {
      return request.form.get("x") ?? "none";
    });
    const server = await app.run({ port: 0, quiet: true });
    expect(server).not.toBeNull();
    const port = (server as NonNullable<typeof server>).port;
    try {
      const res = await fetch(`http://127.0.0.1:${port}/`);
      expect(res.status).toBe(200);
      expect(await res.text()).toBe("hi 127.0.0.1");
      expect(res.headers.getSetCookie()).toEqual(["a=1; Path=/", "b=2; Path=/"]);
      const post = await fetch(`http://127.0.0.1:${port}/echo`, {
        method: "POST",
        body: new URLSearchParams({ x: "ą" }),
      });
      expect(await post.text()).toBe("ą");
      const bad = await rawRequest(port, "GARBAGE\r\n\r\n");
      expect(bad.startsWith("HTTP/1.1 400 Bad Request")).toBe(true);
      const badHeader = await rawRequest(port, "GET / HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n");
      expect(badHeader.startsWith("HTTP/1.1 400 Bad Request")).toBe(true);
      const raw = await rawRequest(
        port,
        "GET /missing HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
      );
      expect(raw.startsWith("HTTP/1.1 404 NOT FOUND")).toBe(true);
      expect((await fetch(`http://127.0.0.1:${port}/`)).status).toBe(200);
    } finally {
      await server?.close();
    }
  });

  test("errors: a plain 500 normally, the debug page in debug mode", {
    timeout: 30_000,
  }, async () => {
    const app = new Flask("failing");
    app.route("/", function index() {
      throw new Error("kaboom");
    });
    const original = console.error;
    console.error = () => undefined;
    const server = await app.run({ port: 0, quiet: true });
    try {
      const url = `http://127.0.0.1:${server?.port}/`;
      const plain = await fetch(url);
      expect(plain.status).toBe(500);
      expect(await plain.text()).toContain("<title>500 Internal Server Error</title>");
      app.debug = true;
      const debug = await fetch(url);
      expect(debug.status).toBe(500);
      expect(await debug.text()).toContain("Error: kaboom // Werkzeug Debugger");
    } finally {
      console.error = original;
      await server?.close();
    }
  });
});
