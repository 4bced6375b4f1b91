/**
 * The SQL each API call sends, as SQLAlchemy 1.4.46 echoes it for the same call under
 * Flask-SQLAlchemy 3.0.3 (the expected lines were taken from real runs).
 */
import { Flask } from "flask";
import { SQLAlchemy } from "flask-sqlalchemy";
import { beforeEach, describe, expect, it } from "vitest";
import { echoed, stable } from "./echo-capture.ts";

function makeApp() {
  const app = new Flask("test_sql");
  app.config.set("SQLALCHEMY_DATABASE_URI", "sqlite:///:memory:");
  app.config.set("SQLALCHEMY_ECHO", true);
  const db = new SQLAlchemy(app);
  class User extends db.Model {
    static id = db.Column(db.Integer, { primaryKey: true });
    static username = db.Column(db.String(80), { unique: true, nullable: false });
    static email = db.Column(db.String(120), { index: true });
    static active = db.Column(db.Boolean, { default: true });
    static score = db.Column(db.Float);
    static posts = db.relationship("BlogPost", { backref: "author", lazy: true });
    declare id: number;
    declare username: string;
    declare posts: BlogPost[];
    static {
      db.register(User);
    }
  }
  class BlogPost extends db.Model {
    static id = db.Column(db.Integer, { primaryKey: true });
    static title = db.Column(db.Text, { nullable: false });
    static user_id = db.Column(db.Integer, db.ForeignKey("user.id"), { nullable: false });
    declare title: string;
    declare author: User;
    static {
      db.register(BlogPost);
    }
  }
  return { app, db, User, BlogPost };
}

let ctx: ReturnType<typeof makeApp>;
const run = (fn: () => unknown) => ctx.app.appContext().run(async () => stable(await echoed(fn)));

beforeEach(async () => {
  ctx = makeApp();
  await ctx.app.appContext().run(() => {
    const spy = console.log;
    console.log = () => {};
    try {
      ctx.db.createAll();
    } finally {
      console.log = spy;
    }
  });
});

const USER_COLUMNS =
  "user.id AS user_id, user.username AS user_username, user.email AS user_email, user.active AS user_active, user.score AS user_score";

describe("createAll and dropAll", () => {
  it("checks each table, then creates tables and indexes, parents before children", async () => {
    const { app, db } = makeApp();
    const lines = await app
      .appContext()
      .run(async () => stable(await echoed(() => db.createAll())));
    expect(lines).toEqual([
      "BEGIN (implicit)",
      'PRAGMA main.table_info("user")',
      "[raw sql] ()",
      'PRAGMA temp.table_info("user")',
      "[raw sql] ()",
      'PRAGMA main.table_info("blog_post")',
      "[raw sql] ()",
      'PRAGMA temp.table_info("blog_post")',
      "[raw sql] ()",
      "\nCREATE TABLE user (\n\tid INTEGER NOT NULL, \n\tusername VARCHAR(80) NOT NULL, \n\temail VARCHAR(120), \n\tactive BOOLEAN, \n\tscore FLOAT, \n\tPRIMARY KEY (id), \n\tUNIQUE (username)\n)\n\n",
      "[no key] ()",
      "CREATE INDEX ix_user_email ON user (email)",
      "[no key] ()",
      "\nCREATE TABLE blog_post (\n\tid INTEGER NOT NULL, \n\ttitle TEXT NOT NULL, \n\tuser_id INTEGER NOT NULL, \n\tPRIMARY KEY (id), \n\tFOREIGN KEY(user_id) REFERENCES user (id)\n)\n\n",
      "[no key] ()",
      "COMMIT",
    ]);
  });

  it("creates nothing the second time and drops children first", async () => {
    const again = await run(() => ctx.db.createAll());
    expect(again.filter((l) => l.includes("CREATE"))).toEqual([]);
    const dropped = await run(() => ctx.db.dropAll());
    expect(dropped).toEqual([
      "BEGIN (implicit)",
      'PRAGMA main.table_info("user")',
      "[raw sql] ()",
      'PRAGMA main.table_info("blog_post")',
      "[raw sql] ()",
      "\nDROP TABLE blog_post",
      "[no key] ()",
      "\nDROP TABLE user",
      "[no key] ()",
      "COMMIT",
    ]);
  });

  it("needs an app context, as Flask-SQLAlchemy does", () => {
    expect(() => ctx.db.createAll()).toThrow(/Working outside of application context/);
    expect(() => ctx.db.session.add(new ctx.User())).toThrow(
      /Working outside of application context/,
    );
  });
});

describe("the unit of work", () => {
  it("inserts every column but the new primary key, with defaults, then commits", async () => {
    const lines = await run(() => {
      ctx.db.session.add(new ctx.User({ username: "ana", email: "a@x" }));
      ctx.db.session.commit();
    });
    expect(lines).toEqual([
      "BEGIN (implicit)",
      "INSERT INTO user (username, email, active, score) VALUES (?, ?, ?, ?)",
      "[generated] ('ana', 'a@x', 1, None)",
      "COMMIT",
    ]);
  });

  it("updates changed columns, deletes by primary key, reloads expired objects", async () => {
    const { User, db } = ctx;
    const lines = await run(() => {
      const user = new User({ username: "ana" });
      db.session.add(user);
      db.session.commit();
      user.username = "bob";
      db.session.commit();
      db.session.delete(user);
      db.session.commit();
    });
    expect(lines.slice(4)).toEqual([
      "BEGIN (implicit)",
      `SELECT ${USER_COLUMNS} \nFROM user \nWHERE user.id = ?`,
      "[generated] (1,)",
      "UPDATE user SET username=? WHERE user.id = ?",
      "[generated] ('bob', 1)",
      "COMMIT",
      "BEGIN (implicit)",
      `SELECT ${USER_COLUMNS} \nFROM user \nWHERE user.id = ?`,
      "[cached] (1,)",
      // Deleting a parent loads its children, whose foreign keys it must set to NULL.
      "SELECT blog_post.id AS blog_post_id, blog_post.title AS blog_post_title, blog_post.user_id AS blog_post_user_id \nFROM blog_post \nWHERE ? = blog_post.user_id",
      "[generated] (1,)",
      "DELETE FROM user WHERE user.id = ?",
      "[generated] (1,)",
      "COMMIT",
    ]);
  });

  it("inserts a parent before the child that refers to it", async () => {
    const { User, BlogPost, db } = ctx;
    const lines = await run(() => {
      const user = new User({ username: "ana" });
      db.session.add(new BlogPost({ title: "t", author: user }));
      db.session.commit();
    });
    expect(lines.filter((l) => l.startsWith("INSERT") || l.startsWith("[generated"))).toEqual([
      "INSERT INTO user (username, email, active, score) VALUES (?, ?, ?, ?)",
      "[generated] ('ana', None, 1, None)",
      "INSERT INTO blog_post (title, user_id) VALUES (?, ?)",
      "[generated] ('t', 1)",
    ]);
  });

  it("rolls back a failed flush and refuses work until rollback()", async () => {
    const { User, db } = ctx;
    let message = "";
    let pending = "";
    const lines = await run(() => {
      db.session.add(new User({ username: "ana" }));
      db.session.commit();
      db.session.add(new User({ username: "ana" }));
      try {
        db.session.commit();
      } catch (e) {
        message = (e as Error).message;
      }
      try {
        User.query.all();
      } catch (e) {
        pending = `${(e as Error).name}: ${(e as Error).message}`;
      }
      db.session.rollback();
      expect(User.query.count()).toBe(1);
    });
    expect(message).toBe(
      "(sqlite3.IntegrityError) UNIQUE constraint failed: user.username\n[SQL: INSERT INTO user (username, email, active, score) VALUES (?, ?, ?, ?)]\n[parameters: ('ana', None, 1, None)]\n(Background on this error at: https://sqlalche.me/e/14/gkpj)",
    );
    expect(pending).toBe(
      `PendingRollbackError: This Session's transaction has been rolled back due to a previous exception during flush. To begin a new transaction with this Session, first issue Session.rollback(). Original exception was: ${message} (Background on this error at: https://sqlalche.me/e/14/7s2a)`,
    );
    expect(lines.slice(4, 8)).toEqual([
      "BEGIN (implicit)",
      "INSERT INTO user (username, email, active, score) VALUES (?, ?, ?, ?)",
      "[cached] ('ana', None, 1, None)",
      "ROLLBACK",
    ]);
  });
});

describe("queries", () => {
  beforeEach(async () => {
    await ctx.app.appContext().run(() => {
      const log = console.log;
      console.log = () => {};
      try {
        ctx.db.session.add(new ctx.User({ username: "ana" }));
        ctx.db.session.commit();
      } finally {
        console.log = log;
      }
    });
  });

  it("writes the legacy Query's SELECT with labelled columns", async () => {
    const { User, db } = ctx;
    const lines = await run(() => {
      User.query.all();
      User.query.filterBy({ username: "ana" }).first();
      User.query.filter(User.username.ne("x")).orderBy(User.id.desc()).limit(2).offset(1).all();
      User.query.offset(1).all();
      User.query.count();
      void db;
    });
    expect(lines).toEqual([
      "BEGIN (implicit)",
      `SELECT ${USER_COLUMNS} \nFROM user`,
      "[generated] ()",
      `SELECT ${USER_COLUMNS} \nFROM user \nWHERE user.username = ?\n LIMIT ? OFFSET ?`,
      "[generated] ('ana', 1, 0)",
      `SELECT ${USER_COLUMNS} \nFROM user \nWHERE user.username != ? ORDER BY user.id DESC\n LIMIT ? OFFSET ?`,
      "[generated] ('x', 2, 1)",
      `SELECT ${USER_COLUMNS} \nFROM user\n LIMIT ? OFFSET ?`,
      "[generated] (-1, 1)",
      `SELECT count(*) AS count_1 \nFROM (SELECT ${USER_COLUMNS} \nFROM user) AS anon_1`,
      "[generated] ()",
    ]);
  });

  it("writes a 2.0 select without labels, functions with anonymous ones", async () => {
    const { User, db } = ctx;
    const lines = await run(() => {
      db.session
        .execute(db.select(User).where(User.username.eq("ana")))
        .scalars()
        .all();
      db.session.execute(db.select(db.func.count()).selectFrom(User)).scalar();
      db.session.execute(db.select(db.func.count(User.id))).scalar();
      db.session.execute(db.select(User.username).orderBy(User.id.desc()).limit(3)).scalars().all();
    });
    expect(lines.filter((l) => !l.startsWith("["))).toEqual([
      "BEGIN (implicit)",
      "SELECT user.id, user.username, user.email, user.active, user.score \nFROM user \nWHERE user.username = ?",
      "SELECT count(*) AS count_1 \nFROM user",
      "SELECT count(user.id) AS count_1 \nFROM user",
      "SELECT user.username \nFROM user ORDER BY user.id DESC\n LIMIT ? OFFSET ?",
    ]);
  });

  it("writes operators as SQLAlchemy does, an OR inside an AND in parentheses", async () => {
    const { User, db } = ctx;
    const lines = await run(() => {
      User.query.filter(User.username.like("%a%"), User.id.in_([1, 2]), User.email.is_(null)).all();
      User.query.filter(db.or_(User.id.eq(1), User.id.gt(5)), User.active.eq(true)).all();
      User.query.filter(db.not_(User.id.in_([3]))).all();
    });
    const where = lines.filter((l) => l.includes("WHERE")).map((l) => l.slice(l.indexOf("WHERE")));
    expect(where).toEqual([
      "WHERE user.username LIKE ? AND user.id IN (?, ?) AND user.email IS NULL",
      "WHERE (user.id = ? OR user.id > ?) AND user.active = ?",
      "WHERE user.id NOT IN (?)",
    ]);
    expect(lines.filter((l) => l.startsWith("[")).map((l) => l.replace(/^\[\w+\] /, ""))).toEqual([
      "('%a%', 1, 2)",
      "(1, 5, 1)",
      "(3,)",
    ]);
  });

  it("finds an object in the identity map without SQL, and lazy-loads a list with the parameter first", async () => {
    const { User, db } = ctx;
    const lines = await run(() => {
      const a = db.session.get(User, 1);
      const b = db.session.get(User, 1);
      expect(a).toBe(b);
      expect((a as InstanceType<typeof User>).posts).toEqual([]);
    });
    expect(lines).toEqual([
      "BEGIN (implicit)",
      `SELECT ${USER_COLUMNS} \nFROM user \nWHERE user.id = ?`,
      "[generated] (1,)",
      "SELECT blog_post.id AS blog_post_id, blog_post.title AS blog_post_title, blog_post.user_id AS blog_post_user_id \nFROM blog_post \nWHERE ? = blog_post.user_id",
      "[generated] (1,)",
    ]);
  });

  it("runs text() with :name parameters, a second run noted as cached", async () => {
    const { db } = ctx;
    const lines = await run(() => {
      db.session.execute(db.text("SELECT username FROM user WHERE id = :id"), { id: 1 }).all();
      db.session.execute(db.text("SELECT username FROM user WHERE id = :id"), { id: 2 }).all();
    });
    expect(lines).toEqual([
      "BEGIN (implicit)",
      "SELECT username FROM user WHERE id = ?",
      "[generated] (1,)",
      "SELECT username FROM user WHERE id = ?",
      "[cached] (2,)",
    ]);
  });
});

describe("the echo's own format", () => {
  it("prints Python logging's asctime and SQLAlchemy's timing notes", async () => {
    const raw: string[] = [];
    const log = console.log;
    console.log = (line: string) => raw.push(line);
    try {
      await ctx.app.appContext().run(() => {
        ctx.db.session.execute(ctx.db.text("SELECT 1")).all();
        ctx.db.session.execute(ctx.db.text("SELECT 1")).all();
      });
    } finally {
      console.log = log;
    }
    expect(raw[0]).toMatch(
      /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} INFO sqlalchemy\.engine\.Engine BEGIN \(implicit\)$/,
    );
    expect(raw[2]).toMatch(/INFO sqlalchemy\.engine\.Engine \[generated in \d\.\d{5}s\] \(\)$/);
    expect(raw[4]).toMatch(
      /INFO sqlalchemy\.engine\.Engine \[cached since \d[\d.e-]*s ago\] \(\)$/,
    );
  });
});

describe("expiry", () => {
  it("reads an object loaded or flushed after a commit without reloading it", async () => {
    const { User, db } = ctx;
    const lines = await run(() => {
      db.session.add(new User({ username: "ana" }));
      db.session.commit();
      const ana = db.session.execute(db.select(User)).scalarOne();
      expect(ana.username).toBe("ana");
      const bob = new User({ username: "bob" });
      db.session.add(bob);
      db.session.flush();
      expect([bob.id, bob.username]).toEqual([2, "bob"]);
      db.session.commit();
      expect(bob.username).toBe("bob");
    });
    // The select, then only the reload of bob after the second commit.
    expect(lines.filter((l) => l.startsWith("SELECT")).length).toBe(2);
  });
});
