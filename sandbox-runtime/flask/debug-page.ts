/**
 * The debug-mode error page: the error and its stack trace, mapped to the learner's own lines.
 * @see werkzeug/debug/tbtools.py DebugTraceback.render_debugger_html
 */
import type { Flask } from "./app.ts";
import { getSourceTools } from "./runtime-hooks.ts";
import { htmlEscape } from "./python/index.ts";
import { Response } from "./wrappers/response.ts";

/** One stack frame, after source mapping. */
export interface TraceFrame {
  functionName: string;
  file: string;
  line: number;
  column: number;
  /** The source line, when it could be read. */
  source: string | null;
  /** True for frames inside the port or Node itself rather than the learner's code. */
  library: boolean;
}

const FRAME_RE = /^\s*at (?:(.+?) \()?(.+?):(\d+):(\d+)\)?\s*$/;

/**
 * Parse an error's stack into frames, mapped through the runtime's source-map resolver.
 * @example
 * parseStack(new Error("x"));
 * @see werkzeug/debug/tbtools.py DebugTraceback
 */
export function parseStack(error: unknown): TraceFrame[] {
  const stack = error instanceof Error ? (error.stack ?? "") : "";
  const { resolve, read } = getSourceTools();
  const frames: TraceFrame[] = [];
  for (const line of stack.split("\n")) {
    const m = FRAME_RE.exec(line);
    if (!m) continue;
    let file = m[2] ?? "";
    let lineNo = Number(m[3]);
    let column = Number(m[4]);
    let functionName = m[1] ?? "<module>";
    let source: string | null = null;
    const mapped =
      resolve?.({ file, line: lineNo, column, ...(m[1] ? { name: m[1] } : {}) }) ?? null;
    if (mapped) {
      file = mapped.file;
      functionName = mapped.name ?? functionName;
      lineNo = mapped.line;
      column = mapped.column;
      source = mapped.source ?? null;
    }
    if (source === null && read) {
      const text = read(file);
      source = text?.split("\n")[lineNo - 1]?.trim() ?? null;
    }
    const library =
      file.startsWith("node:") ||
      /(?:^|\/)node_modules(?:\/|$)/.test(file) ||
      file.includes("sandbox-runtime/flask/") ||
      file === "native";
    frames.push({ functionName, file, line: lineNo, column, source, library });
  }
  return frames;
}

/**
 * The error's class name and message as Python prints them.
 * @example
 * describeError(new RangeError("x")); // "RangeError: x"
 * @see python traceback.format_exception_only
 */
export function describeError(error: unknown): string {
  if (error instanceof Error) {
    const name =
      error.name && error.name !== "Error" ? error.name : error.constructor?.name || "Error";
    return error.message ? `${name}: ${error.message}` : name;
  }
  return `Error: ${String(error)}`;
}

/**
 * The HTML debug page for an unhandled error (status 500).
 * @example
 * const res = renderDebugPage(err, app);
 * @see werkzeug/debug/__init__.py DebuggedApplication.debug_application
 */
export function renderDebugPage(error: unknown, app: Flask | null = null): Response {
  const title = describeError(error);
  const frames = parseStack(error);
  const items = [...frames]
    .reverse()
    .map((f) => {
      const cls = f.library ? "frame library" : "frame app";
      const code = f.source !== null ? `\n<pre class="line">${htmlEscape(f.source)}</pre>` : "";
      return `<li class="${cls}"><h4>File <cite class="filename">"${htmlEscape(f.file)}"</cite>, line <em class="line">${f.line}</em>, in <code class="function">${htmlEscape(f.functionName)}</code></h4>${code}</li>`;
    })
    .join("\n");
  const plain = `Traceback (most recent call last):\n${[...frames]
    .reverse()
    .map(
      (f) =>
        `  File "${f.file}", line ${f.line}, in ${f.functionName}${f.source !== null ? `\n    ${f.source}` : ""}`,
    )
    .join("\n")}\n${title}`;
  const body = `<!doctype html>
<html lang=en>
<head>
<title>${htmlEscape(title)} // Werkzeug Debugger</title>
<meta charset="utf-8">
<style>
body { font-family: system-ui, sans-serif; margin: 1.5rem; color: #000; }
h1 { font-size: 1.4rem; background: #e8effa; padding: .5rem; }
.frame { list-style: none; margin: .5rem 0; padding: .25rem .5rem; border-left: 4px solid #b8cbe6; }
.frame.library { opacity: .6; }
.frame h4 { margin: 0; font-weight: normal; font-size: .9rem; }
.line { background: #f5f5f5; margin: .25rem 0; padding: .25rem; }
textarea { width: 100%; height: 12rem; font-family: monospace; }
</style>
</head>
<body>
<div class="debugger">
<h1>${htmlEscape(error instanceof Error ? error.name || "Error" : "Error")}</h1>
<div class="detail"><p class="errormsg">${htmlEscape(title)}</p></div>
<h2 class="traceback">Traceback <em>(most recent call last)</em></h2>
<div class="traceback"><ul>
${items}
</ul></div>
<div class="plain"><p>This is the Copy/Paste friendly version of the traceback.</p>
<textarea cols="50" rows="10" name="code" readonly>${htmlEscape(plain)}</textarea></div>
<div class="explanation">The debugger caught an exception in your application${app ? ` '${htmlEscape(app.name)}'` : ""}. You can now look at the traceback which led to the error.</div>
</div>
</body>
</html>
`;
  return new Response(body, { status: 500, mimetype: "text/html" });
}
