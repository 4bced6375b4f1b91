/**
 * One database behind one URI: sql.js holding it, the log SQLALCHEMY_ECHO prints, and
 * transactions as Python's sqlite3 driver keeps them (a DML statement opens one implicitly;
 * a SELECT or DDL outside one runs on its own).
 * @see sqlalchemy/engine/base.py Engine
 */

import { EchoLog, type StatementKind } from "./echo.ts";
import { ArgumentError, wrapDatabaseError } from "./errors.ts";
import { databaseFiles, type SqlJsDatabase, type SqlJsStatement, sqlite } from "./sqlite.ts";
import type { SqlValue } from "./types.ts";

/** What a statement gave back. */
export interface ExecuteResult {
  columns: string[];
  rows: SqlValue[][];
  rowsModified: number;
  lastRowId: number | null;
}

/** Where an engine's database lives. */
export interface EngineOptions {
  echo?: boolean;
  /** The folder a relative file name is under (Flask's instance folder). */
  instancePath?: string;
  /** Where echoed lines go (default: stdout). */
  write?: (line: string) => void;
}

/**
 * The database file a `sqlite://` URI names, or null for an in-memory database.
 * @example databasePath("sqlite:///site.db", "/app/instance") // "/app/instance/site.db"
 * @see flask_sqlalchemy/extension.py SQLAlchemy._apply_driver_defaults
 */
export function databasePath(uri: string, instancePath: string): string | null {
  const found = /^sqlite(?:\+pysqlite)?:\/\/(?:\/(.*))?$/.exec(uri);
  if (!found) {
    throw new ArgumentError(
      `Could not parse SQLAlchemy URL from string '${uri}': Kolba's database runs SQLite only (sqlite:///:memory: or sqlite:///name.db).`,
    );
  }
  const database = (found[1] ?? "").split("?")[0] ?? "";
  if (database === "" || database === ":memory:") return null;
  if (database.startsWith("/")) return database;
  return `${instancePath.replace(/\/+$/, "")}/${database}`;
}

const DML = /^\s*(?:INSERT|UPDATE|DELETE|REPLACE)\b/i;
const SELECTS = /^\s*(?:SELECT|PRAGMA|WITH|VALUES)\b/i;

/** One SQLite database and its log. @see sqlalchemy/engine/base.py Engine */
export class Engine {
  readonly url: string;
  /** The file it is kept in, or null in memory. */
  readonly path: string | null;
  readonly echo: EchoLog;
  /** Whether SQLite has a transaction open (the driver's own state). */
  inTransaction = false;
  #db: SqlJsDatabase | null = null;
  #statements = new Map<string, SqlJsStatement>();

  constructor(url: string, options: EngineOptions = {}) {
    this.url = url;
    this.path = databasePath(url, options.instancePath ?? "instance");
    this.echo = new EchoLog(options.echo ?? false, options.write);
  }

  /** Whether the database has been opened (a snapshot never opens one). */
  get isOpen(): boolean {
    return this.#db !== null;
  }

  /** The sql.js database, opened (from its file, when there is one) on first use. */
  get database(): SqlJsDatabase {
    if (!this.#db) {
      const bytes = this.path ? databaseFiles().read(this.path) : null;
      this.#db = new (sqlite().Database)(bytes);
      this.#tune(this.#db);
    }
    return this.#db;
  }

  // sql.js keeps even a ":memory:" database as a file in Emscripten's in-memory file system, so
  // each commit made and deleted a journal file there: ten times slower in a browser Worker.
  // The journal in memory changes nothing SQL can see (ROLLBACK works the same).
  #tune(db: SqlJsDatabase): void {
    db.run("PRAGMA journal_mode = MEMORY");
  }

  #prepare(sql: string): SqlJsStatement {
    let statement = this.#statements.get(sql);
    if (!statement) {
      statement = this.database.prepare(sql);
      this.#statements.set(sql, statement);
    }
    return statement;
  }

  /**
   * Run one statement, logged first when echo is on; a database error comes back as
   * SQLAlchemy's `IntegrityError` or `OperationalError`.
   */
  execute(
    sql: string,
    params: SqlValue[] = [],
    kind: StatementKind = "compiled",
    compileMs = 0,
  ): ExecuteResult {
    const isDml = DML.test(sql);
    // The log's "generated in" is the time the statement took to build, as SQLAlchemy's is.
    this.echo.statement(sql, params, kind, compileMs);
    try {
      if (isDml && !this.inTransaction) {
        this.database.run("BEGIN");
        this.inTransaction = true;
      }
      const statement = this.#prepare(sql);
      const rows: SqlValue[][] = [];
      let columns: string[];
      try {
        statement.bind(params);
        while (statement.step()) rows.push(statement.get() as SqlValue[]);
        columns = statement.getColumnNames();
      } finally {
        statement.reset();
      }
      const rowsModified = isDml ? this.database.getRowsModified() : 0;
      let lastRowId: number | null = null;
      if (/^\s*INSERT\b/i.test(sql)) {
        const last = this.#prepare("SELECT last_insert_rowid()");
        last.step();
        lastRowId = Number(last.get()[0]);
        last.reset();
      }
      if (!this.inTransaction && !SELECTS.test(sql)) this.#persist();
      return { columns, rows, rowsModified, lastRowId };
    } catch (error) {
      // A statement that never compiled stays out of the cache.
      const cached = this.#statements.get(sql);
      if (cached && error instanceof Error && !/constraint|mismatch/.test(error.message)) {
        cached.free();
        this.#statements.delete(sql);
      }
      throw wrapDatabaseError(error, sql, params);
    }
  }

  /** COMMIT what the driver's transaction holds (nothing when none is open). */
  commit(): void {
    if (!this.inTransaction) return;
    this.database.run("COMMIT");
    this.inTransaction = false;
    this.#persist();
  }

  /** ROLLBACK the driver's transaction, if one is open. */
  rollback(): void {
    if (!this.inTransaction) return;
    this.database.run("ROLLBACK");
    this.inTransaction = false;
  }

  /** Write a file database back to its file. */
  #persist(): void {
    if (!this.path || !this.#db) return;
    // export() closes and reopens the database, which frees every prepared statement.
    for (const statement of this.#statements.values()) statement.free();
    this.#statements.clear();
    databaseFiles().write(this.path, this.#db.export());
    this.#tune(this.#db);
  }

  /** Close the database (a file database was written at each commit). */
  dispose(): void {
    for (const statement of this.#statements.values()) statement.free();
    this.#statements.clear();
    this.#db?.close();
    this.#db = null;
    this.inTransaction = false;
  }

  toString(): string {
    return `Engine(${this.url})`;
  }
}
