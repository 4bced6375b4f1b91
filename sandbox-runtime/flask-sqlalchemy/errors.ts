/**
 * SQLAlchemy's exceptions, with the messages SQLAlchemy 1.4 prints: a database error names
 * the driver's error, the SQL and its parameters, and the page that explains it.
 * @example
 * try { db.session.commit(); } catch (e) { if (e instanceof IntegrityError) db.session.rollback(); }
 * @see sqlalchemy/exc.py
 */
import { reprParams } from "./python.ts";

/** The base of every error the module raises. @see sqlalchemy/exc.py SQLAlchemyError */
export class SQLAlchemyError extends Error {
  /** SQLAlchemy's error code, the last part of its help page's address. */
  readonly code: string | null;
  constructor(message: string, code: string | null = null, separator = " ") {
    super(
      code
        ? `${message}${separator}(Background on this error at: https://sqlalche.me/e/14/${code})`
        : message,
    );
    this.name = new.target.name;
    this.code = code;
  }
}

/** The API was used wrongly. @see sqlalchemy/exc.py InvalidRequestError */
export class InvalidRequestError extends SQLAlchemyError {}
/** A session whose flush failed needs `rollback()` first. @see sqlalchemy/exc.py PendingRollbackError */
export class PendingRollbackError extends InvalidRequestError {}
/** An expired attribute of an object outside any session. @see sqlalchemy/orm/exc.py DetachedInstanceError */
export class DetachedInstanceError extends SQLAlchemyError {}
/** `one()` found no row. @see sqlalchemy/exc.py NoResultFound */
export class NoResultFound extends InvalidRequestError {}
/** `one()` found several rows. @see sqlalchemy/exc.py MultipleResultsFound */
export class MultipleResultsFound extends InvalidRequestError {}
/** A class was given where a mapped model was expected. @see sqlalchemy/exc.py ArgumentError */
export class ArgumentError extends SQLAlchemyError {}

/**
 * A statement that could not be sent: a `text()` parameter with no value.
 * @see sqlalchemy/exc.py StatementError
 */
export class StatementError extends SQLAlchemyError {
  readonly statement: string;
  constructor(orig: SQLAlchemyError, statement: string) {
    const inner = orig.message.replace(/ \(Background on this error at: [^)]*\)$/, "");
    super(`(sqlalchemy.exc.${orig.name}) ${inner}\n[SQL: ${statement}]`, orig.code, "\n");
    this.statement = statement;
  }
}

/** An error the database reported, wrapped as SQLAlchemy wraps the driver's. @see sqlalchemy/exc.py DBAPIError */
export class DBAPIError extends SQLAlchemyError {
  /** The SQL that failed. */
  readonly statement: string;
  /** Its parameters. */
  readonly params: readonly unknown[];
  /** SQLite's own message, e.g. `UNIQUE constraint failed: user.email`. */
  readonly orig: string;
  constructor(orig: string, statement: string, params: readonly unknown[], code: string) {
    const kind = new.target.name;
    const lines = [`(sqlite3.${kind}) ${orig}`, `[SQL: ${statement}]`];
    if (params.length > 0) lines.push(`[parameters: ${reprParams(params)}]`);
    super(lines.join("\n"), code, "\n");
    this.statement = statement;
    this.params = params;
    this.orig = orig;
  }
}

/** A constraint failed: UNIQUE, NOT NULL, FOREIGN KEY, CHECK. @see sqlalchemy/exc.py IntegrityError */
export class IntegrityError extends DBAPIError {}
/** The database could not run the statement: no such table or column, a syntax error. @see sqlalchemy/exc.py OperationalError */
export class OperationalError extends DBAPIError {}

/**
 * Wrap SQLite's error as pysqlite and SQLAlchemy classify it.
 * @example wrapDatabaseError(new Error("UNIQUE constraint failed: user.name"), sql, ["ana"]);
 */
export function wrapDatabaseError(
  error: unknown,
  statement: string,
  params: readonly unknown[],
): DBAPIError {
  const orig = error instanceof Error ? error.message : String(error);
  if (/constraint failed|datatype mismatch/.test(orig)) {
    return new IntegrityError(orig, statement, params, "gkpj");
  }
  return new OperationalError(orig, statement, params, "e3q8");
}
