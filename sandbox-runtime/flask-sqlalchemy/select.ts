/**
 * `db.select(User).where(…).orderBy(…).limit(…)`: a SELECT built as SQLAlchemy 2.0 builds it,
 * compiled to SQLite's SQL the way SQLAlchemy 1.4 writes it (the legacy `Query` labels its
 * columns `user_id`; a 2.0 `select` does not).
 * @see sqlalchemy/sql/selectable.py Select
 * @see sqlalchemy/sql/compiler.py SQLCompiler.visit_select
 */
import { InvalidRequestError } from "./errors.ts";
import {
  and_,
  type ClauseElement,
  ColumnElement,
  type Compiler,
  FunctionCall,
  Label,
  type Operand,
} from "./expression.ts";
import { type Mapper, mapperFor } from "./mapper.ts";
import { quote } from "./quoting.ts";
import { Column, Table } from "./schema.ts";
import { stateOf } from "./state.ts";

/** What a select returns per row: a model (`Mapper`) or a column expression. */
export type Selectable = Mapper | ColumnElement;

/** A join: `JOIN table ON …`. */
interface Join {
  table: Table;
  on: ClauseElement;
  outer: boolean;
}

/** A SELECT statement; each method returns a new one. @see sqlalchemy/sql/selectable.py Select */
export class Select<T = unknown> {
  readonly selected: Selectable[];
  readonly whereClauses: ClauseElement[] = [];
  readonly orderByClauses: ClauseElement[] = [];
  readonly groupByClauses: ClauseElement[] = [];
  readonly joins: Join[] = [];
  readonly explicitFroms: Table[] = [];
  limitValue: number | null = null;
  offsetValue: number | null = null;
  /** Label every column `table_column`, as the legacy Query does. */
  labels = false;
  distinctFlag = false;
  declare readonly _row: T;

  constructor(selected: Selectable[]) {
    this.selected = selected;
  }

  #copy(change: (s: Select<T>) => void): Select<T> {
    const next = new Select<T>(this.selected);
    next.whereClauses.push(...this.whereClauses);
    next.orderByClauses.push(...this.orderByClauses);
    next.groupByClauses.push(...this.groupByClauses);
    next.joins.push(...this.joins);
    next.explicitFroms.push(...this.explicitFroms);
    next.limitValue = this.limitValue;
    next.offsetValue = this.offsetValue;
    next.labels = this.labels;
    next.distinctFlag = this.distinctFlag;
    change(next);
    return next;
  }

  /** The first model selected, if any. */
  get entity(): Mapper | null {
    const first = this.selected[0];
    return first && !(first instanceof ColumnElement) ? first : null;
  }

  /** `WHERE a AND b`. @see sqlalchemy/sql/selectable.py Select.where */
  where(...clauses: ClauseElement[]): Select<T> {
    return this.#copy((s) => s.whereClauses.push(...clauses));
  }
  /** The same as `where`. */
  filter(...clauses: ClauseElement[]): Select<T> {
    return this.where(...clauses);
  }
  /** `WHERE col = ? AND …` for the first model's attributes. @see sqlalchemy/sql/selectable.py Select.filter_by */
  filterBy(values: Record<string, Operand | object>): Select<T> {
    const mapper = this.#lastEntity();
    mapper.registry.configure();
    const clauses = Object.entries(values).map(([key, value]) => {
      const column = mapper.columns.get(key);
      const prop = mapper.relationships.get(key);
      // `filter_by(author=user)`: a many-to-one compares the foreign key with the object's key.
      if (!column && prop?.direction === "many-to-one") {
        const related = value === null || value === undefined ? null : stateOf(value);
        const key = related
          ? (related.values.get(prop.referenced.attribute) ?? related.identity?.[0] ?? null)
          : null;
        return prop.foreignKey.eq(key as Operand);
      }
      if (!column) {
        throw new InvalidRequestError(
          `Entity namespace for "${mapper.table.name}" has no property "${key}"`,
        );
      }
      return column.eq(value as Operand);
    });
    return this.where(...clauses);
  }
  #lastEntity(): Mapper {
    const join = this.joins.at(-1);
    if (join) {
      const mapper = this.entity?.registry.mappers;
      for (const m of mapper?.values() ?? []) if (m.table === join.table) return m;
    }
    const entity = this.entity;
    if (!entity) throw new InvalidRequestError("filterBy needs a model to select");
    return entity;
  }
  /** `ORDER BY …`; `orderBy(null)` removes it. */
  orderBy(...clauses: (ClauseElement | null)[]): Select<T> {
    return this.#copy((s) => {
      if (clauses.length === 1 && clauses[0] === null) s.orderByClauses.length = 0;
      else s.orderByClauses.push(...(clauses.filter(Boolean) as ClauseElement[]));
    });
  }
  /** `GROUP BY …` */
  groupBy(...clauses: ClauseElement[]): Select<T> {
    return this.#copy((s) => s.groupByClauses.push(...clauses));
  }
  /** `LIMIT ?` */
  limit(n: number | null): Select<T> {
    return this.#copy((s) => {
      s.limitValue = n;
    });
  }
  /** `OFFSET ?` */
  offset(n: number | null): Select<T> {
    return this.#copy((s) => {
      s.offsetValue = n;
    });
  }
  /** `SELECT DISTINCT` */
  distinct(): Select<T> {
    return this.#copy((s) => {
      s.distinctFlag = true;
    });
  }
  /** `FROM table`, for selects of functions: `db.select(db.func.count()).selectFrom(User)`. */
  selectFrom(target: unknown): Select<T> {
    const table = target instanceof Table ? target : mapperFor(target).table;
    return this.#copy((s) => s.explicitFroms.push(table));
  }
  /** `JOIN table ON …`, the condition found from the foreign key when not given. */
  join(target: unknown, on?: ClauseElement, options: { isouter?: boolean } = {}): Select<T> {
    const mapper = mapperFor(target);
    return this.#copy((s) =>
      s.joins.push({
        table: mapper.table,
        on: on ?? joinCondition(s, mapper),
        outer: options.isouter ?? false,
      }),
    );
  }
  /** `LEFT OUTER JOIN table ON …` */
  outerjoin(target: unknown, on?: ClauseElement): Select<T> {
    return this.join(target, on, { isouter: true });
  }

  /** The result columns: label, SQL, and how to read them. */
  columns(
    compiler: Compiler,
  ): { sql: string; key: string; column: ColumnElement | null; mapper: Mapper | null }[] {
    const out: { sql: string; key: string; column: ColumnElement | null; mapper: Mapper | null }[] =
      [];
    for (const item of this.selected) {
      if (item instanceof ColumnElement) {
        let sql = item.compile(compiler);
        let key = item.key ?? "";
        if (item instanceof Label) sql += ` AS ${quote(item.name)}`;
        else if (item instanceof Column) {
          if (this.labels) sql += ` AS ${item.labelName}`;
        } else {
          key = compiler.anonymous(item instanceof FunctionCall ? item.fname : "anon");
          sql += ` AS ${key}`;
        }
        out.push({ sql, key, column: item, mapper: null });
      } else {
        for (const column of item.table.columns) {
          const sql = `${column.compile()}${this.labels ? ` AS ${column.labelName}` : ""}`;
          out.push({ sql, key: column.attribute, column, mapper: item });
        }
      }
    }
    return out;
  }

  #froms(): Table[] {
    const seen = new Set<Table>();
    const joined = new Set(this.joins.map((j) => j.table));
    const add = (t: { name: string } | Table) => {
      const table = t as Table;
      if (!joined.has(table)) seen.add(table);
    };
    for (const table of this.explicitFroms) add(table);
    for (const item of this.selected) {
      if (item instanceof ColumnElement) for (const t of item.froms()) add(t as Table);
      else add(item.table);
    }
    for (const clause of this.whereClauses) for (const t of clause.froms()) add(t as Table);
    return [...seen];
  }

  /** The statement's SQL, parameters pushed onto the compiler. */
  compile(compiler: Compiler): string {
    const columns = this.columns(compiler).map((c) => c.sql);
    const froms = this.#froms();
    let sql = `SELECT ${this.distinctFlag ? "DISTINCT " : ""}${columns.join(", ")}`;
    if (froms.length > 0 || this.joins.length > 0) {
      const [first, ...rest] = froms.map((t) => t.fromSql());
      let from = first ?? "";
      for (const join of this.joins) {
        from += ` ${join.outer ? "LEFT OUTER JOIN" : "JOIN"} ${join.table.fromSql()} ON ${join.on.compile(compiler)}`;
      }
      sql += ` \nFROM ${[from, ...rest].join(", ")}`;
    }
    if (this.whereClauses.length > 0)
      sql += ` \nWHERE ${and_(...this.whereClauses).compile(compiler)}`;
    if (this.groupByClauses.length > 0) {
      sql += ` GROUP BY ${this.groupByClauses.map((c) => c.compile(compiler)).join(", ")}`;
    }
    if (this.orderByClauses.length > 0) {
      sql += ` ORDER BY ${this.orderByClauses.map((c) => c.compile(compiler)).join(", ")}`;
    }
    if (this.limitValue !== null || this.offsetValue !== null) {
      sql += `\n LIMIT ${compiler.bind(this.limitValue ?? -1)} OFFSET ${compiler.bind(this.offsetValue ?? 0)}`;
    }
    return sql;
  }

  /** `SELECT count(*) AS count_1 FROM (…) AS anon_1`, as `Query.count()` writes it. */
  compileCount(compiler: Compiler): string {
    const inner = this.compile(compiler);
    return `SELECT count(*) AS count_1 \nFROM (${inner}) AS anon_1`;
  }
}

function joinCondition(select: Select<unknown>, target: Mapper): ClauseElement {
  const tables = [
    ...select.explicitFroms,
    ...select.selected.flatMap((s) =>
      s instanceof ColumnElement ? (s.froms() as Table[]) : [s.table],
    ),
    ...select.joins.map((j) => j.table),
  ].filter((t) => t !== target.table);
  for (const left of tables) {
    // The referred column first, as SQLAlchemy's join_condition writes it.
    for (const column of target.table.columns) {
      const key = column.foreignKeys.find((k) => k.parts[0] === left.name);
      const referred = key ? left.column(key.parts[1]) : undefined;
      if (referred) return referred.eq(column);
    }
    for (const column of left.columns) {
      const key = column.foreignKeys.find((k) => k.parts[0] === target.table.name);
      const referred = key ? target.table.column(key.parts[1]) : undefined;
      if (referred) return referred.eq(column);
    }
  }
  throw new InvalidRequestError(
    `Don't know how to join to Mapper[${target.className}(${target.table.name})]. Please use the .select_from() method to establish an explicit left side, as well as providing an explicit ON clause if not present already to help resolve the ambiguity.`,
  );
}
