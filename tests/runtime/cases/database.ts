/**
 * Cases about the database: a cell that imports "flask-sqlalchemy" gets SQLite in every
 * engine, its SQL echoed to the console, and a database error printed as SQLAlchemy prints it.
 */
import type { RuntimeCase } from "../case-types.ts";

const form = (fields: Record<string, string>) => ({
  headers: { "Content-Type": "application/x-www-form-urlencoded" },
  body: new URLSearchParams(fields).toString(),
});

export const databaseCases: RuntimeCase[] = [
  {
    name: "models, rows and the SQL in the console",
    about:
      "A cell imports flask-sqlalchemy, creates its table, adds rows from a form and lists them; SQLALCHEMY_ECHO prints each statement and its parameters to stdout.",
    files: {
      "app.ts": `import { Flask, request } from "flask";
import { IntegrityError, SQLAlchemy } from "flask-sqlalchemy";

const app = new Flask(import.meta.url);
app.config.set("SQLALCHEMY_DATABASE_URI", "sqlite:///:memory:");
app.config.set("SQLALCHEMY_ECHO", true);
const db = new SQLAlchemy(app);

class Todo extends db.Model {
  static id = db.Column(db.Integer, { primaryKey: true });
  static text = db.Column(db.String(100), { unique: true, nullable: false });
  declare id: number;
  declare text: string;
  static {
    db.register(Todo);
  }
}

await app.appContext().run(() => db.createAll());

app.get("/", function index() {
  const todos: Todo[] = Todo.query.orderBy(Todo.id).all();
  return todos.map((t) => \`\${t.id}. \${t.text}\`).join("\\n") || "nothing yet";
});

app.post("/", function add() {
  db.session.add(new Todo({ text: request.form.text }));
  try {
    db.session.commit();
  } catch (e) {
    if (!(e instanceof IntegrityError)) throw e;
    db.session.rollback();
    return ["already there", 409];
  }
  return ["added", 201];
});

app.run();
`,
    },
    steps: [
      {
        request: "/",
        expect: { status: 200, body: "nothing yet" },
        console: {
          stdout: [
            "CREATE TABLE todo (",
            "INFO sqlalchemy.engine.Engine SELECT todo.id AS todo_id",
          ],
        },
      },
      {
        request: { path: "/", method: "POST", ...form({ text: "learn models" }) },
        expect: { status: 201, body: "added" },
        console: { stdout: ["INSERT INTO todo (text) VALUES (?)", "('learn models',)", "COMMIT"] },
      },
      {
        request: { path: "/", method: "POST", ...form({ text: "write a view" }) },
        expect: { status: 201 },
      },
      {
        request: { path: "/", method: "POST", ...form({ text: "learn models" }) },
        expect: { status: 409, body: "already there" },
        console: { stdout: ["ROLLBACK"] },
      },
      { request: "/", expect: { status: 200, body: "1. learn models\n2. write a view" } },
    ],
  },
  {
    name: "a database error is SQLAlchemy's, and the app keeps answering",
    about:
      "A query on a table that was never created answers 500 with SQLAlchemy's OperationalError, and the app keeps answering.",
    files: {
      "app.ts": `import { Flask } from "flask";
import { SQLAlchemy } from "flask-sqlalchemy";

const app = new Flask(import.meta.url);
app.config.set("SQLALCHEMY_DATABASE_URI", "sqlite:///:memory:");
const db = new SQLAlchemy(app);

class Note extends db.Model {
  static id = db.Column(db.Integer, { primaryKey: true });
}

app.get("/", function index() {
  return String(Note.query.count());
});

app.get("/ok", function ok() {
  return "still here";
});

app.run();
`,
    },
    steps: [
      {
        request: "/",
        expect: { status: 500 },
        console: {
          stderr: [
            "OperationalError: (sqlite3.OperationalError) no such table: note",
            "[SQL: SELECT count(*) AS count_1 ",
          ],
        },
      },
      { request: "/ok", expect: { status: 200, body: "still here" } },
    ],
  },
];
