/**
 * SQL expressions: what Python writes with operators (`User.name == "ana"`,
 * `User.id.desc()`) is a method in TypeScript (`User.name.eq("ana")`, `User.id.desc()`).
 * Each expression compiles itself to SQLite's SQL with `?` parameters, as SQLAlchemy does.
 * @example
 * db.select(User).where(db.and_(User.active.eq(true), User.name.like("a%")));
 * @see sqlalchemy/sql/elements.py
 */
import { InvalidRequestError } from "./errors.ts";
import { type SqlValue, TypeEngine } from "./types.ts";

/** Collects parameters and anonymous label numbers while a statement compiles. */
export class Compiler {
  readonly params: SqlValue[] = [];
  /** Named parameters for `text()` (`:name`). */
  readonly named: Record<string, unknown>;
  #anon = new Map<string, number>();
  constructor(named: Record<string, unknown> = {}) {
    this.named = named;
  }
  /** `?`, remembering the value. */
  bind(value: SqlValue): string {
    this.params.push(value);
    return "?";
  }
  /** `count_1`, `count_2`, … as SQLAlchemy names anonymous columns. */
  anonymous(base: string): string {
    const next = (this.#anon.get(base) ?? 0) + 1;
    this.#anon.set(base, next);
    return `${base}_${next}`;
  }
}

/** Anything that can stand in a SQL expression: an element, or a plain value to bind. */
export type Operand = ClauseElement | SqlValue | boolean | Date | undefined;

/** A piece of SQL. @see sqlalchemy/sql/elements.py ClauseElement */
export abstract class ClauseElement {
  /** The SQL text, parameters pushed onto the compiler. */
  abstract compile(compiler: Compiler): string;
  /** How tightly it binds: an operand of lower precedence is parenthesized. */
  get precedence(): number {
    return 100;
  }
  /** The tables it reads, for `FROM` (in order of appearance). */
  froms(): FromClause[] {
    return [];
  }
  toString(): string {
    return this.compile(new Compiler());
  }
}

/** A table (or anything `FROM` can name). */
export interface FromClause {
  readonly name: string;
  fromSql(): string;
}

const PRECEDENCE: Record<string, number> = {
  OR: 2,
  AND: 3,
  NOT: 4,
  "=": 5,
  "!=": 5,
  "<": 5,
  "<=": 5,
  ">": 5,
  ">=": 5,
  LIKE: 5,
  "NOT LIKE": 5,
  IN: 5,
  "NOT IN": 5,
  IS: 5,
  "IS NOT": 5,
  BETWEEN: 5,
  "||": 6,
  "+": 7,
  "-": 7,
  "*": 8,
  "/": 8,
  "%": 8,
};

/** A value that compares and orders: a column, a function, a bound value. @see sqlalchemy/sql/elements.py ColumnElement */
export abstract class ColumnElement extends ClauseElement {
  /** The type values are bound and read with. */
  get type(): TypeEngine {
    return NULL_TYPE;
  }
  /** The name a result row gives it. */
  get key(): string | null {
    return null;
  }
  /** `==` */
  eq(other: Operand): ColumnElement {
    return other === null || other === undefined
      ? new BinaryExpression(this, "IS", NULL)
      : this.#compare("=", other);
  }
  /** `!=` */
  ne(other: Operand): ColumnElement {
    return other === null || other === undefined
      ? new BinaryExpression(this, "IS NOT", NULL)
      : this.#compare("!=", other);
  }
  /** `<` */
  lt(other: Operand): ColumnElement {
    return this.#compare("<", other);
  }
  /** `<=` */
  le(other: Operand): ColumnElement {
    return this.#compare("<=", other);
  }
  /** `>` */
  gt(other: Operand): ColumnElement {
    return this.#compare(">", other);
  }
  /** `>=` */
  ge(other: Operand): ColumnElement {
    return this.#compare(">=", other);
  }
  /** `LIKE pattern` */
  like(pattern: string): ColumnElement {
    return this.#compare("LIKE", pattern);
  }
  /** `NOT LIKE pattern` */
  notLike(pattern: string): ColumnElement {
    return this.#compare("NOT LIKE", pattern);
  }
  /** Case-insensitive `LIKE`: `lower(x) LIKE lower(?)`. */
  ilike(pattern: string): ColumnElement {
    return new BinaryExpression(
      new FunctionCall("lower", [this]),
      "LIKE",
      new FunctionCall("lower", [this.#operand(pattern)]),
    );
  }
  /** `LIKE '%' || ? || '%'` */
  contains(text: string): ColumnElement {
    return new BinaryExpression(this, "LIKE", new Raw(`'%' || ? || '%'`, [text]));
  }
  /** `LIKE ? || '%'` */
  startswith(text: string): ColumnElement {
    return new BinaryExpression(this, "LIKE", new Raw(`? || '%'`, [text]));
  }
  /** `LIKE '%' || ?` */
  endswith(text: string): ColumnElement {
    return new BinaryExpression(this, "LIKE", new Raw(`'%' || ?`, [text]));
  }
  /** `IN (?, ?, …)` */
  in_(values: Iterable<Operand> | ClauseElement): ColumnElement {
    if (values instanceof ClauseElement)
      return new BinaryExpression(this, "IN", new Grouping(values));
    const list = [...values];
    if (list.length === 0)
      return new Raw("", [], (c) => `${this.compile(c)} IN (NULL) AND (1 != 1)`);
    return new BinaryExpression(this, "IN", new Tuple(list.map((v) => this.#operand(v))));
  }
  /** `NOT IN (?, ?, …)` */
  notIn(values: Iterable<Operand>): ColumnElement {
    const list = [...values];
    if (list.length === 0)
      return new Raw("", [], (c) => `${this.compile(c)} NOT IN (NULL) OR (1 = 1)`);
    return new BinaryExpression(this, "NOT IN", new Tuple(list.map((v) => this.#operand(v))));
  }
  /** `IS NULL` for `isNull()`, or `IS ?` */
  is_(other: Operand = null): ColumnElement {
    return new BinaryExpression(this, "IS", other === null ? NULL : this.#operand(other));
  }
  /** `IS NOT NULL` */
  isNot(other: Operand = null): ColumnElement {
    return new BinaryExpression(this, "IS NOT", other === null ? NULL : this.#operand(other));
  }
  /** `BETWEEN ? AND ?` */
  between(low: Operand, high: Operand): ColumnElement {
    return new Raw("", [], (c) => {
      const left = this.compile(c);
      return `${left} BETWEEN ${this.#operand(low).compile(c)} AND ${this.#operand(high).compile(c)}`;
    });
  }
  /** `+` */
  add(other: Operand): ColumnElement {
    return this.#compare("+", other);
  }
  /** `-` */
  sub(other: Operand): ColumnElement {
    return this.#compare("-", other);
  }
  /** `*` */
  mul(other: Operand): ColumnElement {
    return this.#compare("*", other);
  }
  /** `/` */
  div(other: Operand): ColumnElement {
    return this.#compare("/", other);
  }
  /** `||`, string concatenation. */
  concat(other: Operand): ColumnElement {
    return this.#compare("||", other);
  }
  /** `x DESC` for ORDER BY. */
  desc(): ClauseElement {
    return new Ordering(this, "DESC");
  }
  /** `x ASC` for ORDER BY. */
  asc(): ClauseElement {
    return new Ordering(this, "ASC");
  }
  /** `x AS name` in a column list. */
  label(name: string): ColumnElement {
    return new Label(this, name);
  }
  #operand(value: Operand): ClauseElement {
    return value instanceof ClauseElement ? value : new BindParameter(value, this.type);
  }
  #compare(op: string, other: Operand): ColumnElement {
    return new BinaryExpression(this, op, this.#operand(other));
  }
}

class NullType extends TypeEngine {
  ddl(): string {
    return "NULL";
  }
}
const NULL_TYPE = new NullType();

class Null extends ColumnElement {
  compile(): string {
    return "NULL";
  }
}
const NULL = new Null();

/** A value sent as a `?` parameter. @see sqlalchemy/sql/elements.py BindParameter */
export class BindParameter extends ColumnElement {
  readonly value: unknown;
  readonly #type: TypeEngine;
  constructor(value: unknown, type: TypeEngine = NULL_TYPE) {
    super();
    this.value = value;
    this.#type = type;
  }
  override get type(): TypeEngine {
    return this.#type;
  }
  compile(compiler: Compiler): string {
    return compiler.bind(this.#type.bind(this.value));
  }
}

/** `left op right`. @see sqlalchemy/sql/elements.py BinaryExpression */
export class BinaryExpression extends ColumnElement {
  readonly left: ClauseElement;
  readonly op: string;
  readonly right: ClauseElement;
  constructor(left: ClauseElement, op: string, right: ClauseElement) {
    super();
    this.left = left;
    this.op = op;
    this.right = right;
  }
  override get precedence(): number {
    return PRECEDENCE[this.op] ?? 5;
  }
  override get type(): TypeEngine {
    return this.left instanceof ColumnElement ? this.left.type : NULL_TYPE;
  }
  compile(compiler: Compiler): string {
    const left = group(this.left, this.precedence, compiler);
    const right = group(this.right, this.precedence, compiler);
    return `${left} ${this.op} ${right}`;
  }
  override froms(): FromClause[] {
    return [...this.left.froms(), ...this.right.froms()];
  }
}

function group(element: ClauseElement, outer: number, compiler: Compiler): string {
  const sql = element.compile(compiler);
  return element.precedence < outer ? `(${sql})` : sql;
}

/** `a AND b AND c`, `a OR b`. @see sqlalchemy/sql/elements.py BooleanClauseList */
export class BooleanClauseList extends ColumnElement {
  readonly op: "AND" | "OR";
  readonly clauses: ClauseElement[];
  constructor(op: "AND" | "OR", clauses: ClauseElement[]) {
    super();
    this.op = op;
    this.clauses = clauses;
  }
  override get precedence(): number {
    return this.clauses.length === 1
      ? (this.clauses[0]?.precedence ?? 100)
      : (PRECEDENCE[this.op] as number);
  }
  compile(compiler: Compiler): string {
    return this.clauses.map((c) => group(c, this.precedence, compiler)).join(` ${this.op} `);
  }
  override froms(): FromClause[] {
    return this.clauses.flatMap((c) => c.froms());
  }
}

/** `NOT x`. */
class Not extends ColumnElement {
  readonly #inner: ClauseElement;
  constructor(inner: ClauseElement) {
    super();
    this.#inner = inner;
  }
  override get precedence(): number {
    return PRECEDENCE.NOT as number;
  }
  compile(compiler: Compiler): string {
    if (this.#inner instanceof BinaryExpression) {
      const negated: Record<string, string> = {
        "=": "!=",
        "!=": "=",
        IN: "NOT IN",
        "NOT IN": "IN",
        IS: "IS NOT",
        "IS NOT": "IS",
        LIKE: "NOT LIKE",
        "NOT LIKE": "LIKE",
        "<": ">=",
        ">=": "<",
        ">": "<=",
        "<=": ">",
      };
      const op = negated[this.#inner.op];
      if (op)
        return new BinaryExpression(this.#inner.left, op, this.#inner.right).compile(compiler);
    }
    return `NOT (${this.#inner.compile(compiler)})`;
  }
  override froms(): FromClause[] {
    return this.#inner.froms();
  }
}

/** `x DESC` / `x ASC`. @see sqlalchemy/sql/elements.py UnaryExpression */
export class Ordering extends ClauseElement {
  readonly element: ClauseElement;
  readonly direction: "ASC" | "DESC";
  constructor(element: ClauseElement, direction: "ASC" | "DESC") {
    super();
    this.element = element;
    this.direction = direction;
  }
  compile(compiler: Compiler): string {
    return `${this.element.compile(compiler)} ${this.direction}`;
  }
  override froms(): FromClause[] {
    return this.element.froms();
  }
}

/** `(a, b, c)` */
class Tuple extends ClauseElement {
  readonly #items: ClauseElement[];
  constructor(items: ClauseElement[]) {
    super();
    this.#items = items;
  }
  compile(compiler: Compiler): string {
    return `(${this.#items.map((i) => i.compile(compiler)).join(", ")})`;
  }
}

/** `(subquery)` */
class Grouping extends ClauseElement {
  readonly #inner: ClauseElement;
  constructor(inner: ClauseElement) {
    super();
    this.#inner = inner;
  }
  compile(compiler: Compiler): string {
    return `(${this.#inner.compile(compiler)})`;
  }
}

/** SQL written out, with its own parameters. */
class Raw extends ColumnElement {
  readonly #sql: string;
  readonly #params: SqlValue[];
  readonly #build: ((compiler: Compiler) => string) | undefined;
  constructor(sql: string, params: SqlValue[], build?: (compiler: Compiler) => string) {
    super();
    this.#sql = sql;
    this.#params = params;
    this.#build = build;
  }
  compile(compiler: Compiler): string {
    if (this.#build) return this.#build(compiler);
    let i = 0;
    return this.#sql.replace(/\?/g, () => compiler.bind(this.#params[i++] ?? null));
  }
}

/** `x AS name`. @see sqlalchemy/sql/elements.py Label */
export class Label extends ColumnElement {
  readonly element: ColumnElement;
  readonly name: string;
  constructor(element: ColumnElement, name: string) {
    super();
    this.element = element;
    this.name = name;
  }
  override get key(): string {
    return this.name;
  }
  override get type(): TypeEngine {
    return this.element.type;
  }
  compile(compiler: Compiler): string {
    return this.element.compile(compiler);
  }
  override froms(): FromClause[] {
    return this.element.froms();
  }
}

/** `count(*)`, `lower(x)`, any SQL function. @see sqlalchemy/sql/functions.py Function */
export class FunctionCall extends ColumnElement {
  readonly fname: string;
  readonly args: ClauseElement[];
  constructor(name: string, args: ClauseElement[]) {
    super();
    this.fname = name;
    this.args = args;
  }
  override get key(): string {
    return this.fname;
  }
  override get type(): TypeEngine {
    const first = this.args[0];
    if (["count", "length"].includes(this.fname))
      return new (class extends TypeEngine {
        ddl() {
          return "INTEGER";
        }
      })();
    return first instanceof ColumnElement &&
      ["max", "min", "sum", "lower", "upper", "coalesce"].includes(this.fname)
      ? first.type
      : NULL_TYPE;
  }
  compile(compiler: Compiler): string {
    if (this.fname === "count" && this.args.length === 0) return "count(*)";
    return `${this.fname}(${this.args.map((a) => a.compile(compiler)).join(", ")})`;
  }
  override froms(): FromClause[] {
    return this.args.flatMap((a) => a.froms());
  }
}

/** A column written as text (`literal_column`). */
class LiteralColumn extends ColumnElement {
  readonly #text: string;
  constructor(text: string) {
    super();
    this.#text = text;
  }
  compile(): string {
    return this.#text;
  }
}

function toElement(value: Operand): ClauseElement {
  return value instanceof ClauseElement ? value : new BindParameter(value);
}

/**
 * SQL functions by name: `db.func.count()`, `db.func.count(User.id)`, `db.func.lower(User.name)`.
 * @example db.session.execute(db.select(db.func.count()).selectFrom(User)).scalar()
 * @see sqlalchemy/sql/functions.py _FunctionGenerator
 */
type SqlFunction = (...args: Operand[]) => FunctionCall;

/** The SQL functions `db.func` offers by name; any other name works too. */
export type FunctionGenerator = {
  count: SqlFunction;
  max: SqlFunction;
  min: SqlFunction;
  sum: SqlFunction;
  avg: SqlFunction;
  lower: SqlFunction;
  upper: SqlFunction;
  length: SqlFunction;
  coalesce: SqlFunction;
  abs: SqlFunction;
  round: SqlFunction;
  random: SqlFunction;
} & Record<string, SqlFunction>;

export const func: FunctionGenerator = new Proxy({} as FunctionGenerator, {
  get: (_target, name) =>
    typeof name === "string"
      ? (...args: Operand[]) => new FunctionCall(name, args.map(toElement))
      : undefined,
});

/** `a AND b …`. @see sqlalchemy/sql/expression.py and_ */
export function and_(...clauses: ClauseElement[]): ColumnElement {
  return new BooleanClauseList("AND", clauses);
}

/** `a OR b …`. @see sqlalchemy/sql/expression.py or_ */
export function or_(...clauses: ClauseElement[]): ColumnElement {
  return new BooleanClauseList("OR", clauses);
}

/** `NOT x` (a comparison is turned around: `!=`, `NOT IN`, `IS NOT`). @see sqlalchemy/sql/expression.py not_ */
export function not_(clause: ClauseElement): ColumnElement {
  return new Not(clause);
}

/** `x DESC`. @see sqlalchemy/sql/expression.py desc */
export function desc(column: ColumnElement): ClauseElement {
  return column.desc();
}

/** `x ASC`. @see sqlalchemy/sql/expression.py asc */
export function asc(column: ColumnElement): ClauseElement {
  return column.asc();
}

/** A column written as SQL text. @see sqlalchemy/sql/expression.py literal_column */
export function literalColumn(text: string): ColumnElement {
  return new LiteralColumn(text);
}

/**
 * Plain SQL with `:name` parameters, run as written.
 * @example db.session.execute(db.text("SELECT name FROM user WHERE id = :id"), { id: 1 })
 * @see sqlalchemy/sql/expression.py text
 */
export class TextClause extends ClauseElement {
  readonly text: string;
  constructor(text: string) {
    super();
    this.text = text;
  }
  compile(compiler: Compiler): string {
    // SQLAlchemy's own rule: `:name` not after a word character, a colon or a backslash, and not
    // followed by a colon; then every `\:` is a colon.
    const bound = this.text.replace(/(?<![:\w\\]):(\w+)(?!:)/g, (_whole, name: string) => {
      if (!(name in compiler.named)) {
        throw new InvalidRequestError(`A value is required for bind parameter '${name}'`, "cd3x");
      }
      return compiler.bind(toBindValue(compiler.named[name]));
    });
    return bound.replaceAll("\\:", ":");
  }
}

function toBindValue(value: unknown): SqlValue {
  return new BindParameter(value).type.bind(value);
}

/** `text("…")`. @see sqlalchemy/sql/expression.py text */
export function text(sql: string): TextClause {
  return new TextClause(sql);
}
