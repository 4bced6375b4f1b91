/**
 * Find conformance pairs: `<name>.py` + `<name>.ts` + `<name>.requests.json` side by side.
 * @example const pairs = discoverPairs("tests/conformance", "routing");
 * @see docs/conformance.md
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

export type PairFiles = { name: string; py: string; ts: string; script: string };

// Inside an area folder these hold an app's files, not pairs; at the top, harness is code.
const ASSET_DIRS = new Set(["templates", "static", "__pycache__", "node_modules"]);

function walk(dir: string, root: string, out: PairFiles[]): void {
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) {
      const skip = dir === root ? entry === "harness" : ASSET_DIRS.has(entry);
      if (!skip) walk(path, root, out);
      continue;
    }
    if (!entry.endsWith(".requests.json")) continue;
    const base = entry.slice(0, -".requests.json".length);
    const stem = join(dir, base);
    out.push({
      name: relative(root, stem).split("\\").join("/"),
      py: join(dir, `${base.replace(/-/g, "_")}.py`),
      ts: `${stem}.ts`,
      script: path,
    });
  }
}

/** Every pair under `root` whose relative path contains `filter` (all when empty). */
export function discoverPairs(root: string, filter = ""): PairFiles[] {
  const out: PairFiles[] = [];
  walk(root, root, out);
  return out.filter((p) => p.name.includes(filter));
}

/**
 * Lesson cells with a Python twin: `cells/<lesson>/<cell>/{app.ts, app.py, cell.json}`; the
 * cell's `requests` list is the script (its `expect` fields are ignored here). An exercise adds
 * a pair of its own: `solution/app.py` and `solution/app.ts` answer the checks of its
 * `exercise.json`, and Flask's answers must also be what each check's `expect` says.
 */
export function discoverCells(cellsRoot: string): PairFiles[] {
  const out: PairFiles[] = [];
  if (!existsSync(cellsRoot)) return out;
  for (const lesson of readdirSync(cellsRoot).sort()) {
    const lessonDir = join(cellsRoot, lesson);
    if (!statSync(lessonDir).isDirectory()) continue;
    for (const cell of readdirSync(lessonDir).sort()) {
      const dir = join(lessonDir, cell);
      const files = {
        py: join(dir, "app.py"),
        ts: join(dir, "app.ts"),
        script: join(dir, "cell.json"),
      };
      if (Object.values(files).every((f) => existsSync(f))) {
        out.push({ name: `cells/${lesson}/${cell}`, ...files });
      }
      const exercise = join(dir, "exercise.json");
      // An exercise that checks only the learner's tests sends no request to compare.
      const checks = existsSync(exercise)
        ? (JSON.parse(readFileSync(exercise, "utf8")) as { checks?: unknown[] }).checks
        : undefined;
      if (checks && checks.length > 0) {
        out.push({
          name: `cells/${lesson}/${cell}/solution`,
          py: join(dir, "solution", "app.py"),
          ts: join(dir, "solution", "app.ts"),
          script: exercise,
        });
      }
    }
  }
  return out;
}

/** The files a pair is missing, if any. */
export function missingFiles(pair: PairFiles): string[] {
  return [pair.py, pair.ts].filter((p) => !existsSync(p));
}
