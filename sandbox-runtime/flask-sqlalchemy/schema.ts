/**
 * Tables and columns, and the `CREATE TABLE` / `CREATE INDEX` / `DROP TABLE` SQLAlchemy's SQLite
 * dialect writes for them.
 * @example
 * static id = db.Column(db.Integer, { primaryKey: true });
 * static authorId = db.Column("author_id", db.Integer, db.ForeignKey("author.id"));
 * @see sqlalchemy/sql/schema.py
 */
import { ArgumentError, InvalidRequestError } from "./errors.ts";
import { ColumnElement, type FromClause } from "./expression.ts";
import { quote } from "./quoting.ts";
import { type TypeEngine, type TypeLike, toType } from "./types.ts";

/** What `db.Column(type, …, options)` takes after the type. */
export interface ColumnOptions {
  /** Part of the primary key (an INTEGER one is filled by SQLite: the rowid). */
  primaryKey?: boolean;
  /** No two rows may share the value: `UNIQUE (col)`, or a unique index with `index`. */
  unique?: boolean;
  /** May hold NULL (default: true, false for a primary key). */
  nullable?: boolean;
  /** The value an INSERT uses when none was given: a value or a function returning one. */
  default?: unknown;
  /** The value an UPDATE uses when the column was not changed. */
  onupdate?: unknown;
  /** `CREATE INDEX ix_<table>_<col>`. */
  index?: boolean;
  /** The column's name in the database, when not the attribute's. */
  name?: string;
  /** `DEFAULT …` in the table's DDL, SQL text. */
  serverDefault?: string;
}

/** A foreign key: `db.ForeignKey("user.id")`. @see sqlalchemy/sql/schema.py ForeignKey */
export class ForeignKey {
  readonly target: string;
  readonly ondelete: string | null;
  constructor(target: string, options: { ondelete?: string } = {}) {
    this.target = target;
    this.ondelete = options.ondelete ?? null;
  }
  /** The table name and column name it refers to. */
  get parts(): [string, string] {
    const dot = this.target.lastIndexOf(".");
    return [this.target.slice(0, dot), this.target.slice(dot + 1)];
  }
}

/** A table's column; on a model class it also stands for the column in expressions. @see sqlalchemy/sql/schema.py Column */
export class Column extends ColumnElement {
  readonly #type: TypeEngine;
  /** Its name in the database. */
  name: string;
  /** Its attribute name on the model. */
  attribute: string;
  readonly primaryKey: boolean;
  readonly unique: boolean;
  readonly nullable: boolean;
  readonly default: unknown;
  readonly onupdate: unknown;
  readonly index: boolean;
  readonly serverDefault: string | null;
  readonly foreignKeys: ForeignKey[];
  /** Set when the column joins a table. */
  table: Table | null = null;

  constructor(
    name: string | null,
    type: TypeLike,
    foreignKeys: ForeignKey[],
    options: ColumnOptions,
  ) {
    super();
    this.#type = toType(type);
    this.name = options.name ?? name ?? "";
    this.attribute = name ?? "";
    this.primaryKey = options.primaryKey ?? false;
    this.unique = options.unique ?? false;
    this.nullable = options.nullable ?? !this.primaryKey;
    this.default = options.default;
    this.onupdate = options.onupdate;
    this.index = options.index ?? false;
    this.serverDefault = options.serverDefault ?? null;
    this.foreignKeys = foreignKeys;
  }
  override get type(): TypeEngine {
    return this.#type;
  }
  override get key(): string {
    return this.attribute || this.name;
  }
  compile(): string {
    if (!this.table) {
      throw new InvalidRequestError(
        `The column '${this.name || "?"}' is not part of a table yet: is its model known to db?`,
      );
    }
    return `${quote(this.table.name)}.${quote(this.name)}`;
  }
  override froms(): FromClause[] {
    return this.table ? [this.table] : [];
  }
  /** The label a legacy Query gives it: `user_id`. */
  get labelName(): string {
    return `${this.table?.name ?? ""}_${this.name}`;
  }
  /** The value an INSERT uses when none was given. */
  defaultValue(): unknown {
    return typeof this.default === "function" ? (this.default as () => unknown)() : this.default;
  }
}

/**
 * `db.Column(type, …foreignKeys, options)`, with an optional name first.
 * @example db.Column(db.String(120), { unique: true, nullable: false })
 */
export function makeColumn(...args: unknown[]): Column {
  let name: string | null = null;
  if (typeof args[0] === "string") name = args.shift() as string;
  const type = args.shift();
  if (!type || (typeof type !== "function" && typeof type !== "object")) {
    throw new ArgumentError(
      "db.Column needs a type first: db.Column(db.Integer, { primaryKey: true })",
    );
  }
  const keys: ForeignKey[] = [];
  let options: ColumnOptions = {};
  for (const arg of args) {
    if (arg instanceof ForeignKey) keys.push(arg);
    else if (arg && typeof arg === "object") options = arg as ColumnOptions;
  }
  return new Column(name, type as TypeLike, keys, options);
}

/** A table: its columns and constraints. @see sqlalchemy/sql/schema.py Table */
export class Table implements FromClause {
  readonly name: string;
  readonly columns: Column[] = [];
  constructor(name: string) {
    this.name = name;
  }
  /** Add a column (it learns its table). */
  append(column: Column): void {
    column.table = this;
    this.columns.push(column);
  }
  get primaryKey(): Column[] {
    return this.columns.filter((c) => c.primaryKey);
  }
  /** The column named `name` in the database. */
  column(name: string): Column | undefined {
    return this.columns.find((c) => c.name === name);
  }
  fromSql(): string {
    return quote(this.name);
  }
  /** Names of the tables its foreign keys refer to. */
  dependsOn(): string[] {
    return this.columns
      .flatMap((c) => c.foreignKeys.map((k) => k.parts[0]))
      .filter((t) => t !== this.name);
  }
  /** `\nCREATE TABLE …\n\n`, as SQLAlchemy logs it. @see sqlalchemy/sql/compiler.py DDLCompiler.visit_create_table */
  createSql(): string {
    const lines = this.columns.map((c) => {
      let line = `${quote(c.name)} ${c.type.ddl()}`;
      if (c.serverDefault !== null) line += ` DEFAULT ${c.serverDefault}`;
      if (!c.nullable) line += " NOT NULL";
      return line;
    });
    const pk = this.primaryKey;
    if (pk.length > 0) lines.push(`PRIMARY KEY (${pk.map((c) => quote(c.name)).join(", ")})`);
    for (const c of this.columns) {
      if (c.unique && !c.index) lines.push(`UNIQUE (${quote(c.name)})`);
    }
    for (const c of this.columns) {
      for (const key of c.foreignKeys) {
        const [table, column] = key.parts;
        let line = `FOREIGN KEY(${quote(c.name)}) REFERENCES ${quote(table)} (${quote(column)})`;
        if (key.ondelete) line += ` ON DELETE ${key.ondelete}`;
        lines.push(line);
      }
    }
    return `\nCREATE TABLE ${quote(this.name)} (\n\t${lines.join(", \n\t")}\n)\n\n`;
  }
  /** `CREATE [UNIQUE] INDEX ix_table_col ON table (col)` for each indexed column. */
  indexSql(): string[] {
    return this.columns
      .filter((c) => c.index)
      .map(
        (c) =>
          `CREATE ${c.unique ? "UNIQUE " : ""}INDEX ${quote(`ix_${this.name}_${c.name}`)} ON ${quote(this.name)} (${quote(c.name)})`,
      );
  }
  /** `\nDROP TABLE …` */
  dropSql(): string {
    return `\nDROP TABLE ${quote(this.name)}`;
  }
}

/**
 * Tables in the order `CREATE` needs them: rounds of tables whose foreign keys point only at
 * tables already made, each round in name order.
 * @see sqlalchemy/sql/ddl.py sort_tables_and_constraints
 */
export function sortTables(tables: Table[]): Table[] {
  const byName = new Map(tables.map((t) => [t.name, t]));
  let todo = [...tables].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: Table[] = [];
  const done = new Set<string>();
  while (todo.length > 0) {
    const ready = todo.filter((t) => t.dependsOn().every((d) => done.has(d) || !byName.has(d)));
    // A cycle: take the rest as they are.
    const round = ready.length > 0 ? ready : todo;
    for (const t of round) done.add(t.name);
    out.push(...round);
    todo = todo.filter((t) => !done.has(t.name));
  }
  return out;
}
