import { Flask, g } from "flask";

const app = new Flask(import.meta.url);

const PLAIN = { "Content-Type": "text/plain; charset=utf-8" };

class DiskFull extends Error {}

let nextId = 1;
const journal: string[] = [];

// A pretend database connection: opened on first use, at most once per request.
function getDb(): string {
  if (!("db" in g)) {
    g.db = `connection #${nextId++}`;
    journal.push(`opened ${g.db}`);
  }
  return g.db as string;
}

app.teardownAppcontext(function closeDb(error) {
  const db = g.pop("db", null);
  if (db === null) return;
  const reason = error instanceof Error ? ` after ${error.constructor.name}` : "";
  journal.push(`closed ${db}${reason}`);
});

app.route("/", function index() {
  return `Working with ${getDb()}`;
});

app.route("/crash", function crash() {
  getDb();
  throw new DiskFull("no space left on the disk");
});

app.route("/journal", function showJournal() {
  return [journal.join("\n"), PLAIN];
});

app.run();
