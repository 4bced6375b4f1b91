import { describe, expect, it } from "vitest";
import { validateCell } from "../../sandbox-runtime/engines/cell.ts";
import {
  CellError,
  createSourceMapResolver,
  decodeMappings,
  encodeMappings,
  importSpecifiers,
  mapStack,
  transpileCell,
} from "../../sandbox-runtime/engines/transpile/index.ts";
import { maskCode } from "../../sandbox-runtime/engines/transpile/mask-code.ts";

function cellError(run: () => unknown): CellError {
  try {
    run();
  } catch (error) {
    if (error instanceof CellError) return error;
    throw error;
  }
  throw new Error("expected a CellError");
}

/** Where `needle` is in `text`: 1-based line and column. */
function find(text: string, needle: string): { line: number; column: number } {
  const offset = text.indexOf(needle);
  if (offset === -1) throw new Error(`${needle} not in text`);
  const before = text.slice(0, offset).split("\n");
  return { line: before.length, column: (before.at(-1) ?? "").length + 1 };
}

describe("mappings", () => {
  it("decodes relative numbers, negative and large, to absolute segments", () => {
    expect(decodeMappings("AAgBC")).toEqual([[[0, 0, 16, 1]]]);
    const lines: Parameters<typeof encodeMappings>[0] = [
      [
        [0, 0, 0, 0],
        [1000, 0, 2 ** 20, 15],
      ],
      [],
      [[3, 0, 4, 0, 0]],
    ];
    expect(decodeMappings(encodeMappings(lines))).toEqual(lines);
  });

  it("round-trips a mappings string", () => {
    const mappings = "AAAA,OAAO,EAAE;AACA;;AAEA,GAAG,CAAC";
    expect(encodeMappings(decodeMappings(mappings))).toBe(mappings);
  });
});

describe("import specifiers", () => {
  it("finds static, re-export, side-effect and dynamic imports but not strings or comments", () => {
    const code = [
      'import { a } from "./a.js";',
      "import b, { c as d } from './b';",
      'import * as ns from "flask";',
      'import "./side";',
      'export { e } from "./e";',
      'export * from "./f";',
      'const lazy = () => import("./g");',
      "const text = \"import x from './not'\";",
      '// import y from "./nor"',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: source text under test
      'const t = `${1} import z from "./neither"`;',
      'export const from = "./nope";',
    ].join("\n");
    expect(importSpecifiers(code).map((s) => s.specifier)).toEqual([
      "./a.js",
      "./b",
      "flask",
      "./side",
      "./e",
      "./f",
      "./g",
    ]);
  });

  it("masks keep offsets and quotes", () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: source text under test
    const code = 'a("x") /* c */ b(`t${"y"}`) / 2; /re"g/.test(s)';
    const masked = maskCode(code);
    expect(masked.length).toBe(code.length);
    expect(masked).not.toMatch(/[xcy]/);
    expect(masked.startsWith('a(" ")')).toBe(true);
  });
});

describe("transpileCell", () => {
  const cell = {
    "app.ts": [
      'import { Flask } from "flask";',
      'import { add, type Item } from "./models"; import { twice } from "./lib/util.ts";',
      "interface Point { x: number; y: number }",
      "const app = new Flask(import.meta.url);",
      "const p: Point = { x: add(1, 2), y: twice(3) };",
      'app.route("/", function index(): string {',
      "  const items: Item[] = [];",
      '  throw new Error("boom" + (p as Point).x + items.length);',
      "});",
      "app.run();",
      "",
    ].join("\n"),
    "models.ts":
      "export interface Item { id: number }\nexport function add(a: number, b: number): number {\n  return a + b;\n}\n",
    "lib/util.ts":
      'import { add } from "../models";\nexport const twice = (n: number): number => add(n, n);\n',
    "templates/index.html": "<h1>{{ title }}</h1>",
    "static/logo.png": new Uint8Array([137, 80, 78, 71]),
  };

  it("emits .js modules with relative imports pointing at .js files and flask left alone", () => {
    const out = transpileCell(cell);
    const app = out.files["app.js"] as string;
    expect(app).toContain('from "flask"');
    expect(app).toContain('from "./models.js"');
    expect(app).toContain('from "./lib/util.js"');
    expect(app).not.toMatch(/interface|: Point|as Point|type Item/);
    expect(out.files["lib/util.js"]).toContain('from "../models.js"');
    expect(out.files["templates/index.html"]).toBe(cell["templates/index.html"]);
    expect(out.files["static/logo.png"]).toBe(cell["static/logo.png"]);
    expect(out.packages).toEqual(["flask"]);
    expect(out.entry).toBe("app.js");
    expect(Object.keys(out.maps).sort()).toEqual(["app.js", "lib/util.js", "models.js"]);
    expect(JSON.parse(out.files["app.js.map"] as string).sources).toEqual(["app.ts"]);
  });

  it("maps a position in the output back to the learner's line and column", () => {
    const out = transpileCell(cell);
    const resolve = createSourceMapResolver(out.maps);
    const app = out.files["app.js"] as string;
    const thrown = find(app, "new Error");
    expect(resolve({ file: "file:///tmp/kolba-cell-x/app.js", ...thrown })).toEqual({
      file: "app.ts",
      ...find(cell["app.ts"], "new Error"),
    });
    // The second import on line 2 moved when the first specifier grew; its mapping moved too.
    const twice = find(app, "import { twice }");
    expect(resolve({ file: "/tmp/kolba-cell-x/app.js", ...twice })).toEqual({
      file: "app.ts",
      ...find(cell["app.ts"], "import { twice }"),
    });
    const inLib = find(out.files["lib/util.js"] as string, "add(n, n)");
    expect(resolve({ file: "http://localhost/preview/lib/util.js?v=2", ...inLib })).toEqual({
      file: "lib/util.ts",
      ...find(cell["lib/util.ts"], "add(n, n)"),
    });
    expect(
      resolve({ file: "file:///x/node_modules/flask/flask/app.js", line: 1, column: 1 }),
    ).toBeNull();
  });

  it("rewrites a stack to the learner's files", () => {
    const out = transpileCell(cell);
    const resolve = createSourceMapResolver(out.maps);
    const at = find(out.files["app.js"] as string, "new Error");
    const stack = `Error: boom3\n    at index (file:///tmp/c/app.js:${at.line}:${at.column})\n    at node:internal/x:1:1`;
    const where = find(cell["app.ts"], "new Error");
    expect(mapStack(stack, resolve)).toBe(
      `Error: boom3\n    at index (app.ts:${where.line}:${where.column})\n    at node:internal/x:1:1`,
    );
  });

  it("reports a syntax error with file, line, column and a code frame", () => {
    const error = cellError(() =>
      transpileCell({
        "app.ts":
          'import { Flask } from "flask";\n\nconst app = new Flask(import.meta.url;\napp.run();\n',
      }),
    );
    expect(error.kind).toBe("syntax");
    expect(error.located.location).toEqual({ file: "app.ts", line: 3, column: 38 });
    expect(error.message.split("\n")[0]).toBe(
      'app.ts:3:38: SyntaxError: Unexpected token, expected ","',
    );
    expect(error.located.codeFrame).toContain("> 3 | const app = new Flask(import.meta.url;");
    expect(error.located.codeFrame).toContain(`    | ${" ".repeat(37)}^`);
  });

  it("locates a syntax error in another module of the cell", () => {
    const error = cellError(() =>
      transpileCell({ "app.ts": 'import "./models";\n', "models.ts": "export const = 1;\n" }),
    );
    expect(error.located.location).toMatchObject({ file: "models.ts", line: 1 });
  });

  it("reports an import of a file the cell lacks at the import", () => {
    const error = cellError(() =>
      transpileCell({ "app.ts": '\nimport { x } from "./modles";\nconsole.log(x);\n' }),
    );
    expect(error.located.location).toMatchObject({ file: "app.ts", line: 2 });
    expect(error.located.message).toContain("Cannot find module './modles'");
  });
});

describe("validateCell", () => {
  const bad: Array<[Record<string, string>, RegExp]> = [
    [{ "app.ts": "", "../escape.ts": "" }, /`\.\.\/escape\.ts` contains `\.` or `\.\.`/],
    [{ "app.ts": "", "/etc/passwd": "" }, /is absolute/],
    [{ "app.ts": "", "C:/x.ts": "" }, /is absolute/],
    [{ "app.ts": "", "templates\\a.html": "" }, /uses `\\`/],
    [{ "app.ts": "", "static//a.css": "" }, /empty folder name/],
    [{ "app.ts": "", "node_modules/flask/index.js": "" }, /reserves/],
    [{ "app.ts": "", "App.ts": "" }, /only by case/],
    [{ "app.ts": "", "a b.ts": "" }, /has the name `a b\.ts`/],
    [{ "models.ts": "" }, /no `app\.ts`/],
    [{ "app.ts": "x".repeat(600 * 1024) }, /at most 524288 are allowed/],
  ];
  for (const [files, message] of bad) {
    it(`rejects ${Object.keys(files).at(-1)}`, () => {
      expect(() => validateCell(files)).toThrow(message);
    });
  }

  it("accepts a usual cell", () => {
    const files = {
      "app.ts": "",
      "models.ts": "",
      "templates/base.html": "",
      "static/css/style.css": "",
      "static/app.js": "",
    };
    expect(validateCell(files)).toBe(files);
  });
});

describe("createSourceMapResolver with bases", () => {
  it("maps only frames under the cell's base", () => {
    const out = transpileCell({ "app.ts": "const a: number = 1;\nthrow new Error(String(a));\n" });
    const resolve = createSourceMapResolver(out.maps, { bases: ["file:///tmp/cell/"] });
    expect(resolve({ file: "file:///tmp/cell/app.js", line: 2, column: 1 })).toEqual({
      file: "app.ts",
      line: 2,
      column: 1,
    });
    expect(resolve({ file: "file:///tmp/other/app.js", line: 2, column: 1 })).toBeNull();
    expect(resolve({ file: "file:///tmp/cell/lib/app.js", line: 2, column: 1 })).toBeNull();
  });
});
