/**
 * Throwaway copies of the site's sources for tests that build them (`astro build` in the copy),
 * sharing the repository's node_modules; removed with `removeCopies()`.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const repo = join(import.meta.dirname, "..", "..");
const made: string[] = [];

/** A fresh copy of everything a build reads. */
export function copySite(): string {
  const dir = mkdtempSync(join(tmpdir(), "kolba-site-"));
  made.push(dir);
  for (const entry of [
    "src",
    "lessons",
    "cells",
    "public",
    "sandbox-runtime",
    "astro.config.mjs",
    "course.json",
    "tsconfig.json",
    "package.json",
  ]) {
    cpSync(join(repo, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(repo, "node_modules"), join(dir, "node_modules"), "dir");
  return dir;
}

/** `astro build` in a copy, with extra environment; its exit status and everything it printed. */
export function build(
  dir: string,
  env: Record<string, string> = {},
): { status: number | null; output: string } {
  const result = spawnSync(
    process.execPath,
    [join(repo, "node_modules/astro/bin/astro.mjs"), "build"],
    {
      cwd: dir,
      encoding: "utf8",
      env: {
        ...process.env,
        ...env,
        FORCE_COLOR: "0",
        NO_COLOR: "1",
        ASTRO_TELEMETRY_DISABLED: "1",
      },
      timeout: 120_000,
    },
  );
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** Remove every copy made. */
export function removeCopies(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}
