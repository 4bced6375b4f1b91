import { expect, test } from "@playwright/test";
import type { CellFiles } from "../../sandbox-runtime/engines/cell.ts";
import { CookieJar } from "../../sandbox-runtime/engines/cookie-jar.ts";
import { createCellResponse } from "../../sandbox-runtime/engines/node-engine/cell-response.ts";
import { transpileCell } from "../../sandbox-runtime/engines/transpile/transpile-cell.ts";
import { previewHeaders } from "../../sandbox-runtime/engines/worker/preview-response.ts";
import { runtimeCases } from "./cases/all.ts";
import { BROKEN_TESTS, LOOPING_TESTS, testRunCases } from "./cases/tests.ts";
import {
  type FixtureWindow,
  openLesson,
  serveFixture,
  showPreview,
} from "./worker-fixture/browser.ts";
import { PREVIEW_ORIGIN } from "./worker-fixture/origins.ts";

serveFixture();
const previewOrigin = PREVIEW_ORIGIN;

test.describe("shared runtime cases on the worker engine", () => {
  for (const testCase of runtimeCases) {
    test(testCase.name, async ({ page }) => {
      await openLesson(page);
      expect(
        await page.evaluate(
          (name) => (window as unknown as FixtureWindow).kolbaWorker.runCase(name),
          testCase.name,
        ),
      ).toEqual([]);
    });
  }
});

const previewApp: CellFiles = {
  "app.ts": `import { Flask, redirect, request, urlFor } from "flask";

const app = new Flask(import.meta.url);

app.route("/", function index() {
  const name = request.cookies.get("name");
  return \`<!doctype html>
<link rel="stylesheet" href="/static/style.css">
<h1>Home</h1>
<p id="greeting">\${name ? \`Hello, \${name}\` : "Hello, stranger"}</p>
<img id="logo" src="\${urlFor("static", { filename: "logo.svg" })}" alt="logo">
<a id="about" href="\${urlFor("about")}">About</a>
<form id="login" method="post" action="\${urlFor("login")}">
  <input name="name" id="name"><button id="submit">Log in</button>
</form>\`;
});

app.route("/about", function about() {
  return '<h1 id="title">About</h1><a id="home" href="./">Home</a><a id="root-contact" href="/contact">Contact</a>';
});

app.route("/contact", { methods: ["GET", "POST"] }, function contact() {
  if (request.method === "POST") return \`<p id="sent">Sent: \${request.form.get("message")}</p>\`;
  return '<form id="contact" method="post" action="/contact"><input id="message" name="message"><button id="send">Send</button></form>';
});

app.post("/login", function login() {
  const response = redirect(urlFor("index"));
  response.setCookie("name", request.form.get("name", "nobody"), { httpOnly: true });
  return response;
});

app.route("/api/whoami", function whoami() {
  return { name: request.cookies.get("name", null) };
});

app.run();
`,
  "static/style.css": "h1 { color: rebeccapurple; }\n",
  "static/logo.svg":
    '<svg xmlns="http://www.w3.org/2000/svg" width="20" height="10"><rect width="20" height="10"/></svg>\n',
};

test.describe("the preview iframe", () => {
  test("navigates a link, submits a form, keeps its cookie, loads static files", async ({
    page,
  }) => {
    await openLesson(page);
    const url = await showPreview(page, previewApp);
    expect(url.startsWith(`${previewOrigin}/engine/preview/`)).toBe(true);
    const preview = page.frameLocator("#preview");
    await expect(preview.locator("#greeting")).toHaveText("Hello, stranger");
    await expect(preview.locator("h1")).toHaveCSS("color", "rgb(102, 51, 153)");
    await expect
      .poll(() => preview.locator("#logo").evaluate((img: HTMLImageElement) => img.naturalWidth))
      .toBe(20);

    await preview.locator("#about").click();
    await expect(preview.locator("#title")).toHaveText("About");
    const frame = page.frame({ url: /\/about$/ });
    expect(frame?.url()).toBe(`${url}about`);
    // Root-relative links and forms written by hand stay inside the preview.
    await preview.locator("#root-contact").click();
    await preview.locator("#message").fill("hi there");
    await preview.locator("#send").click();
    await expect(preview.locator("#sent")).toHaveText("Sent: hi there");
    expect(page.frames().some((f) => f.url() === `${url}contact`)).toBe(true);
    await page.evaluate((href) => {
      (document.getElementById("preview") as HTMLIFrameElement).src = href;
    }, `${url}about`);
    await preview.locator("#home").click();
    await expect(preview.locator("#greeting")).toHaveText("Hello, stranger");

    await preview.locator("#name").fill("ana");
    await preview.locator("#submit").click();
    await expect(preview.locator("#greeting")).toHaveText("Hello, ana");
    const jar = await page.evaluate(() =>
      (window as unknown as FixtureWindow).kolbaWorker.cookies(),
    );
    expect(jar).toEqual([
      expect.objectContaining({ name: "name", value: "ana", path: "/", httpOnly: true }),
    ]);

    // A fresh navigation and a fetch() from the previewed page both carry the jar's cookie.
    await page.evaluate((href) => {
      (document.getElementById("preview") as HTMLIFrameElement).src = href;
    }, url);
    await expect(preview.locator("#greeting")).toHaveText("Hello, ana");
    const fromPage = await preview
      .locator("body")
      .evaluate(async () => (await fetch("api/whoami")).json());
    expect(fromPage).toEqual({ name: "ana" });
    // HttpOnly: the previewed page's scripts never see it.
    expect(await preview.locator("body").evaluate(() => document.cookie)).not.toContain("ana");
  });

  test("a page whose view never ends gets the timeout page, and the restarted app answers", async ({
    page,
  }) => {
    await openLesson(page);
    const url = await page.evaluate(async () => {
      const kolba = (window as unknown as FixtureWindow).kolbaWorker;
      const { url } = await kolba.start(
        {
          "app.ts": `import { Flask } from "flask";
const app = new Flask(import.meta.url);
let started = Date.now();
app.route("/", function index() { return "<p id='up'>up since " + started + "</p>"; });
app.route("/spin", function spin() { while (true) {} });
app.run();
`,
        },
        { requestTimeoutMs: 1500 },
      );
      await kolba.previewReady();
      const frame = document.createElement("iframe");
      frame.id = "preview";
      frame.setAttribute("sandbox", "allow-scripts allow-forms allow-same-origin");
      frame.src = `${url}spin`;
      document.body.append(frame);
      return url;
    });
    const preview = page.frameLocator("#preview");
    await expect(preview.locator("h1")).toHaveText("Gateway Timeout");
    await expect(preview.locator("pre")).toContainText("GET /spin ran longer than 1.5 s");
    const output = await page.evaluate(() =>
      (window as unknown as FixtureWindow).kolbaWorker.output(),
    );
    expect(output.map((chunk) => chunk.text).join("")).toContain("GET /spin ran longer than 1.5 s");
    await page.evaluate((href) => {
      (document.getElementById("preview") as HTMLIFrameElement).src = href;
    }, url);
    await expect(preview.locator("#up")).toContainText("up since");
  });
});

test.describe("the engine in the page", () => {
  test("a preview of a cell whose page closed says so at once, not after the request limit", async ({
    page,
  }) => {
    await openLesson(page);
    const url = await showPreview(page, {
      "app.ts": `import { Flask } from "flask";

const app = new Flask(import.meta.url);

app.route("/", function index() {
  return '<p id="shown">shown</p>';
});

app.run();
`,
    });
    await expect(page.frameLocator("#preview").locator("#shown")).toHaveText("shown");
    // The page goes away without stopping its cell; a new one opens.
    await openLesson(page);
    await page.evaluate(() => (window as unknown as FixtureWindow).kolbaWorker.previewReady());
    const began = Date.now();
    await page.evaluate((href) => {
      const frame = document.createElement("iframe");
      frame.id = "stale";
      frame.src = href;
      document.body.append(frame);
    }, url);
    await expect(page.frameLocator("#stale").locator("body")).toContainText(
      "No lesson page runs the cell",
      { timeout: 20_000 },
    );
    expect(Date.now() - began).toBeLessThan(10_000);
  });

  test("runs the build's transpiled form only for exactly the files it was made from", async ({
    page,
  }) => {
    await openLesson(page);
    const files = {
      "app.ts": `import { Flask } from "flask";
const app = new Flask(import.meta.url);
app.route("/", function index() { return "from the source"; });
app.run();
`,
      "notes.txt": "kept as it is\n",
    };
    const prebuilt = transpileCell(files);
    // Marked, so an answer shows which form ran.
    prebuilt.files["app.js"] = String(prebuilt.files["app.js"]).replace(
      "from the source",
      "from the build",
    );
    const answers = await page.evaluate(
      async ({ files, built }) => {
        const { engine } = (window as unknown as FixtureWindow).kolbaWorker;
        const prebuilt = JSON.parse(built);
        const answer = async (cellFiles: Record<string, string>) => {
          const cell = await engine.start(cellFiles, { prebuilt });
          const text = (await cell.fetch("/")).text();
          await cell.stop();
          return text;
        };
        return [
          await answer(files),
          await answer({ ...files, "app.ts": `${files["app.ts"]}// edited\n` }),
          await answer({ ...files, "notes.txt": "changed\n" }),
          await answer({ ...files, "more.txt": "a file more\n" }),
          await answer({ "app.ts": files["app.ts"] }),
        ];
      },
      { files, built: JSON.stringify(prebuilt) },
    );
    expect(answers).toEqual([
      "from the build",
      "from the source",
      "from the source",
      "from the source",
      "from the source",
    ]);
  });

  test("a frame may load the preview while the app starts; a failed start gives it an error page", async ({
    page,
  }) => {
    await openLesson(page, {});
    await page.evaluate(() => (window as unknown as FixtureWindow).kolbaWorker.previewReady());
    const slowApp = (last: string) => `import { Flask } from "flask";
const app = new Flask(import.meta.url);
app.route("/", function index() { return "<p id='answer'>up</p>"; });
await new Promise((resolve) => setTimeout(resolve, 400));
${last}
`;
    const run = (source: string) =>
      page.evaluate(async (code) => {
        const { engine } = (window as unknown as FixtureWindow).kolbaWorker;
        const seen: string[] = [];
        document.getElementById("preview")?.remove();
        const started = engine
          .start(
            { "app.ts": code },
            {
              onStatus: (status) => seen.push(status.state),
              onPreviewUrl: (url) => {
                seen.push("url");
                const frame = document.createElement("iframe");
                frame.id = "preview";
                frame.setAttribute("sandbox", "allow-scripts allow-forms allow-same-origin");
                frame.src = url;
                document.body.append(frame);
              },
            },
          )
          .then(
            () => "started",
            () => "failed",
          );
        seen.push(await started);
        return seen;
      }, source);
    expect(await run(slowApp("app.run();"))).toEqual(["starting", "url", "ready", "started"]);
    await expect(page.frameLocator("#preview").locator("#answer")).toHaveText("up");
    expect(await run(slowApp('throw new Error("no config");'))).toEqual([
      "starting",
      "url",
      "error",
      "failed",
    ]);
    await expect(page.frameLocator("#preview").locator("body")).toContainText("no config");
  });

  test("reports statuses, restarts, stops, and locates start errors", async ({ page }) => {
    await openLesson(page);
    const seen = await page.evaluate(async () => {
      const { engine } = (window as unknown as FixtureWindow).kolbaWorker;
      const app = (body: string) => `import { Flask } from "flask";
const app = new Flask(import.meta.url);
app.route("/", function index() { return "up"; });
${body}
`;
      const statuses: string[] = [];
      const cell = await engine.start(
        { "app.ts": app('console.log("booting");\napp.run();') },
        { onStatus: (status) => statuses.push(status.state) },
      );
      const first = (await cell.fetch("/")).text();
      await cell.restart();
      const afterRestart = cell.output().filter((chunk) => chunk.text === "booting\n").length;
      await cell.stop();
      const afterStop = await cell.fetch("/").then(
        () => "answered",
        (error: Error) => error.message,
      );
      const failure = (files: Record<string, string>, readyTimeoutMs?: number) =>
        engine.start(files, readyTimeoutMs ? { readyTimeoutMs } : {}).then(
          () => null,
          (error: {
            located: { kind: string; location?: { file: string; line: number }; message: string };
          }) => error.located,
        );
      return {
        statuses,
        first,
        afterRestart,
        afterStop,
        thrown: await failure({ "app.ts": app('throw new Error("no config");\napp.run();') }),
        noRun: await failure({ "app.ts": app("") }, 1000),
        unknownPackage: await failure({
          "app.ts": `import express from "express";\n${app("console.log(express);\napp.run();")}`,
        }),
      };
    });
    expect(seen.statuses).toEqual(["starting", "ready", "starting", "ready", "stopped"]);
    expect(seen.first).toBe("up");
    expect(seen.afterRestart).toBe(1);
    expect(seen.afterStop).toContain("stopped");
    expect(seen.thrown).toMatchObject({
      kind: "startup",
      location: { file: "app.ts", line: 4 },
      message: "Error: no config",
    });
    expect(seen.noRun).toMatchObject({ kind: "startup" });
    expect(seen.noRun?.message).toContain("app.run()");
    expect(seen.unknownPackage?.message).toContain('"express"');
  });

  test("locates an early error only the browser's parser sees (a let declared twice)", async ({
    page,
  }) => {
    await openLesson(page);
    const located = await page.evaluate(async () => {
      const { engine } = (window as unknown as FixtureWindow).kolbaWorker;
      const files = {
        "app.ts": `import { Flask } from "flask";
import { total } from "./cart";

const app = new Flask(import.meta.url);
app.route("/", () => String(total));
app.run();
`,
        "cart.ts":
          "const prices: number[] = [1, 2];\nlet total = 0;\nfor (const p of prices) total += p;\nlet total = 3;\nexport { total };\n",
      };
      return engine.start(files).then(
        () => null,
        (error: { located: { kind: string; location?: unknown; formatted: string } }) =>
          error.located,
      );
    });
    expect(located).toMatchObject({
      kind: "syntax",
      location: { file: "cart.ts", line: 4, column: 5 },
    });
    expect(located?.formatted).toMatch(
      /^cart\.ts:4:5: SyntaxError: Identifier 'total' has already been declared/,
    );
  });

  test("runs a cell's tests as pytest runs their twins, stops one that never ends", async ({
    page,
  }) => {
    await openLesson(page);
    const run = (files: CellFiles, timeoutMs?: number) =>
      page.evaluate(
        async ([cell, limit]) => {
          const engine = (window as unknown as FixtureWindow).kolbaWorker.engine;
          const report = await engine.runTests?.(cell, limit ? { timeoutMs: limit } : {});
          return {
            outcomes: report?.tests.map((t) => [t.name, t.outcome, t.error?.location?.file]),
            collectError: report?.collectError,
            output: report?.output.map((c) => c.text).join(""),
          };
        },
        [files, timeoutMs] as const,
      );
    for (const testCase of testRunCases()) {
      const report = await run(testCase.files);
      expect(report.collectError, testCase.name).toBeUndefined();
      expect(report.outcomes?.map(([name, outcome]) => [name, outcome])).toEqual(
        Object.entries(testCase.expected),
      );
      for (const [name, outcome, file] of report.outcomes ?? [])
        if (outcome !== "passed") expect(file, String(name)).toBe("test_app.ts");
    }
    const looping = await run(LOOPING_TESTS, 3_000);
    expect(looping.collectError?.kind).toBe("timeout");
    const broken = await run(BROKEN_TESTS);
    expect(broken.collectError?.location).toMatchObject({ file: "test_app.ts", line: 4 });
    // The Worker in a loop was ended: the next run gets a fresh one and passes.
    const again = await run(testRunCases()[0]?.files ?? {});
    expect(again.collectError).toBeUndefined();
  });

  test("a runaway request never freezes the page and the app answers again", async ({ page }) => {
    await openLesson(page);
    const outcome = await page.evaluate(async () => {
      await (window as unknown as FixtureWindow).kolbaWorker.start({
        "app.ts": `import { Flask } from "flask";
const app = new Flask(import.meta.url);
app.route("/", function index() { return "alive"; });
app.route("/spin", function spin() { while (true) {} });
app.run();
`,
      });
      let ticks = 0;
      const timer = setInterval(() => ticks++, 50);
      const error = await (window as unknown as FixtureWindow).kolbaWorker.fetchText("/spin").then(
        () => "answered",
        (e: Error) => e.message,
      );
      clearInterval(timer);
      const after = await (window as unknown as FixtureWindow).kolbaWorker.fetchText("/");
      return { error, ticks, after };
    });
    expect(outcome.error).toContain("ran longer than 5 s");
    // 5 s of a 50 ms interval: the page's thread kept running the whole time.
    expect(outcome.ticks).toBeGreaterThan(40);
    expect(outcome.after).toEqual({ status: 200, text: "alive" });
  });

  test("console output reaches onConsole and errors map to the learner's line", async ({
    page,
  }) => {
    await openLesson(page);
    const seen = await page.evaluate(async () => {
      await (window as unknown as FixtureWindow).kolbaWorker.start({
        "app.ts": `import { Flask } from "flask";
import { total } from "./cart";

const app = new Flask(import.meta.url);
console.log("loading", { items: 2 });

app.route("/", function index() {
  console.warn("total is %d", total([1, 2]));
  return String(total([1, 2]));
});

app.run({ debug: true });
`,
        "cart.ts": `export function total(prices: number[]): number {
  const sum = prices.reduce((a: number, b: number) => a + b, 0);
  if (sum > 2) throw new TypeError("too expensive");
  return sum;
}
`,
      });
      const page = await (window as unknown as FixtureWindow).kolbaWorker.fetchText("/");
      return { page, output: (window as unknown as FixtureWindow).kolbaWorker.output() };
    });
    expect(seen.output).toEqual(
      expect.arrayContaining([{ stream: "stdout", text: "loading { items: 2 }\n" }]),
    );
    expect(seen.page.status).toBe(500);
    expect(seen.page.text).toContain("too expensive");
    expect(seen.page.text).toMatch(/cart\.ts(?:"|&quot;)[^\n]{0,80}?line\D{0,40}3\b/);
  });
});

test.describe("a Run prepared while the learner pauses", () => {
  test("prints nothing before its Run, then all it printed once, in order; its timers start at the Run", async ({
    page,
  }) => {
    await openLesson(page);
    const files = {
      "app.ts": `import { Flask } from "flask";
(globalThis as Record<string, unknown>).preparedApp = "timers";
console.log("one");
console.error("two");
const app = new Flask(import.meta.url);
const loaded = Date.now();
setTimeout(() => console.log("timer", loaded, Date.now()), 50);
let ticks = 0;
setInterval(() => ticks++, 10);
app.route("/", function index() { return String(ticks); });
app.run();
console.log("three");
`,
    };
    await page.evaluate(
      (cell) => (window as unknown as FixtureWindow).kolbaWorker.prestart(cell),
      files,
    );
    // Wait until the prepared app has been evaluated, then as long again as its timers would
    // need to fire, were they not held.
    await expect
      .poll(async () => {
        for (const worker of page.workers()) {
          const found = await worker
            .evaluate(() => (globalThis as Record<string, unknown>).preparedApp)
            .catch(() => undefined);
          if (found === "timers") return true;
        }
        return false;
      })
      .toBe(true);
    await page.waitForTimeout(300);
    const seen = await page.evaluate(async (cell) => {
      const { engine } = (window as unknown as FixtureWindow).kolbaWorker;
      const printed: Array<[string, string]> = [];
      const pressed = Date.now();
      const running = await engine.start(cell, {
        onConsole: (chunk) => {
          for (const line of chunk.text.replace(/\n$/, "").split("\n"))
            printed.push([chunk.stream, line]);
        },
      });
      const ticks = (await running.fetch("/")).text();
      await new Promise((resolve) => setTimeout(resolve, 300));
      await running.stop();
      return { printed, pressed, ticks: Number(ticks) };
    }, files);
    const lines = seen.printed.filter(([, line]) => !line.includes('"GET / HTTP/1.1"'));
    expect(lines).toEqual([
      ["stdout", "one"],
      ["stderr", "two"],
      ["stderr", " * Serving Flask app 'app'"],
      ["stderr", " * Debug mode: off"],
      ["stderr", " * Running in the in-page engine (no socket: the page sends the requests)"],
      ["stdout", "three"],
      ["stdout", expect.stringMatching(/^timer \d+ \d+$/)],
    ]);
    // Evaluated while the learner paused, before the press; but its 50 ms timeout fired 50 ms
    // after the press, not after the evaluation, and its 10 ms interval had barely ticked.
    const [, loaded, fired] = /timer (\d+) (\d+)/.exec(lines[6]?.[1] ?? "")?.map(Number) ?? [];
    expect(loaded).toBeLessThan(seen.pressed - 250);
    expect(fired).toBeGreaterThanOrEqual(seen.pressed + 50);
    expect(seen.ticks).toBeLessThan(20);
  });

  test("a change discards the preparation: its Worker ends, and the Run evaluates the code anew", async ({
    page,
  }) => {
    await openLesson(page);
    const app = (name: string) => ({
      "app.ts": `import { Flask } from "flask";
(globalThis as Record<string, unknown>).preparedApp = "${name}";
console.log("${name} evaluated", Date.now());
const app = new Flask(import.meta.url);
app.route("/", function index() { return "${name}"; });
app.run();
`,
    });
    const preparedWorker = async (name: string) => {
      for (const worker of page.workers()) {
        const found = await worker
          .evaluate(() => (globalThis as Record<string, unknown>).preparedApp)
          .catch(() => undefined);
        if (found === name) return worker;
      }
      return undefined;
    };
    await page.evaluate(
      (files) => (window as unknown as FixtureWindow).kolbaWorker.prestart(files),
      app("first"),
    );
    // The Worker holding the prepared app, found by what the app set.
    await expect.poll(() => preparedWorker("first").then(Boolean)).toBe(true);
    const prepared = await preparedWorker("first");
    const closed = new Promise<void>((resolve) => prepared?.on("close", () => resolve()));
    // The learner types again: the preparation goes, and the next pause prepares the new code.
    const changedAt = await page.evaluate((files) => {
      const kolba = (window as unknown as FixtureWindow).kolbaWorker;
      kolba.discardPrestart();
      const at = Date.now();
      kolba.prestart(files);
      return at;
    }, app("second"));
    await closed;
    await expect.poll(() => preparedWorker("second").then(Boolean)).toBe(true);
    const runs = await page.evaluate(
      async ([first, second]: CellFiles[]) => {
        const { engine } = (window as unknown as FixtureWindow).kolbaWorker;
        const run = async (files: CellFiles) => {
          const printed: string[] = [];
          const pressed = Date.now();
          const cell = await engine.start(files, {
            onConsole: (chunk) => printed.push(chunk.text),
          });
          const text = (await cell.fetch("/")).text();
          await cell.stop();
          const at = Number(/evaluated (\d+)/.exec(printed.join(""))?.[1]);
          return { text, pressed, evaluatedAt: at };
        };
        return { second: await run(second!), first: await run(first!) };
      },
      [app("first"), app("second")],
    );
    // The prepared code was taken as it was, evaluated before the press.
    expect(runs.second.text).toBe("second");
    expect(runs.second.evaluatedAt).toBeLessThan(runs.second.pressed);
    expect(runs.second.evaluatedAt).toBeGreaterThanOrEqual(changedAt);
    // The discarded preparation was not: that code ran again, from its first line, at its Run.
    expect(runs.first.text).toBe("first");
    expect(runs.first.evaluatedAt).toBeGreaterThanOrEqual(runs.first.pressed);
  });

  test("an app whose top level loops is stopped, prepared or not, and the page never froze", async ({
    page,
  }) => {
    await openLesson(page);
    const looping = { "app.ts": 'import { Flask } from "flask";\nwhile (true) {}\n' };
    const closedWorkers: string[] = [];
    page.on("worker", (worker) => worker.on("close", () => closedWorkers.push(worker.url())));
    const prepared = Date.now();
    await page.evaluate((files) => {
      const kolba = (window as unknown as FixtureWindow).kolbaWorker;
      const ticking = window as unknown as { ticks: number };
      ticking.ticks = 0;
      setInterval(() => ticking.ticks++, 50);
      // Prepared, and never taken: the engine ends it once it is not ready in time.
      kolba.prestart(files, { readyTimeoutMs: 1000 });
    }, looping);
    await expect.poll(() => closedWorkers.length, { timeout: 10_000 }).toBe(1);
    expect(Date.now() - prepared).toBeGreaterThanOrEqual(1000);
    const outcome = await page.evaluate(async (files) => {
      const kolba = (window as unknown as FixtureWindow).kolbaWorker;
      const ticking = window as unknown as { ticks: number };
      const ticksWhilePrepared = ticking.ticks;
      // Prepared, then run at once: the Run stops it as it stops any app that never listens.
      kolba.prestart(files);
      await new Promise((resolve) => setTimeout(resolve, 100));
      const error = await kolba.engine.start(files, { readyTimeoutMs: 1500 }).then(
        () => "started",
        (e: Error) => e.message,
      );
      return { ticksWhilePrepared, ticks: ticking.ticks, error };
    }, looping);
    expect(outcome.error).toContain("did not start listening within 1.5 s");
    expect(outcome.error).toContain("A loop that never ends");
    // The Worker the Run took was ended too.
    await expect.poll(() => closedWorkers.length).toBe(2);
    // The page's own thread ran the whole time: 50 ms ticks through the preparation, then
    // through the Run's 1.5 s.
    expect(outcome.ticksWhilePrepared).toBeGreaterThan(15);
    expect(outcome.ticks - outcome.ticksWhilePrepared).toBeGreaterThan(25);
  });
});

test.describe("the preview cookie jar", () => {
  const response = (...cookies: string[]) =>
    createCellResponse(
      200,
      "OK",
      cookies.map((c) => ["Set-Cookie", c]),
      new Uint8Array(),
    );

  test("keeps path scope, expiry and deletion the way a browser does", () => {
    const jar = new CookieJar();
    const now = Date.parse("2026-01-01T00:00:00Z");
    jar.store(
      response(
        "a=1; Path=/",
        "b=2",
        "c=3; Path=/shop; HttpOnly",
        "d=4; Max-Age=60; Path=/",
        "e=5; Expires=Thu, 01 Jan 2026 00:00:30 GMT; Path=/",
      ).cookies,
      "/account/login",
      now,
    );
    expect(jar.header("/", now)).toBe("a=1; d=4; e=5");
    expect(jar.header("/account/x", now)).toBe("b=2; a=1; d=4; e=5");
    expect(jar.header("/shop/cart", now)).toBe("c=3; a=1; d=4; e=5");
    expect(jar.header("/shopping", now)).toBe("a=1; d=4; e=5");
    expect(jar.list(now).find((c) => c.name === "c")?.httpOnly).toBe(true);

    jar.store(response("a=; Max-Age=0; Path=/").cookies, "/", now);
    jar.store(
      response("b=; Expires=Thu, 01 Jan 1970 00:00:00 GMT").cookies,
      "/account/logout",
      now,
    );
    expect(jar.header("/account/x", now)).toBe("d=4; e=5");
    jar.store(response("d=replaced; Max-Age=40").cookies, "/x", now);
    expect(jar.header("/", now)).toBe("d=replaced; e=5");
    expect(jar.header("/", now + 31_000)).toBe("d=replaced");
    expect(jar.header("/", now + 41_000)).toBeNull();
  });

  test("preview headers drop Set-Cookie, keep redirects inside the preview, add the isolation headers", () => {
    const headers = previewHeaders(
      [
        ["Content-Type", "text/html"],
        ["Set-Cookie", "a=1"],
        ["Location", "/login?next=%2F"],
        ["Document-Isolation-Policy", "none"],
        ["Cross-Origin-Embedder-Policy", "unsafe-none"],
      ],
      "/engine/preview/c1",
    );
    expect(headers).toEqual([
      ["Content-Type", "text/html"],
      ["Location", "/engine/preview/c1/login?next=%2F"],
      ["Cross-Origin-Embedder-Policy", "require-corp"],
      ["Cross-Origin-Resource-Policy", "cross-origin"],
      ["Document-Isolation-Policy", "isolate-and-require-corp"],
    ]);
  });
});
