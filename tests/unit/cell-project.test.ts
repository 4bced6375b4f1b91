import { describe, expect, it } from "vitest";
import {
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
    });
  }
});
