/**
 * A spare Worker's warm-up: before any cell arrives, transpile a small cell and put a small app
 * through a request and a template, so the JavaScript engine has compiled the transpiler, the
 * request ladder and nunjucks by the time the learner presses Run. The warm-up app never
 * registers: it calls no `app.run()`, and the cell's start installs its own files and maps.
 */
import { Flask, renderTemplateString } from "flask";

const SAMPLE = `import { Flask, request } from "flask";
import { greet } from "./greet";

interface Visit { path: string; at: number }
const visits: Visit[] = [];
const app = new Flask(import.meta.url);

app.route("/hello/<name>", function hello({ name }: { name: string }) {
  visits.push({ path: request.path, at: Date.now() });
  return greet(name);
});

app.run();
`;

/** Lets the Worker take its next message (a `start` that should end the warm-up). */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Warm the transpiler and the port, then whatever `more` warms; resolves when done or soon
 * after `stop` is aborted (a cell is waiting: it is checked between rounds, each its own task,
 * and while the transpiler loads), never throws.
 * @example
 * await warmUp(cellArrived.signal);
 */
export async function warmUp(stop?: AbortSignal, more?: () => Promise<void> | void): Promise<void> {
  const wanted = () => !stop?.aborted;
  const stopped = new Promise<undefined>((resolve) =>
    stop?.addEventListener("abort", () => resolve(undefined), { once: true }),
  );
  try {
    await nextTask();
    if (!wanted()) return;
    const loaded = await Promise.race([import("../transpile/transpile-cell.ts"), stopped]);
    if (!loaded || !wanted()) return;
    const { transpileCell } = loaded;
    // A few rounds: the engine optimises a function only after it has run hot.
    for (let round = 0; round < 16; round++) {
      await nextTask();
      if (!wanted()) return;
      transpileCell({
        "app.ts": SAMPLE,
        "greet.ts": 'export const greet = (name: string): string => "Hello, " + name;\n',
      });
    }
    await nextTask();
    if (!wanted()) return;
    const app = new Flask("file:///warm-up/app.js");
    app.route("/<name>", ({ name }: { name: string }) =>
      renderTemplateString(
        "{% if name %}<h1>{{ name|title }}</h1>{% endif %}{% for i in range(2) %}<p>{{ i }}</p>{% endfor %}",
        { name },
      ),
    );
    app.post("/json", () => ({ ok: true }));
    await app.request("/ana");
    await app.request("/bo");
    await app.request("/json", {
      method: "POST",
      body: "a=1",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
    });
    await nextTask();
    if (!wanted()) return;
    await more?.();
  } catch {
    // A warm-up that fails only means the first Run compiles what it needs itself.
  }
}
