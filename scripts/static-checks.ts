/**
 * The checks that read the code without running it: TypeScript (strict, over everything, after
 * `astro sync` writes Astro's generated types), Biome's lint rules and Biome's formatting.
 * Each check counts as one test; the last line is `N passed, M failed`.
 * Usage: node scripts/static-checks.ts
 */
import { spawnSync } from "node:child_process";
import { delimiter, dirname, join } from "node:path";

const bin = (name: string) => join(process.cwd(), "node_modules", ".bin", name);
// The tools' `#!/usr/bin/env node` lines get this Node, whatever runs first on the PATH.
const env = { ...process.env, PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH}` };

const checks: Array<{ name: string; steps: string[][] }> = [
  {
    name: "typecheck",
    steps: [
      [bin("astro"), "sync"],
      [bin("tsc"), "--noEmit", "-p", "tsconfig.json"],
    ],
  },
  { name: "lint", steps: [[bin("biome"), "lint", "."]] },
  { name: "format", steps: [[bin("biome"), "format", "."]] },
];

let passed = 0;
let failed = 0;
for (const check of checks) {
  let ok = true;
  for (const [command, ...args] of check.steps) {
    const run = spawnSync(command as string, args, { encoding: "utf8", env });
    if (run.status !== 0) {
      ok = false;
      process.stdout.write(`${run.stdout ?? ""}${run.stderr ?? ""}`);
      break;
    }
  }
  console.log(`${ok ? "ok  " : "FAIL"} ${check.name}`);
  if (ok) passed += 1;
  else failed += 1;
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
