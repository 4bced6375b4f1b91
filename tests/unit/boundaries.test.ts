/**
 * The port's core and the transpiler run unchanged in Node, in a WebContainer and in a browser
 * Worker, so they import no Node built-in, nothing from the site or the engines, and touch no DOM.
 */
import { readdirSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { join, normalize, relative } from "node:path";
import { describe, expect, it } from "vitest";

const repo = join(import.meta.dirname, "..", "..");

function sourceFiles(dir: string, extensions = /\.(ts|js|mjs)$/): string[] {
  return readdirSync(join(repo, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && extensions.test(e.name) && !e.name.endsWith(".d.ts"))
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

/** The port's folder, and the one module outside it that may re-export its entry. */
const PORT = "sandbox-runtime/flask/";
const portPackage = JSON.parse(
  readFileSync(join(repo, "sandbox-runtime", "package.json"), "utf8"),
) as { name: string; exports: Record<string, string | { node?: string }> };
const nodeEntry = (() => {
  const dot = portPackage.exports["."];
  return typeof dot === "object" && dot.node ? join("sandbox-runtime", dot.node) : undefined;
})();
/** `flask`, `flask/runtime`, and the subpaths the built packages publish for a cell's tests. */
const publicSpecifiers = new Set([
  ...Object.keys(portPackage.exports).map((key) => join(portPackage.name, key)),
  `${portPackage.name}/pytest`,
  `${portPackage.name}/pytest/runner`,
]);

/** How a file reaches the port other than through its public specifiers. */
function portImportViolations(file: string, specifiers: string[]): string[] {
  const found: string[] = [];
  for (const spec of specifiers) {
    if (spec.startsWith(".")) {
      const target = normalize(join(file, "..", spec));
      const entry = file === nodeEntry && target === `${PORT}index.ts`;
      if (target.startsWith(PORT) && !entry) found.push(`${file}: imports ${spec}`);
    } else if (spec.startsWith(`${portPackage.name}/`) && !publicSpecifiers.has(spec)) {
      found.push(`${file}: imports ${spec}`);
    }
  }
  return found;
}

describe("the port's public surface", () => {
  it("the site and the engines reach the port only through flask and flask/runtime", () => {
    expect(nodeEntry).toBe("sandbox-runtime/engines/node/flask.ts");
    expect([...publicSpecifiers].sort()).toEqual([
      "flask",
      "flask/pytest",
      "flask/pytest/runner",
      "flask/runtime",
    ]);
    const files = [
      ...sourceFiles("src", /\.(ts|js|mjs|astro)$/),
      ...sourceFiles("sandbox-runtime/engines"),
    ];
    expect(files.length).toBeGreaterThan(100);
    const found = files.flatMap((file) =>
      portImportViolations(file, importsOf(readFileSync(join(repo, file), "utf8"))),
    );
    expect(found).toEqual([]);
  });

  it("the check catches a deep import, relative or by the package's name", () => {
    expect(
      portImportViolations("src/client/a.ts", [
        "../../sandbox-runtime/flask/python/base64.ts",
        "flask/python/base64.ts",
        "flask",
        "flask/runtime",
        "flask-sqlalchemy",
        "./b.ts",
      ]),
    ).toEqual([
      "src/client/a.ts: imports ../../sandbox-runtime/flask/python/base64.ts",
      "src/client/a.ts: imports flask/python/base64.ts",
    ]);
    expect(
      portImportViolations("sandbox-runtime/engines/worker/x.ts", ["../../flask/index.ts"]),
    ).toEqual(["sandbox-runtime/engines/worker/x.ts: imports ../../flask/index.ts"]);
    expect(
      portImportViolations("sandbox-runtime/engines/node/flask.ts", ["../../flask/index.ts"]),
    ).toEqual([]);
  });
});
