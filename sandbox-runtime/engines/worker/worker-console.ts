/**
 * Route a Worker's `console` to the engine: `log`, `info` and `debug` are the app's stdout,
 * `warn`, `error` and `trace` its stderr, each call one line formatted the way Node prints it
 * closely enough for a learner.
 */

/** Where a printed line goes. */
export type ConsoleSink = (stream: "stdout" | "stderr", text: string) => void;

function inspect(value: unknown, depth: number, seen: Set<unknown>): string {
  if (typeof value === "string") return depth === 0 ? value : JSON.stringify(value);
  if (typeof value === "bigint") return `${value}n`;
  if (typeof value === "symbol" || typeof value === "undefined" || value === null) {
    return String(value);
  }
  if (typeof value === "function") return `[Function: ${value.name || "(anonymous)"}]`;
  if (typeof value !== "object") return String(value);
  if (value instanceof Error) return value.stack ?? `${value.name}: ${value.message}`;
  if (seen.has(value)) return "[Circular]";
  if (depth > 2) return Array.isArray(value) ? "[Array]" : "[Object]";
  seen.add(value);
  try {
    if (Array.isArray(value)) {
      return `[ ${value.map((item) => inspect(item, depth + 1, seen)).join(", ")} ]`;
    }
    if (value instanceof Map) {
      const items = [...value].map(
        ([k, v]) => `${inspect(k, depth + 1, seen)} => ${inspect(v, depth + 1, seen)}`,
      );
      return `Map(${value.size}) { ${items.join(", ")} }`;
    }
    const entries = Object.entries(value).map(
      ([key, item]) =>
        `${/^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key)}: ${inspect(item, depth + 1, seen)}`,
    );
    const name =
      value.constructor && value.constructor !== Object ? `${value.constructor.name} ` : "";
    return entries.length ? `${name}{ ${entries.join(", ")} }` : `${name}{}`;
  } finally {
    seen.delete(value);
  }
}

/**
 * Format console arguments as one line (`%s`, `%d`, `%i`, `%f`, `%o`, `%O`, `%j` understood).
 * @example
 * formatArgs(["%s is %d", "n", 3]); // "n is 3"
 */
export function formatArgs(args: readonly unknown[]): string {
  const rest = [...args];
  let head: string | null = null;
  if (typeof rest[0] === "string" && rest[0].includes("%")) {
    const format = rest.shift() as string;
    head = format.replace(/%([sdifoOj%])/g, (match, code: string) => {
      if (code === "%") return "%";
      if (rest.length === 0) return match;
      const value = rest.shift();
      if (code === "s") return typeof value === "string" ? value : inspect(value, 1, new Set());
      if (code === "d" || code === "i") {
        const n = Number(value);
        return String(code === "i" ? Math.trunc(n) : n);
      }
      if (code === "f") return String(Number(value));
      if (code === "j") return JSON.stringify(value);
      return inspect(value, 1, new Set());
    });
  }
  const parts = rest.map((value) => inspect(value, 0, new Set()));
  return (head === null ? parts : [head, ...parts]).join(" ");
}

/**
 * Replace the global console's printing methods with ones that send lines to `sink`.
 * @example
 * captureConsole((stream, text) => postMessage({ type: "console", stream, text }));
 */
export function captureConsole(sink: ConsoleSink): void {
  const target = console as unknown as Record<string, (...args: unknown[]) => void>;
  const streams: Record<string, "stdout" | "stderr"> = {
    log: "stdout",
    info: "stdout",
    debug: "stdout",
    warn: "stderr",
    error: "stderr",
  };
  for (const [method, stream] of Object.entries(streams)) {
    target[method] = (...args: unknown[]) => sink(stream, `${formatArgs(args)}\n`);
  }
  target.trace = (...args: unknown[]) => {
    const stack = (new Error().stack ?? "").split("\n").slice(2).join("\n");
    sink("stderr", `Trace: ${formatArgs(args)}\n${stack}\n`);
  };
}
