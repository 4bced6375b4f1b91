/**
 * What `db.session.execute(…)` returns: rows (`all`, `first`, `one`), or with `scalars()` the
 * first column of each row — the models of `db.select(User)`.
 * @see sqlalchemy/engine/result.py Result
 */
import { MultipleResultsFound, NoResultFound } from "./errors.ts";
import { markTuple } from "./flask-api.ts";
import { reprParams } from "./python.ts";

// Array methods a row keeps even when a column has the name (`at`, `fill`, `sort` give way).
const KEPT = new Set([
  "length",
  "map",
  "filter",
  "forEach",
  "slice",
  "join",
  "indexOf",
  "includes",
  "entries",
  "keys",
  "values",
  "find",
  "findIndex",
  "reduce",
  "some",
  "every",
  "concat",
  "flat",
  "flatMap",
  "toString",
  "constructor",
]);

/** A row: an array (`const [id, name] = row`) whose columns are also properties (`row.name`). */
export type Row = unknown[] & Record<string, unknown>;

/**
 * Make a row from its values and column names; it prints as a Python tuple.
 * @example makeRow([1, "ana"], ["id", "name"]).name // "ana"
 */
export function makeRow(values: unknown[], keys: string[]): Row {
  const row = [...values] as Row;
  keys.forEach((key, i) => {
    if (key && !/^\d+$/.test(key) && !KEPT.has(key)) {
      Object.defineProperty(row, key, { value: values[i], enumerable: false });
    }
  });
  Object.defineProperty(row, "toString", { value: () => reprParams(values), enumerable: false });
  // A template prints it as Python prints a Row: `(1, 'ana')`.
  return markTuple(row);
}

function one<T>(items: T[], orNone: boolean): T | null {
  if (items.length === 0) {
    if (orNone) return null;
    throw new NoResultFound("No row was found when one was required");
  }
  if (items.length > 1)
    throw new MultipleResultsFound("Multiple rows were found when exactly one was required");
  return items[0] as T;
}

/** The first column of each row. @see sqlalchemy/engine/result.py ScalarResult */
export class ScalarResult<T> implements Iterable<T> {
  readonly #items: T[];
  constructor(items: T[]) {
    this.#items = items;
  }
  all(): T[] {
    return [...this.#items];
  }
  first(): T | null {
    return this.#items[0] ?? null;
  }
  one(): T {
    return one(this.#items, false) as T;
  }
  oneOrNone(): T | null {
    return one(this.#items, true);
  }
  /** Drop repeated objects (a joined eager load's duplicates). */
  unique(): ScalarResult<T> {
    return new ScalarResult([...new Set(this.#items)]);
  }
  fetchall(): T[] {
    return this.all();
  }
  [Symbol.iterator](): Iterator<T> {
    return this.#items[Symbol.iterator]();
  }
}

/** Rows of a statement. @see sqlalchemy/engine/result.py Result */
export class Result<T = unknown> implements Iterable<Row> {
  readonly #rows: Row[];
  readonly #keys: string[];
  /** Rows an INSERT, UPDATE or DELETE changed. */
  readonly rowcount: number;
  constructor(rows: Row[], keys: string[], rowcount = -1) {
    this.#rows = rows;
    this.#keys = keys;
    this.rowcount = rowcount;
  }
  keys(): string[] {
    return [...this.#keys];
  }
  all(): Row[] {
    return [...this.#rows];
  }
  fetchall(): Row[] {
    return this.all();
  }
  first(): Row | null {
    return this.#rows[0] ?? null;
  }
  fetchone(): Row | null {
    return this.first();
  }
  one(): Row {
    return one(this.#rows, false) as Row;
  }
  oneOrNone(): Row | null {
    return one(this.#rows, true);
  }
  /** The first column of the first row, or null. */
  scalar(): T | null {
    return (this.#rows[0]?.[0] as T | undefined) ?? null;
  }
  scalarOne(): T {
    return this.scalars().one();
  }
  scalarOneOrNone(): T | null {
    return this.scalars().oneOrNone();
  }
  scalars(): ScalarResult<T> {
    return new ScalarResult(this.#rows.map((r) => r[0] as T));
  }
  /** Rows as objects by column name. */
  mappings(): ScalarResult<Record<string, unknown>> {
    return new ScalarResult(
      this.#rows.map((r) => Object.fromEntries(this.#keys.map((k, i) => [k, r[i]]))),
    );
  }
  unique(): Result<T> {
    return this;
  }
  [Symbol.iterator](): Iterator<Row> {
    return this.#rows[Symbol.iterator]();
  }
}
