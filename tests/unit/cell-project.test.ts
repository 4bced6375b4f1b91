import { describe, expect, it } from "vitest";
import {
  hasTests,
  PROJECT_NPMRC,
  type ProjectRuntime,
  projectEntries,
  projectName,
  projectPackageJson,
  projectReadme,
} from "../../src/client/cell-project.ts";
import type { Translate } from "../../src/client/cell-strings.ts";
import en from "../../src/i18n/ui/en.ts";
import kk from "../../src/i18n/ui/kk.ts";
import lt from "../../src/i18n/ui/lt.ts";

const runtime: ProjectRuntime = {
  packageName: "flask",
  minimumNode: "22.15",
  files: {
    "vendor/flask/package.json": '{"name":"flask"}',
    "vendor/flask/engines/node/project-bin.js": "// bin",
  },
};

/** The page's translator over one dictionary. */
function translator(dictionary: Record<string, string>): Translate {
  return (key, values = {}) =>
    (dictionary[key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in values ? String(values[name]) : whole,
    );
}

describe("a cell as a project", () => {
  it("is named after the lesson and the cell", () => {
    expect(projectName("routing/two-routes")).toBe("routing-two-routes");
    expect(projectName("../..")).toBe("kolba-cell");
  });

  it("holds the editor's files, the vendored port, package.json, .npmrc and README, in one folder", () => {
    const files = { "app.ts": "edited", "templates/index.html": "<p>hi</p>" };
    const entries = projectEntries("routing/two-routes", files, runtime, translator(en));
    expect(Object.keys(entries).sort()).toEqual(
      [
        ".npmrc",
        "README.md",
        "app.ts",
        "package.json",
        "templates/index.html",
        "vendor/flask/engines/node/project-bin.js",
        "vendor/flask/package.json",
      ].map((path) => `routing-two-routes/${path}`),
    );
    expect(entries["routing-two-routes/app.ts"]).toBe("edited");
    expect(entries["routing-two-routes/.npmrc"]).toBe(PROJECT_NPMRC);
  });

  it("depends on the vendored port by file: and keeps npm offline", () => {
    const manifest = JSON.parse(projectPackageJson("routing-two-routes", runtime));
    expect(manifest).toMatchObject({
      name: "routing-two-routes",
      private: true,
      type: "module",
      engines: { node: ">=22.15" },
      dependencies: { flask: "file:vendor/flask" },
      scripts: { start: "flask --app app.ts run" },
    });
    expect(PROJECT_NPMRC).toContain("offline=true");
    expect(PROJECT_NPMRC).toContain("audit=false");
  });

  it("runs a cell's tests with npm test, through the vendored pytest package", () => {
    const files = { "app.ts": "app", "test_app.ts": 'import { assert } from "pytest";' };
    expect(hasTests(files)).toBe(true);
    expect(hasTests({ "app.ts": "app", "templates/test_a.html": "" })).toBe(false);
    const entries = projectEntries("testing/first-test", files, runtime, translator(en));
    const manifest = JSON.parse(entries["testing-first-test/package.json"] as string);
    expect(manifest.scripts).toEqual({ start: "flask --app app.ts run", test: "pytest" });
    expect(manifest.dependencies).toEqual({
      flask: "file:vendor/flask",
      pytest: "file:vendor/pytest",
    });
    expect(entries["testing-first-test/README.md"]).toContain("npm test");
    const plain = JSON.parse(projectPackageJson("routing-two-routes", runtime));
    expect(plain.scripts.test).toBeUndefined();
    expect(plain.dependencies.pytest).toBeUndefined();
  });

  for (const [locale, dictionary, heading] of [
    ["en", en, "## Run it"],
    ["lt", lt, "## Kaip paleisti"],
    ["kk", kk, "## Іске қосу"],
  ] as const) {
    it(`has a README in ${locale} with the commands and the Node version`, () => {
      const readme = projectReadme(translator(dictionary), "routing/two-routes", "22.15");
      expect(readme.startsWith("# routing/two-routes\n")).toBe(true);
      expect(readme).toContain(heading);
      expect(readme).toContain("npm install\nnpx flask --app app.ts run\n");
      expect(readme).toContain("Node.js 22.15");
      expect(readme).not.toMatch(/\{(cell|node)\}/);
      expect(readme).not.toContain("npm test");
    });
  }

  for (const [locale, dictionary, heading, word] of [
    ["en", en, "## Run the tests", "tests"],
    ["lt", lt, "## Kaip paleisti testus", "testai"],
    ["kk", kk, "## Тесттерді іске қосу", "тесттері"],
  ] as const) {
    it(`says in ${locale} how to run the cell's tests, after how to run the app`, () => {
      const readme = projectReadme(translator(dictionary), "testing/first-test", "22.15", true);
      expect(readme).toContain(heading);
      expect(readme).toContain(word);
      expect(readme).toContain("```sh\nnpm test\n```");
      expect(readme).toContain("npx pytest test_app.ts");
      expect(readme.indexOf(heading)).toBeGreaterThan(readme.indexOf("npx flask --app app.ts run"));
      expect(readme.endsWith(".\n")).toBe(true);
    });
  }
});
