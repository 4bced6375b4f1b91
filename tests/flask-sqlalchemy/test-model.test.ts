/**
 * Models, the extension's setup, file databases and pagination, against Flask-SQLAlchemy 3.0's
 * behaviour.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Flask } from "flask";
import {
  DetachedInstanceError,
  databaseSnapshot,
  Engine,
  type Pagination,
  SQLAlchemy,
} from "flask-sqlalchemy";
import { describe, expect, it } from "vitest";
import { camelToSnakeCase } from "../../sandbox-runtime/flask-sqlalchemy/python.ts";

function memoryApp(name = "test_model") {
  const app = new Flask(name);
  app.config.set("SQLALCHEMY_DATABASE_URI", "sqlite:///:memory:");
  return app;
}

describe("table names", () => {
  it.each([
    ["User", "user"],
    ["BlogPost", "blog_post"],
    ["HTTPRequestLog", "http_request_log"],
    ["OAuth2Token", "o_auth2_token"],
    ["ABCModel", "abc_model"],
    ["_Private", "private"],
    ["already_snake", "already_snake"],
  ])("%s → %s", (name, table) => {
    expect(camelToSnakeCase(name)).toBe(table);
  });

  it("keeps the class name when a column is called name", async () => {
    const app = memoryApp();
    const db = new SQLAlchemy(app);
    const Tag = class Tag extends db.Model {
      static id = db.Column(db.Integer, { primaryKey: true });
      // @ts-expect-error TypeScript forbids a static `name`; at run time a learner's cell may have one.
      static name = db.Column(db.String(20));
    };
    db.register(Tag);
    await app.appContext().run(() => {
      db.createAll();
      db.session.add(new Tag({ name: "x" }));
      db.session.commit();
      const tag = db.session.get(Tag, 1) as unknown as { name: string };
      expect(String(tag)).toBe("<Tag 1>");
      expect(tag.name).toBe("x");
    });
  });
});

describe("the extension", () => {
  it("needs SQLALCHEMY_DATABASE_URI, and one SQLAlchemy per app", () => {
    expect(() => new SQLAlchemy(new Flask("no_uri"))).toThrow(
      "Either 'SQLALCHEMY_DATABASE_URI' or 'SQLALCHEMY_BINDS' must be set.",
    );
    const app = memoryApp();
    new SQLAlchemy(app);
    expect(() => new SQLAlchemy(app)).toThrow(/already been registered on this Flask app/);
  });

  it("initApp later, and a session per app context removed at its end", async () => {
    const db = new SQLAlchemy();
    const app = memoryApp();
    db.initApp(app);
    class Item extends db.Model {
      static id = db.Column(db.Integer, { primaryKey: true });
      static {
        db.register(Item);
      }
    }
    const first = await app.appContext().run(() => {
      db.createAll();
      return db.session.engine;
    });
    expect(String(first)).toBe("Engine(sqlite:///:memory:)");
    await app.appContext().run(async () => {
      const outer = db.session.get(Item, 1);
      expect(outer).toBeNull();
      const sessionHere = db.session.contains.bind(db.session);
      await app.appContext().run(() => {
        db.session.add(new Item());
        expect(db.session.new.length).toBe(1);
      });
      expect(db.session.new.length).toBe(0);
      void sessionHere;
    });
  });

  it("refuses a URI that is not SQLite", () => {
    const app = new Flask("pg");
    app.config.set("SQLALCHEMY_DATABASE_URI", "postgresql://localhost/db");
    expect(() => new SQLAlchemy(app)).toThrow(/runs SQLite only/);
  });

  it("a detached, expired object says so", async () => {
    const app = memoryApp();
    const db = new SQLAlchemy(app);
    class Note extends db.Model {
      static id = db.Column(db.Integer, { primaryKey: true });
      static text = db.Column(db.String(20));
      declare text: string;
      static {
        db.register(Note);
      }
    }
    const note = await app.appContext().run(() => {
      db.createAll();
      const n = new Note({ text: "kept" });
      db.session.add(n);
      db.session.commit();
      return n;
    });
    expect(() => note.text).toThrow(DetachedInstanceError);
    expect(() => note.text).toThrow(
      /is not bound to a Session; attribute refresh operation cannot proceed/,
    );
  });

  it("prints a model as Flask-SQLAlchemy's repr", async () => {
    const app = memoryApp();
    const db = new SQLAlchemy(app);
    class Pair extends db.Model {
      static a = db.Column(db.Integer, { primaryKey: true });
      static b = db.Column(db.String(5), { primaryKey: true });
      static {
        db.register(Pair);
      }
    }
    await app.appContext().run(() => {
      db.createAll();
      const pair = new Pair({ a: 1, b: "x" });
      expect(String(pair)).toMatch(/^<Pair \(transient \d+\)>$/);
      db.session.add(pair);
      expect(String(pair)).toMatch(/^<Pair \(pending \d+\)>$/);
      db.session.flush();
      expect(String(pair)).toBe("<Pair 1, x>");
      expect(() => new Pair({ c: 1 })).toThrow("'c' is an invalid keyword argument for Pair");
    });
  });
});

describe("a file database", () => {
  it("lives in the instance folder and is written at each commit", async () => {
    const root = mkdtempSync(join(tmpdir(), "kolba-db-"));
    try {
      const make = () => {
        const app = new Flask("filedb", { rootPath: root, instancePath: join(root, "instance") });
        app.config.set("SQLALCHEMY_DATABASE_URI", "sqlite:///site.db");
        const db = new SQLAlchemy(app);
        class Visit extends db.Model {
          static id = db.Column(db.Integer, { primaryKey: true });
          static {
            db.register(Visit);
          }
        }
        return { app, db, Visit };
      };
      const first = make();
      await first.app.appContext().run(() => {
        first.db.createAll();
        first.db.session.add(new first.Visit());
        first.db.session.commit();
      });
      expect(
        readFileSync(join(root, "instance", "site.db"))
          .subarray(0, 15)
          .toString(),
      ).toBe("SQLite format 3");
      const second = make();
      const count = await second.app.appContext().run(() => {
        second.db.createAll();
        return second.Visit.query.count();
      });
      expect(count).toBe(1);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it("resolves the URI as Flask-SQLAlchemy 3 does", () => {
    expect(new Engine("sqlite://").path).toBeNull();
    expect(new Engine("sqlite:///:memory:").path).toBeNull();
    expect(new Engine("sqlite:///app.db", { instancePath: "/srv/instance" }).path).toBe(
      "/srv/instance/app.db",
    );
    expect(new Engine("sqlite:////tmp/abs.db").path).toBe("/tmp/abs.db");
  });
});

describe("pagination", () => {
  async function pageOf(total: number, page: number, perPage: number) {
    const app = memoryApp();
    const db = new SQLAlchemy(app);
    class Row extends db.Model {
      static id = db.Column(db.Integer, { primaryKey: true });
      static {
        db.register(Row);
      }
    }
    return app.appContext().run(() => {
      db.createAll();
      for (let i = 0; i < total; i++) db.session.add(new Row());
      db.session.commit();
      return Row.query.paginate({ page, perPage }) as Pagination;
    });
  }

  it("iterPages leaves gaps as Flask-SQLAlchemy's docstring shows", async () => {
    const page = await pageOf(20, 7, 1);
    expect([...page.iterPages()]).toEqual([1, 2, null, 5, 6, 7, 8, 9, 10, 11, null, 19, 20]);
    expect(page.iter_pages({ left_edge: 1, right_edge: 1 })).toEqual([
      1,
      null,
      5,
      6,
      7,
      8,
      9,
      10,
      11,
      null,
      20,
    ]);
  });

  it("first and last number the page's items", async () => {
    const page = await pageOf(7, 2, 3);
    expect([page.first, page.last, page.pages, page.hasNext, page.nextNum, page.prevNum]).toEqual([
      4,
      6,
      3,
      true,
      3,
      1,
    ]);
  });
});

describe("the snapshot an inspector reads", () => {
  it("lists each open database's tables, counts and first rows, echoing nothing", async () => {
    const app = new Flask("snapshot");
    app.config.set("SQLALCHEMY_DATABASE_URI", "sqlite:///:memory:");
    app.config.set("SQLALCHEMY_ECHO", true);
    const db = new SQLAlchemy(app);
    class Fruit extends db.Model {
      static id = db.Column(db.Integer, { primaryKey: true });
      static label = db.Column(db.String(10));
      static {
        db.register(Fruit);
      }
    }
    const log = console.log;
    console.log = () => {};
    try {
      await app.appContext().run(() => {
        db.createAll();
        db.session.addAll(["fig", "kiwi", "lime"].map((label) => new Fruit({ label })));
        db.session.commit();
      });
    } finally {
      console.log = log;
    }
    const printed: unknown[] = [];
    console.log = (...args: unknown[]) => printed.push(args);
    try {
      const mine = databaseSnapshot(2).find((d) => d.tables.some((t) => t.name === "fruit"));
      expect(mine?.tables).toEqual([
        {
          name: "fruit",
          columns: ["id", "label"],
          count: 3,
          rows: [
            [1, "fig"],
            [2, "kiwi"],
          ],
        },
      ]);
    } finally {
      console.log = log;
    }
    expect(printed).toEqual([]);
  });
});
