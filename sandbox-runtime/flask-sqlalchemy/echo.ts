/**
 * SQLALCHEMY_ECHO: each statement and its parameters printed as SQLAlchemy 1.4's engine logs
 * them (`logging` to stdout: `2024-05-01 12:00:00,123 INFO sqlalchemy.engine.Engine …`).
 * @see sqlalchemy/engine/base.py Connection._execute_context
 * @see sqlalchemy/log.py _add_default_handler
 */
import { pyFormatFloat } from "./flask-api.ts";
import { reprParams } from "./python.ts";

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** Python logging's `asctime`: local time, `YYYY-MM-DD HH:MM:SS,mmm`. */
export function asctime(date = new Date()): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())},${pad(date.getMilliseconds(), 3)}`;
}

/**
 * Python's `"%.4g" % seconds`, as the log prints how long ago a statement was cached.
 * @example g4(0.000123456) // "0.0001235"
 * @see sqlalchemy/engine/default.py DefaultExecutionContext._get_cache_stats
 */
export function g4(seconds: number): string {
  return pyFormatFloat(seconds, "g", { precision: 4 });
}

/** How a statement came to be, as the log's bracket says. */
export type StatementKind = "compiled" | "raw" | "ddl";

/** An engine's log: one line per message, the cache note before the parameters. */
export class EchoLog {
  enabled: boolean;
  readonly #write: (line: string) => void;
  readonly #seen = new Map<string, number>();
  constructor(enabled: boolean, write: (line: string) => void = (line) => console.log(line)) {
    this.enabled = enabled;
    this.#write = write;
  }
  /** Log a message (`BEGIN (implicit)`, `COMMIT`, a statement). */
  info(message: string): void {
    if (this.enabled) this.#write(`${asctime()} INFO sqlalchemy.engine.Engine ${message}`);
  }
  /** Log a statement and its parameters; `elapsed` is the time spent compiling it. */
  statement(sql: string, params: readonly unknown[], kind: StatementKind, elapsedMs = 0.1): void {
    if (!this.enabled) return;
    this.info(sql);
    const now = performance.now();
    let note: string;
    if (kind === "raw") note = "[raw sql]";
    else if (kind === "ddl") note = `[no key ${(elapsedMs / 1000).toFixed(5)}s]`;
    else {
      const first = this.#seen.get(sql);
      if (first === undefined) {
        this.#seen.set(sql, now);
        note = `[generated in ${(elapsedMs / 1000).toFixed(5)}s]`;
      } else note = `[cached since ${g4((now - first) / 1000)}s ago]`;
    }
    this.info(`${note} ${reprParams(params)}`);
  }
}
