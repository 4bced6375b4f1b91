/**
 * Column types: the SQL each one declares and how values cross into SQLite and back
 * (booleans as 1/0, datetimes as `YYYY-MM-DD HH:MM:SS.ffffff` text, as SQLAlchemy's SQLite
 * dialect stores them).
 * @example
 * static name = db.Column(db.String(80), { nullable: false });
 * @see sqlalchemy/sql/sqltypes.py
 */

/** A value as SQLite takes it. */
export type SqlValue = number | string | Uint8Array | null;

/** A column type. @see sqlalchemy/sql/type_api.py TypeEngine */
export abstract class TypeEngine {
  /** The type in `CREATE TABLE`. */
  abstract ddl(): string;
  /** A learner's value as the database stores it. */
  bind(value: unknown): SqlValue {
    if (value === undefined || value === null) return null;
    if (typeof value === "boolean") return value ? 1 : 0;
    if (value instanceof Date) return formatDatetime(value);
    if (typeof value === "bigint") return Number(value);
    if (typeof value === "number" || typeof value === "string" || value instanceof Uint8Array) {
      return value;
    }
    return String(value);
  }
  /** A stored value as the learner reads it. */
  result(value: SqlValue): unknown {
    return value;
  }
  toString(): string {
    return this.ddl();
  }
}

/** `INTEGER`. @see sqlalchemy/sql/sqltypes.py Integer */
export class IntegerType extends TypeEngine {
  ddl(): string {
    return "INTEGER";
  }
}

/** `FLOAT`. @see sqlalchemy/sql/sqltypes.py Float */
export class FloatType extends TypeEngine {
  ddl(): string {
    return "FLOAT";
  }
  override result(value: SqlValue): unknown {
    return value === null ? null : Number(value);
  }
}

/** `VARCHAR(n)`, or `VARCHAR` without a length. @see sqlalchemy/sql/sqltypes.py String */
export class StringType extends TypeEngine {
  readonly length: number | null;
  constructor(length: number | null = null) {
    super();
    this.length = length;
  }
  ddl(): string {
    return this.length === null ? "VARCHAR" : `VARCHAR(${this.length})`;
  }
}

/** `TEXT`. @see sqlalchemy/sql/sqltypes.py Text */
export class TextType extends TypeEngine {
  ddl(): string {
    return "TEXT";
  }
}

/** `BOOLEAN`, stored as 1 or 0, read as `true` / `false`. @see sqlalchemy/sql/sqltypes.py Boolean */
export class BooleanType extends TypeEngine {
  ddl(): string {
    return "BOOLEAN";
  }
  override result(value: SqlValue): unknown {
    return value === null ? null : value !== 0 && value !== "0";
  }
}

/** `DATETIME`, stored as `2024-05-01 12:30:00.000000`, read as a `Date` (UTC). @see sqlalchemy/dialects/sqlite/base.py DATETIME */
export class DateTimeType extends TypeEngine {
  ddl(): string {
    return "DATETIME";
  }
  override result(value: SqlValue): unknown {
    return typeof value === "string" ? parseDatetime(value) : value;
  }
}

/** `DATE`, stored as `2024-05-01`, read as a `Date` at midnight UTC. @see sqlalchemy/dialects/sqlite/base.py DATE */
export class DateType extends TypeEngine {
  ddl(): string {
    return "DATE";
  }
  override bind(value: unknown): SqlValue {
    if (value instanceof Date) return formatDatetime(value).slice(0, 10);
    return super.bind(value);
  }
  override result(value: SqlValue): unknown {
    return typeof value === "string" ? parseDatetime(value) : value;
  }
}

/** `BLOB`, bytes. @see sqlalchemy/sql/sqltypes.py LargeBinary */
export class LargeBinaryType extends TypeEngine {
  ddl(): string {
    return "BLOB";
  }
}

/** What a column's first argument may be: a type, or a type class used with no arguments. */
export type TypeLike = TypeEngine | (new () => TypeEngine);

/** The type instance for a type or type class. */
export function toType(type: TypeLike): TypeEngine {
  return typeof type === "function" ? new type() : type;
}

/**
 * A `Date` as SQLAlchemy's SQLite dialect stores a naive datetime: `2024-05-01 12:30:00.000000`.
 * @example formatDatetime(new Date(Date.UTC(2024, 4, 1))) // "2024-05-01 00:00:00.000000"
 */
export function formatDatetime(date: Date): string {
  const iso = date.toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}.${String(date.getUTCMilliseconds() * 1000).padStart(6, "0")}`;
}

function parseDatetime(text: string): Date | string {
  const found = /^(\d{4})-(\d\d)-(\d\d)(?:[ T](\d\d):(\d\d)(?::(\d\d)(?:\.(\d{1,6}))?)?)?$/.exec(
    text,
  );
  if (!found) return text;
  const [, y, mo, d, h = "0", mi = "0", s = "0", frac = "0"] = found;
  const ms = Math.floor(Number(frac.padEnd(6, "0")) / 1000);
  return new Date(
    Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), ms),
  );
}

type Factory<T extends TypeEngine, A extends unknown[]> = ((...args: A) => T) &
  (new (
    ...args: A
  ) => T);

function factory<T extends TypeEngine, A extends unknown[]>(
  make: (...args: A) => T,
): Factory<T, A> {
  // A plain function works both called (`db.String(80)`) and as a class (`db.Column(db.String)`).
  return function (this: unknown, ...args: A) {
    return make(...args);
  } as unknown as Factory<T, A>;
}

/** The types as `db.` offers them: `db.Integer`, `db.String(80)`, … */
export const TYPES = {
  Integer: factory(() => new IntegerType()),
  BigInteger: factory(() => new IntegerType()),
  SmallInteger: factory(() => new IntegerType()),
  Float: factory(() => new FloatType()),
  Numeric: factory(() => new FloatType()),
  String: factory((length: number | null = null) => new StringType(length)),
  Unicode: factory((length: number | null = null) => new StringType(length)),
  Text: factory(() => new TextType()),
  UnicodeText: factory(() => new TextType()),
  Boolean: factory(() => new BooleanType()),
  DateTime: factory(() => new DateTimeType()),
  Date: factory(() => new DateType()),
  LargeBinary: factory(() => new LargeBinaryType()),
};
