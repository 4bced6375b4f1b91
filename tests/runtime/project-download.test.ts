/**
 * A cell downloaded as a project runs at home: the vendored port as the site builds it, the zip
 * as the page assembles it, unzipped, installed with no registry and started with the `flask`
 * command. Covers what the lesson cells do not (yet) show: templates, static files, a second
 * module imported without an extension, and TypeScript that type stripping alone cannot run.
 */
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
import { type RunningProject, runProject, unzipTo } from "./project-run.ts";

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
    expect(manifest.bin).toEqual({ flask: "./engines/node/project-bin.js" });
    expect(manifest.engines).toEqual({ node: `>=${runtime.minimumNode}` });
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
