/**
 * flask-sqlalchemy comes only with the cells that import it: in the node engine's folder, in
 * the WebContainer's mount tree, in a download — and a downloaded project that uses it runs
 * at home with a real database file in its instance folder.
 */
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cellPayload } from "../../sandbox-runtime/engines/node-engine/cell-tree.ts";
import { buildSqlalchemyPackage } from "../../sandbox-runtime/engines/node-engine/package-build.ts";
import { buildPort } from "../../sandbox-runtime/engines/node-engine/port-build.ts";
import { buildProjectRuntime } from "../../sandbox-runtime/engines/node-engine/project-build.ts";
import { transpileCell } from "../../sandbox-runtime/engines/transpile/transpile-cell.ts";
import { cellMountPayload } from "../../sandbox-runtime/engines/webcontainer/payload.ts";
import { zipProject } from "../../src/client/cell-download.ts";
import {
  importedPackages,
  type ProjectRuntime,
  projectEntries,
} from "../../src/client/cell-project.ts";
import { type RunningProject, runProject, unzipTo } from "./project-run.ts";

const plain = {
  "app.ts": 'import { Flask } from "flask";\nconst app = new Flask(import.meta.url);\napp.run();\n',
};
const withDb = {
  "app.ts": `import { Flask, request } from "flask";
import { SQLAlchemy } from "flask-sqlalchemy";

const app = new Flask(import.meta.url);
app.config.set("SQLALCHEMY_DATABASE_URI", "sqlite:///site.db");
const db = new SQLAlchemy(app);

class Visit extends db.Model {
  static id = db.Column(db.Integer, { primaryKey: true });
  static page = db.Column(db.String(40));
  declare page: string;
  static {
    db.register(Visit);
  }
}

await app.appContext().run(() => db.createAll());

app.post("/visit", function visit() {
  db.session.add(new Visit({ page: request.form.get("page", "home") }));
  db.session.commit();
  return String(Visit.query.count());
});

app.get("/", function index() {
  return (Visit.query.orderBy(Visit.id).all() as Visit[]).map((v) => v.page).join(",");
});

app.run();
`,
};

describe("the trees a cell is given", () => {
  const port = buildPort("sandbox-runtime");
  const extras = { "flask-sqlalchemy": buildSqlalchemyPackage("sandbox-runtime").files };
  const has = (payload: Map<string, unknown>) => ({
    wrapper: payload.has("node_modules/flask-sqlalchemy/index.js"),
    module: payload.has("node_modules/flask/flask-sqlalchemy/node.js"),
    sqlite: payload.has("node_modules/sql.js/dist/sql-wasm-inline.js"),
  });

  it("the node engine's folder carries flask-sqlalchemy only for a cell that imports it", () => {
    expect(has(cellPayload(transpileCell(plain), "flask", port.files, extras))).toEqual({
      wrapper: false,
      module: false,
      sqlite: false,
    });
    expect(has(cellPayload(transpileCell(withDb), "flask", port.files, extras))).toEqual({
      wrapper: true,
      module: true,
      sqlite: true,
    });
  });

  it("the WebContainer's mount tree does the same, and names the port's folder in the wrapper", () => {
    const runtime = {
      packageName: "flask",
      files: Object.fromEntries(port.files),
      extras: { "flask-sqlalchemy": Object.fromEntries(extras["flask-sqlalchemy"]) },
    };
    expect(has(cellMountPayload(transpileCell(plain), runtime)).wrapper).toBe(false);
    const payload = cellMountPayload(transpileCell(withDb), runtime);
    expect(payload.get("node_modules/flask-sqlalchemy/index.js")).toBe(
      'export * from "../flask/flask-sqlalchemy/node.js";\n',
    );
  });

  it("a download finds the import in the cell's modules", () => {
    expect(importedPackages(plain)).toEqual([]);
    expect(importedPackages(withDb)).toEqual(["flask-sqlalchemy"]);
    expect(
      importedPackages({ "models.ts": "import { SQLAlchemy } from 'flask-sqlalchemy'" }),
    ).toEqual(["flask-sqlalchemy"]);
  });
});

describe("a downloaded project with a database", () => {
  let runtime: ProjectRuntime;
  let folder: string;
  let root: string;
  let app: RunningProject;
  const t = (key: string) => key;

  beforeAll(async () => {
    runtime = buildProjectRuntime();
    folder = await mkdtemp(join(tmpdir(), "kolba-project-db-"));
    const plainEntries = projectEntries("lesson/plain", plain, runtime, t);
    expect(Object.keys(plainEntries).some((p) => p.includes("flask-sqlalchemy"))).toBe(false);
    const zip = zipProject(projectEntries("lesson/visits", withDb, runtime, t));
    [root] = (await unzipTo(zip, folder)) as [string];
    app = await runProject(root);
  }, 120_000);

  afterAll(async () => {
    await app?.stop();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it("depends on the vendored flask-sqlalchemy by file:", async () => {
    const manifest = JSON.parse(await readFile(join(root, "package.json"), "utf8"));
    expect(manifest.dependencies).toEqual({
      flask: "file:vendor/flask",
      "flask-sqlalchemy": "file:vendor/flask-sqlalchemy",
    });
  });

  it("keeps its rows in instance/site.db, a real SQLite file", async () => {
    const post = (page: string) =>
      fetch(new URL("/visit", app.url), {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ page }),
      }).then((r) => r.text());
    expect(await post("home")).toBe("1");
    expect(await post("about")).toBe("2");
    expect(await (await fetch(app.url)).text()).toBe("home,about");
    const file = join(root, "instance", "site.db");
    expect(existsSync(file)).toBe(true);
    expect((await readFile(file)).subarray(0, 15).toString()).toBe("SQLite format 3");
  });
});
