/**
 * The inspector's Database view outside the in-page engine: the node engine gets it from the
 * cell's process after each answer (IPC), the webcontainer engine with each answer through the
 * side channel (run here over real Node: `NodeBackedContainer`). A cell without a database has
 * none.
 */
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NodeEngine } from "../../sandbox-runtime/engines/node-engine/index.ts";
import type { Engine } from "../../sandbox-runtime/engines/types.ts";
import {
  ContainerHost,
  WebContainerEngine,
} from "../../sandbox-runtime/engines/webcontainer/index.ts";
import { buildWebContainerRuntime } from "../../sandbox-runtime/engines/webcontainer/runtime-build.ts";
import { NodeBackedContainer } from "./webcontainer-fake.ts";

const NODE = existsSync("/usr/bin/node") ? "/usr/bin/node" : process.execPath;
let root = "";
let container: NodeBackedContainer;

const app = `import { Flask, request } from "flask";
import { SQLAlchemy } from "flask-sqlalchemy";

const app = new Flask(import.meta.url);
app.config.set("SQLALCHEMY_DATABASE_URI", "sqlite:///:memory:");
const db = new SQLAlchemy(app);

class Book extends db.Model {
  static id = db.Column(db.Integer, { primaryKey: true });
  static title = db.Column(db.String(80), { nullable: false });
  declare title: string;
  static {
    db.register(Book);
  }
}

await app.appContext().run(() => db.createAll());

app.post("/books", function add() {
  db.session.add(new Book({ title: request.form.get("title", "") }));
  db.session.commit();
  return [String(Book.query.count()), 201];
});

app.run();
`;

const engines: Record<string, () => Engine> = {
  node: () => new NodeEngine({ nodePath: NODE }),
  "webcontainer (mounted tree under real Node)": () =>
    new WebContainerEngine({
      runtime: buildWebContainerRuntime(),
      host: new ContainerHost(async () => container, {
        firstPort: 43_000 + Math.floor(Math.random() * 400) * 20,
      }),
    }),
};

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "kolba-db-view-"));
  container = new NodeBackedContainer(root, NODE);
});

afterAll(async () => {
  container.teardown();
  await rm(root, { recursive: true, force: true });
});

for (const [name, make] of Object.entries(engines)) {
  describe(`${name}: the Database view`, () => {
    it("shows the tables and rows right after each answer", async () => {
      const cell = await make().start({ "app.ts": app });
      try {
        expect(cell.database()).toEqual([]);
        const post = (title: string) =>
          cell.fetch({
            method: "POST",
            path: "/books",
            headers: { "Content-Type": "application/x-www-form-urlencoded" },
            body: `title=${encodeURIComponent(title)}`,
          });
        expect((await post("Dune")).status).toBe(201);
        const [first] = cell.database();
        expect(first?.url).toBe("sqlite:///:memory:");
        expect(first?.tables).toEqual([
          { name: "book", columns: ["id", "title"], count: 1, rows: [[1, "Dune"]] },
        ]);
        await post("Emma");
        expect(cell.database()[0]?.tables[0]?.count).toBe(2);
        expect(cell.database()[0]?.tables[0]?.rows).toEqual([
          [1, "Dune"],
          [2, "Emma"],
        ]);
      } finally {
        await cell.stop();
      }
    });

    it("has none for a cell without a database", async () => {
      const cell = await make().start({
        "app.ts":
          'import { Flask } from "flask";\nconst app = new Flask(import.meta.url);\napp.get("/", function i() { return "hi"; });\napp.run();\n',
      });
      try {
        expect((await cell.fetch("/")).text()).toBe("hi");
        expect(cell.database()).toEqual([]);
      } finally {
        await cell.stop();
      }
    });
  });
}
