/**
 * The port's core and the transpiler run unchanged in Node, in a WebContainer and in a browser
 * Worker, so they import no Node built-in, nothing from the site or the engines, and touch no DOM.
 */
import { readdirSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const repo = join(import.meta.dirname, "..", "..");

function sourceFiles(dir: string): string[] {
  return readdirSync(join(repo, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|js|mjs)$/.test(e.name) && !e.name.endsWith(".d.ts"))
    .map((e) => relative(repo, join(e.parentPath, e.name)));
}

/** Every module specifier a file imports or re-exports, static or dynamic. */
function importsOf(source: string): string[] {
  const specifiers: string[] = [];
  const patterns = [
    /\b(?:import|export)\s[^'"`;]*?\bfrom\s*["']([^"']+)["']/g,
    /\bimport\s*["']([^"']+)["']/g,
    /\bimport\s*\(\s*["']([^"']+)["']\s*\)/g,
    /\brequire\s*\(\s*["']([^"']+)["']\s*\)/g,
  ];
  for (const pattern of patterns) {
    for (const match of source.matchAll(pattern)) specifiers.push(match[1]!);
  }
  return specifiers;
}

const nodeBuiltins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
const domGlobals = /(?<![.\w])(document|window|localStorage|sessionStorage|navigator)\s*\./;

function violations(dir: string, forbiddenPaths: RegExp): string[] {
  const found: string[] = [];
  for (const file of sourceFiles(dir)) {
    const source = readFileSync(join(repo, file), "utf8");
    for (const spec of importsOf(source)) {
      if (nodeBuiltins.has(spec) || spec.startsWith("node:"))
        found.push(`${file}: imports ${spec}`);
      if (spec.startsWith(".") && forbiddenPaths.test(join(file, "..", spec))) {
        found.push(`${file}: imports ${spec}`);
      }
    }
    const code = source.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
    const dom = domGlobals.exec(code);
    if (dom) found.push(`${file}: uses the DOM global ${dom[1]}`);
  }
  return found;
}

describe("runtime-neutral code", () => {
  it("finds imports of every form", () => {
    expect(
      importsOf(
        'import a from "node:fs";\nexport { b } from "../x.ts";\nimport "side";\nconst c = await import("dyn");\nimport type { T } from "t";',
      ),
    ).toEqual(["node:fs", "../x.ts", "t", "side", "dyn"]);
  });

  it("the port's core imports no Node built-in, nothing from the site or engines, and no DOM", () => {
    expect(sourceFiles("sandbox-runtime/flask").length).toBeGreaterThan(30);
    expect(violations("sandbox-runtime/flask", /^(src|sandbox-runtime\/engines)\//)).toEqual([]);
  });

  it("the transpiler imports no Node built-in and no DOM", () => {
    expect(violations("sandbox-runtime/engines/transpile", /^src\//)).toEqual([]);
  });

  it("the check itself catches a violation", () => {
    expect(importsOf('import { readFileSync } from "fs";').some((s) => nodeBuiltins.has(s))).toBe(
      true,
    );
    expect(domGlobals.test("const x = document.title;")).toBe(true);
    expect(domGlobals.test("const x = this.document.title;")).toBe(false);
  });
});

describe("the site and its engines", () => {
  it("names a particular engine only where the page makes the learner's choice", () => {
    const particular = /^sandbox-runtime\/engines\/(worker|webcontainer|node|node-engine)\//;
    const naming = new Set<string>();
    for (const file of sourceFiles("src")) {
      const source = readFileSync(join(repo, file), "utf8");
      for (const spec of importsOf(source)) {
        if (spec.startsWith(".") && particular.test(join(file, "..", spec))) naming.add(file);
      }
    }
    expect([...naming].sort()).toEqual([
      "src/client/lazy-webcontainer.ts",
      "src/client/page-engine.ts",
    ]);
  });
});
