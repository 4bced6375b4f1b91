import { afterEach, describe, expect, test } from "vitest";
import { Flask } from "flask";
import { describeError, parseStack, renderDebugPage, setSourceMapResolver } from "flask/runtime";

afterEach(() => setSourceMapResolver(undefined));

function failing(): Error {
  const error = new TypeError("bad <value>");
  error.stack = [
    "TypeError: bad <value>",
    "    at profile (file:///cell/app.js:12:9)",
    "    at Flask.dispatchRequest (file:///srv/sandbox-runtime/flask/app.ts:584:18)",
    "    at file:///cell/app.js:3:1",
  ].join("\n");
  return error;
}

describe("debug page", () => {
  test("frames are mapped through the injected resolver to the learner's lines", () => {
    setSourceMapResolver(
      (frame) =>
        frame.file === "file:///cell/app.js"
          ? { file: "app.ts", line: frame.line - 2, column: frame.column }
          : null,
      (file) =>
        file === "app.ts"
          ? Array.from({ length: 20 }, (_, i) => `line ${i + 1} of app.ts`).join("\n")
          : null,
    );
    const frames = parseStack(failing());
    expect(frames.map((f) => [f.functionName, f.file, f.line, f.library])).toEqual([
      ["profile", "app.ts", 10, false],
      ["Flask.dispatchRequest", "file:///srv/sandbox-runtime/flask/app.ts", 584, true],
      ["<module>", "app.ts", 1, false],
    ]);
    expect(frames[0]?.source).toBe("line 10 of app.ts");
  });

  test("the page shows the error and the traceback, outermost first, escaped", async () => {
    setSourceMapResolver((frame) => ({
      ...frame,
      file: frame.file.replace("file:///cell/app.js", "app.ts"),
      source: "throw new TypeError()",
    }));
    const res = renderDebugPage(failing(), new Flask("dbg"));
    expect(res.statusCode).toBe(500);
    expect(res.mimetype).toBe("text/html");
    const html = res.text;
    expect(html).toContain("<title>TypeError: bad &lt;value&gt; // Werkzeug Debugger</title>");
    expect(html.indexOf('<code class="function">&lt;module&gt;</code>')).toBeLessThan(
      html.indexOf('<code class="function">profile</code>'),
    );
    expect(html).toContain(
      "Traceback (most recent call last):\n  File &quot;app.ts&quot;, line 3, in &lt;module&gt;",
    );
    expect(html).toContain("The debugger caught an exception in your application 'dbg'.");
  });

  test("describeError prints like Python", () => {
    expect(describeError(new RangeError("x"))).toBe("RangeError: x");
    class PaymentError extends Error {}
    expect(describeError(new PaymentError("declined"))).toBe("PaymentError: declined");
    expect(describeError("plain")).toBe("Error: plain");
  });

  test("debug mode in a served app turns unhandled errors into the page", async () => {
    const app = new Flask("served");
    app.debug = true;
    app.get("/", function index() {
      throw new Error("from the view");
    });
    const res = await app.request("/");
    expect(res.status).toBe(500);
    expect(await res.text()).toContain("Error: from the view");
  });
});
