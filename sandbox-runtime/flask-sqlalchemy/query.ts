/**
 * The legacy query API Flask-SQLAlchemy's tutorials teach: `User.query.filterBy({ name })
 * .orderBy(User.id.desc()).first()`, `getOr404`, `paginate`. Each method returns a new query.
 * @see sqlalchemy/orm/query.py Query
 * @see flask_sqlalchemy/query.py Query
 */
import { MultipleResultsFound, NoResultFound } from "./errors.ts";
import { type ClauseElement, Compiler, type Operand } from "./expression.ts";
import { abort } from "./flask-api.ts";
import type { Mapper } from "./mapper.ts";
import { type PaginateOptions, Pagination } from "./pagination.ts";
import { Select } from "./select.ts";
import type { ModelType, Session } from "./session.ts";

/** A query over one model. @see sqlalchemy/orm/query.py Query */
export class Query<T = any> {
  readonly #mapper: Mapper;
  readonly #session: () => Session;
  readonly #select: Select<T>;

  constructor(mapper: Mapper, session: () => Session, select?: Select<T>) {
    this.#mapper = mapper;
    this.#session = session;
    if (select) this.#select = select;
    else {
      const s = new Select<T>([mapper]);
      s.labels = true;
      this.#select = s;
    }
  }

  #with(select: Select<T>): Query<T> {
    return new Query<T>(this.#mapper, this.#session, select);
  }

  /** The SELECT this query runs. */
  get statement(): Select<T> {
    return this.#select;
  }

  /** `WHERE …` */
  filter(...clauses: ClauseElement[]): Query<T> {
    return this.#with(this.#select.where(...clauses));
  }
  /** `WHERE col = ? AND …` by attribute name. */
  filterBy(values: Record<string, Operand | object>): Query<T> {
    return this.#with(this.#select.filterBy(values));
  }
  /** `ORDER BY …`; `orderBy(null)` removes it. */
  orderBy(...clauses: (ClauseElement | null)[]): Query<T> {
    return this.#with(this.#select.orderBy(...clauses));
  }
  /** `GROUP BY …` */
  groupBy(...clauses: ClauseElement[]): Query<T> {
    return this.#with(this.#select.groupBy(...clauses));
  }
  /** `LIMIT ?` */
  limit(n: number | null): Query<T> {
    return this.#with(this.#select.limit(n));
  }
  /** `OFFSET ?` */
  offset(n: number | null): Query<T> {
    return this.#with(this.#select.offset(n));
  }
  /** `JOIN model ON …` */
  join(target: ModelType<unknown>, on?: ClauseElement): Query<T> {
    return this.#with(this.#select.join(target, on));
  }
  /** `SELECT DISTINCT` */
  distinct(): Query<T> {
    return this.#with(this.#select.distinct());
  }

  /** Every row, as model objects. */
  all(): T[] {
    return this.#session().execute(this.#select).scalars().all();
  }
  /** The first row (`LIMIT 1`), or null. */
  first(): T | null {
    return this.#session().execute(this.#select.limit(1)).scalars().first();
  }
  /** Exactly one row, or `NoResultFound` / `MultipleResultsFound`. */
  one(): T {
    return this.#session().execute(this.#select).scalars().one();
  }
  /** One row or null; several is `MultipleResultsFound`. */
  oneOrNone(): T | null {
    return this.#session().execute(this.#select).scalars().oneOrNone();
  }
  /** `SELECT count(*) FROM (…)` */
  count(): number {
    const compiler = new Compiler();
    const sql = this.#select.compileCount(compiler);
    const session = this.#session();
    session.prepareQuery();
    const result = session.run(sql, compiler.params);
    return Number(result.rows[0]?.[0] ?? 0);
  }
  /** The object with this primary key, or null (from the identity map when it is there). */
  get(ident: unknown): T | null {
    return this.#session().get(this.#mapper.cls as unknown as ModelType<T>, ident);
  }
  /** Like `get`, but a 404 Not Found when there is no such row. @see flask_sqlalchemy/query.py Query.get_or_404 */
  getOr404(ident: unknown, description?: string): T {
    const found = this.get(ident);
    if (found === null) abort(404, description);
    return found as T;
  }
  /** Like `first`, but a 404 Not Found when there is no row. @see flask_sqlalchemy/query.py Query.first_or_404 */
  firstOr404(description?: string): T {
    const found = this.first();
    if (found === null) abort(404, description);
    return found as T;
  }
  /** Like `one`, but a 404 Not Found when there is not exactly one row. @see flask_sqlalchemy/query.py Query.one_or_404 */
  oneOr404(description?: string): T {
    try {
      return this.one();
    } catch (error) {
      if (error instanceof NoResultFound || error instanceof MultipleResultsFound)
        abort(404, description);
      throw error;
    }
  }
  /** A page of results. @see flask_sqlalchemy/query.py Query.paginate */
  paginate(options: PaginateOptions = {}): Pagination<T> {
    return new Pagination<T>(
      {
        items: (limit, offset) => this.limit(limit).offset(offset).all(),
        count: () => this.orderBy(null).count(),
      },
      options,
    );
  }
  /** Delete the matching rows in one statement. */
  delete(): number {
    const compiler = new Compiler();
    const where = this.#select.whereClauses;
    let sql = `DELETE FROM ${this.#mapper.table.fromSql()}`;
    if (where.length > 0) sql += ` WHERE ${where.map((c) => c.compile(compiler)).join(" AND ")}`;
    const session = this.#session();
    session.prepareQuery();
    return session.run(sql, compiler.params).rowsModified;
  }
  [Symbol.iterator](): Iterator<T> {
    return this.all()[Symbol.iterator]();
  }
  toString(): string {
    return this.#select.compile(new Compiler());
  }
}
