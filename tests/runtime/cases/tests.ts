/**
 * Test runs every engine must report alike: the folders of `tests/conformance/testing/` (whose
 * `tests.json` pytest agrees with), and runs that cannot finish or cannot start.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { CellFiles } from "../../../sandbox-runtime/engines/cell.ts";

const ROOT = join(import.meta.dirname, "..", "..", "conformance", "testing");

/** A folder's cell files (its Python side and declarations left out) and declared outcomes. */
export interface TestRunCase {
  name: string;
  files: CellFiles;
  expected: Record<string, "passed" | "failed" | "error">;
}

/** Every folder under `tests/conformance/testing/`. */
export function testRunCases(): TestRunCase[] {
  return readdirSync(ROOT)
    .filter((name) => statSync(join(ROOT, name)).isDirectory())
    .sort()
    .map((name) => {
      const dir = join(ROOT, name);
      const files: CellFiles = {};
      for (const file of readdirSync(dir).filter((f) => f.endsWith(".ts")))
        files[file] = readFileSync(join(dir, file), "utf8");
      const expected = JSON.parse(readFileSync(join(dir, "tests.json"), "utf8"));
      return { name, files, expected };
    });
}

/** An app and tests, one of which never ends. */
export const LOOPING_TESTS: CellFiles = {
  "app.ts": `import { Flask } from "flask";
export const app = new Flask(import.meta.url);
app.run();
`,
  "test_app.ts": `export function test_forever() {
  while (true) {}
}
`,
};

/** Tests whose module does not parse. */
export const BROKEN_TESTS: CellFiles = {
  "app.ts": LOOPING_TESTS["app.ts"] as string,
  "test_app.ts": `import { assert } from "pytest";

export function test_one() {
  assert(1 ==);
}
`,
};
