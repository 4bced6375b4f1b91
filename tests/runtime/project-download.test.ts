/**
 * A cell downloaded as a project runs at home: the vendored port as the site builds it, the zip
 * as the page assembles it, unzipped, installed with no registry and started with the `flask`
 * command. Covers what the lesson cells do not (yet) show: templates, static files, a second
 * module imported without an extension, and TypeScript that type stripping alone cannot run.
 * A cell with tests runs them with `npm test`, as pytest reports them.
 */
import { readdirSync, readFileSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  MINIMUM_NODE,
  nodeIsRecentEnough,
} from "../../sandbox-runtime/engines/node/minimum-node.ts";
import { buildProjectRuntime } from "../../sandbox-runtime/engines/node-engine/project-build.ts";
import { zipProject } from "../../src/client/cell-download.ts";
import { type ProjectRuntime, projectEntries } from "../../src/client/cell-project.ts";
import en from "../../src/i18n/ui/en.ts";
import {
  installProject,
  npmTest,
  type RunningProject,
  runProject,
  unzipTo,
} from "./project-run.ts";

const t = (key: string, values: Record<string, string | number> = {}) =>
  ((en as Record<string, string>)[key] ?? key).replace(/\{(\w+)\}/g, (_, name: string) =>
    String(values[name]),
  );

const files = {
  "app.ts": [
    'import { Flask, renderTemplate } from "flask";',
    'import { Shelf, title } from "./books";',
    "const app = new Flask(import.meta.url);",
    'app.route("/", function index() {',
    '  return renderTemplate("index.html", { title: title(new Shelf("Kolba")), kind: Shelf.name });',
    "});",
    "app.run();",
  ].join("\n"),
  "books.ts": [
    'export enum Genre { Code = "code" }',
    "export class Shelf {",
    "  constructor(public readonly name: string, private genre: Genre = Genre.Code) {}",
    "}",
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the learner's TypeScript, as text
    "export function title(shelf: Shelf): string { return `${shelf.name} <${Genre.Code}>`; }",
  ].join("\n"),
  "templates/index.html": '<link rel="stylesheet" href="/static/site.css"><h1>{{ title }}</h1>',
  "static/site.css": "h1 { color: teal; }",
};

let runtime: ProjectRuntime;
let folder: string;
let app: RunningProject;

beforeAll(async () => {
  runtime = buildProjectRuntime();
  folder = await mkdtemp(join(tmpdir(), "kolba-project-"));
  const zip = zipProject(projectEntries("lesson/templated", files, runtime, t));
  const [root] = await unzipTo(zip, folder);
  expect(root).toBe(join(folder, "lesson-templated"));
  app = await runProject(root as string);
}, 90_000);

afterAll(async () => {
  await app?.stop();
  if (folder) await rm(folder, { recursive: true, force: true });
});

describe("a downloaded project", () => {
  it("renders a template with escaping, from a module imported without an extension", async () => {
    const response = await fetch(app.url);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(
      '<link rel="stylesheet" href="/static/site.css"><h1>Kolba &lt;code&gt;</h1>',
    );
  });

  it("serves its static files", async () => {
    const response = await fetch(new URL("/static/site.css", app.url));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(files["static/site.css"]);
  });

  it("logs requests like Flask's development server", async () => {
    await fetch(app.url);
    expect(app.output()).toContain('"GET / HTTP/1.1" 200');
  });

  it("links the vendored port with npm, as a package with a flask bin", async () => {
    const root = join(folder, "lesson-templated");
    const manifest = JSON.parse(
      await readFile(join(root, "node_modules", "flask", "package.json"), "utf8"),
    );
    expect(manifest.bin).toEqual({
      flask: "./engines/node/project-bin.js",
      pytest: "./engines/node/pytest-bin.js",
    });
    expect(manifest.engines).toEqual({ node: `>=${runtime.minimumNode}` });
  });
});

/** A cell's TypeScript files as the editor holds them. */
function cellFiles(folder: string): Record<string, string> {
  const url = new URL(`../../${folder}/`, import.meta.url);
  return Object.fromEntries(
    readdirSync(url)
      .filter((name) => name.endsWith(".ts"))
      .map((name) => [name, readFileSync(new URL(name, url), "utf8")]),
  );
}

/** Download, unzip, install and `npm test` a cell with tests. */
async function testProject(cell: string, folder: string) {
  const zip = zipProject(projectEntries(cell, cellFiles(`tests/conformance/${cell}`), runtime, t));
  const [root] = (await unzipTo(zip, folder)) as [string];
  const env = await installProject(root);
  return { root, ...(await npmTest(root, env)) };
}

describe("a downloaded project with tests", () => {
  let failing: Awaited<ReturnType<typeof testProject>>;
  let passing: Awaited<ReturnType<typeof testProject>>;

  beforeAll(async () => {
    failing = await testProject("testing/basics", folder);
    passing = await testProject("testing/config-base", folder);
  }, 90_000);

  it("runs its tests with npm test through the port's pytest, offline", async () => {
    const manifest = JSON.parse(await readFile(join(failing.root, "package.json"), "utf8"));
    expect(manifest.scripts.test).toBe("pytest");
    expect(manifest.dependencies).toEqual({
      flask: "file:vendor/flask",
      pytest: "file:vendor/pytest",
    });
    expect(failing.output).toContain("collected 8 items");
    const readme = await readFile(join(failing.root, "README.md"), "utf8");
    expect(readme).toContain("## Run the tests");
    expect(readme).toContain("```sh\nnpm test\n```");
  });

  it("names each test with its outcome, as pytest -v does", () => {
    const outcomes = [...failing.output.matchAll(/^test_app\.ts::(\w+) (PASSED|FAILED|ERROR) /gm)];
    expect(Object.fromEntries(outcomes.map((m) => [m[1], m[2]]))).toEqual({
      test_home: "PASSED",
      test_book_json: "PASSED",
      test_missing_book_is_404: "PASSED",
      test_wrong_expectation: "FAILED",
      test_view_error_reaches_the_test: "FAILED",
      test_view_error_expected: "PASSED",
      test_unknown_fixture: "ERROR",
      test_broken_fixture: "ERROR",
    });
  });

  it("shows each failure at the learner's line, with the message", () => {
    const out = failing.output;
    expect(out).toContain('> 29 |   assert.equal((await client.get("/books/9")).statusCode, 200);');
    expect(out).toContain("E   AssertionError: assert 404 == 200");
    expect(out).toContain("test_app.ts:29: AssertionError");
    // An error raised in the view: the test's line, then the app's.
    expect(out).toContain("test_app.ts:33: in test_view_error_reaches_the_test\napp.ts:15: Error");
    expect(out).toContain("ERROR at setup of test_unknown_fixture");
    expect(out).toContain('E   FixtureLookupError: fixture "clinet" not found');
    expect(out).toContain("test_app.ts:10: Error");
    expect(out).toContain(
      "FAILED test_app.ts::test_wrong_expectation - AssertionError: assert 404 == 200",
    );
  });

  it("ends with pytest's summary line and exits 1 when a test did not pass", () => {
    expect(failing.output).toMatch(/=+ 2 failed, 4 passed, 2 errors in \d+\.\d\ds =+\n$/);
    expect(failing.code).toBe(1);
  });

  it("exits 0 when every test passed, and app.run() served nothing", () => {
    expect(passing.output).toMatch(/^test_app\.ts::\w+ PASSED /m);
    expect(passing.output).not.toMatch(/FAILED|ERROR/);
    expect(passing.output).toMatch(/=+ \d+ passed in \d+\.\d\ds =+\n$/);
    expect(passing.output).not.toContain("Running on");
    expect(passing.code).toBe(0);
  });
});

describe("the Node a downloaded project needs", () => {
  it("is 22.15 or newer, where module.registerHooks exists", () => {
    expect(MINIMUM_NODE).toBe("22.15");
    for (const version of ["22.15.0", "22.18.1", "23.0.0", "24.21.0", "100.0.0"])
      expect(nodeIsRecentEnough(version), version).toBe(true);
    for (const version of ["22.14.9", "20.20.2", "18.0.0", "0.0.0"])
      expect(nodeIsRecentEnough(version), version).toBe(false);
  });
});
