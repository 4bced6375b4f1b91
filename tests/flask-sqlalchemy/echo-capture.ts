/**
 * Run code with SQLALCHEMY_ECHO on and collect what the engine logs, without the timestamp.
 */
import { vi } from "vitest";

/** Lines the engine logged while `fn` ran, timestamps cut (`INFO sqlalchemy.engine.Engine …` → `…`). */
export async function echoed(fn: () => unknown): Promise<string[]> {
  const lines: string[] = [];
  const spy = vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => {
    const text = args.map(String).join(" ");
    const found =
      /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} INFO sqlalchemy\.engine\.Engine ([\s\S]*)$/.exec(text);
    lines.push(found ? (found[1] as string) : `!${text}`);
  });
  try {
    await fn();
  } finally {
    spy.mockRestore();
  }
  return lines;
}

/** Echoed lines with the timing notes made stable: `[generated in …]`, `[cached since …]`. */
export function stable(lines: string[]): string[] {
  return lines.map((line) =>
    line
      .replace(/^\[generated in \d\.\d{5}s\]/, "[generated]")
      .replace(/^\[cached since [\d.e+-]+s ago\]/, "[cached]")
      .replace(/^\[no key \d\.\d{5}s\]/, "[no key]"),
  );
}
