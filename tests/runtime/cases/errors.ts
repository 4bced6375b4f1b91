/**
 * Cases about what goes wrong and what the learner sees: console output from a hook, a syntax
 * error located in their file, thrown errors with and without debug, tracebacks whose port
 * frames read as Flask's do in Python, an endless loop.
 */
import type { RuntimeCase } from "../case-types.ts";

const throwingApp = (debug: boolean) => `import { Flask } from "flask";

const app = new Flask(import.meta.url);

app.route("/divide/<int:n>", function divide({ n }: { n: number }) {
  if (n === 0) {
    throw new RangeError("cannot divide by zero");
  }
  return \`\${100 / n}\`;
});

app.run({ debug: ${debug} });
`;

const badReturnApp = (debug: boolean) => `import { Flask } from "flask";

const app = new Flask(import.meta.url);

app.route("/number", function number() {
  return 42 as unknown as string;
});

app.route("/nothing", function nothing() {
  return undefined as unknown as string;
});

app.run({ debug: ${debug} });
`;

/**
 * A port frame on the debug page, as Python shows Flask's: the port's source file, a line, the
 * real function name.
 */
const portFrame = (file: string, name: string) =>
  new RegExp(
    `<li class="frame library"><h4>File <cite class="filename">"node_modules/flask/${file.replace(".", "\\.")}"</cite>, line <em class="line">[1-9]\\d*</em>, in <code class="function">${name.replace(".", "\\.")}</code>`,
  );

/** What no traceback may show: the in-page engine's bundle or a cell's temporary folder. */
const bundleFrames = ["cell-worker.js", "cell-chunk-", "kolba-cell-", "file://"];

export const errorCases: RuntimeCase[] = [
  {
    name: "console output from a before_request hook",
    about:
      "console.log and console.error in a hook reach the engine's console, stdout and stderr apart.",
    files: {
      "app.ts": `import { Flask, request } from "flask";

const app = new Flask(import.meta.url);

app.beforeRequest(function logRequest() {
  console.log(\`before \${request.method} \${request.path}\`);
  if (request.path === "/warn") console.error("warning: /warn was visited");
});

app.route("/", function index() {
  return "ok";
});

app.route("/warn", function warn() {
  return "warned";
});

app.run();
`,
    },
    steps: [
      { request: "/", expect: { status: 200, body: "ok" }, console: { stdout: ["before GET /"] } },
      {
        request: "/warn",
        expect: { status: 200, body: "warned" },
        console: { stdout: ["before GET /warn"], stderr: ["warning: /warn was visited"] },
      },
    ],
  },
  {
    name: "syntax error located in the learner's file",
    about:
      "A syntax error never starts the app; it names the file, line and column with a code frame.",
    files: {
      "app.ts": `import { Flask } from "flask";
import { greet } from "./greeting";

const app = new Flask(import.meta.url);

app.route("/", function index() {
  return greet("world");
});

app.run();
`,
      "greeting.ts": `export function greet(name: string): string {
  const words = ["Hello", name;
  return words.join(", ");
}
`,
    },
    startError: {
      kind: "syntax",
      file: "greeting.ts",
      line: 2,
      column: 31,
      messageIncludes: "SyntaxError",
    },
    steps: [],
  },
  {
    name: "an import no engine provides, located in the learner's file",
    about:
      "Importing a package the cell cannot have stops before the app starts, naming app.ts (never the app.js it became) and the line of the import.",
    files: {
      "app.ts": `import { Flask } from "flask";
import { LoginManager } from "flask-login";

const app = new Flask(import.meta.url);
new LoginManager(app);
app.run();
`,
    },
    startError: {
      kind: "startup",
      file: "app.ts",
      line: 2,
      messageIncludes: "flask-login",
    },
    steps: [],
  },
  {
    name: "thrown error in debug mode",
    about:
      "With debug on, an error in a view answers 500 with a debug page naming the learner's file and line.",
    files: { "app.ts": throwingApp(true) },
    steps: [
      { request: "/divide/4", expect: { status: 200, body: "25" } },
      {
        request: "/divide/0",
        expect: {
          status: 500,
          bodyIncludes: ["RangeError", "cannot divide by zero", "throw new RangeError("],
          bodyMatches: [
            /app\.ts(?:"|&quot;)[^\n]{0,80}?line\D{0,40}7\b/,
            // The learner's frame keeps its name; the port's frame that called it reads as Flask's.
            /<li class="frame app"><h4>File <cite class="filename">"app\.ts"<\/cite>, line <em class="line">7<\/em>, in <code class="function">divide<\/code>/,
            portFrame("app.ts", "Flask.dispatchRequest"),
          ],
          bodyExcludes: bundleFrames,
        },
      },
    ],
  },
  {
    name: "thrown error without debug",
    about:
      "With debug off, the same error is a plain 500 Internal Server Error that shows no code.",
    files: { "app.ts": throwingApp(false) },
    steps: [
      {
        request: "/divide/0",
        expect: {
          status: 500,
          bodyIncludes: ["Internal Server Error"],
          bodyExcludes: ["app.ts", "cannot divide by zero"],
        },
        // The log names the learner's file and line, as the traceback in Flask's log does.
        console: {
          stderr: [
            "Exception on /divide/0 [GET]",
            "at divide (app.ts:7:11)",
            "at Flask.dispatchRequest (node_modules/flask/app.ts:",
          ],
        },
      },
      { request: "/divide/5", expect: { status: 200, body: "20" } },
    ],
  },
  {
    name: "a view's bad return value in debug mode, traced through the port's files",
    about:
      "A view that returns a number or nothing answers 500 with a traceback through the port's own files and functions (node_modules/flask/app.ts in Flask.makeResponse), never the engine's bundle.",
    files: { "app.ts": badReturnApp(true) },
    steps: [
      {
        request: "/number",
        expect: {
          status: 500,
          bodyIncludes: ["TypeError", "did not return a valid response", "it was a number"],
          bodyMatches: [
            portFrame("app.ts", "Flask.makeResponse"),
            portFrame("make-response.ts", "makeResponseFrom"),
            /node_modules\/flask\/app\.ts&quot;, line [1-9]\d*, in Flask\.makeResponse/,
          ],
          bodyExcludes: bundleFrames,
        },
      },
      {
        request: "/nothing",
        expect: {
          status: 500,
          bodyIncludes: ["TypeError", "without a return statement"],
          bodyMatches: [portFrame("app.ts", "Flask.makeResponse")],
          bodyExcludes: bundleFrames,
        },
      },
    ],
  },
  {
    name: "a view's bad return value logged with the port's frames",
    about:
      "With debug off, the error log's stack names the port's files and functions as Node prints a package's, where the bundle's minified frames would otherwise be.",
    files: { "app.ts": badReturnApp(false) },
    steps: [
      {
        request: "/nothing",
        expect: { status: 500, bodyIncludes: ["Internal Server Error"] },
        console: {
          stderr: [
            "Exception on /nothing [GET]",
            "at makeResponseFrom (node_modules/flask/make-response.ts:",
            "at Flask.makeResponse (node_modules/flask/app.ts:",
          ],
        },
      },
    ],
  },
  {
    name: "endless loop stopped, engine usable again",
    about:
      "A view that never returns is stopped at the request limit; the app restarts and answers again.",
    requestTimeoutMs: 1500,
    files: {
      "app.ts": `import { Flask } from "flask";

const app = new Flask(import.meta.url);

app.route("/", function index() {
  return "still here";
});

app.route("/spin", function spin() {
  let n = 0;
  while (true) n++;
});

app.run();
`,
    },
    steps: [
      { request: "/", expect: { status: 200, body: "still here" } },
      { request: "/spin", expectTimeout: true },
      { request: "/", expect: { status: 200, body: "still here" } },
    ],
  },
];
