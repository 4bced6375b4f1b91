export { Engine } from "./engine.ts";
export {
  ArgumentError,
  DBAPIError,
  DetachedInstanceError,
  IntegrityError,
  InvalidRequestError,
  MultipleResultsFound,
  NoResultFound,
  OperationalError,
  PendingRollbackError,
  SQLAlchemyError,
  StatementError,
} from "./errors.ts";
export { and_, asc, desc, func, literalColumn, not_, or_, TextClause, text } from "./expression.ts";
export { SQLAlchemy, type SQLAlchemyOptions } from "./extension.ts";
export type { Model, ModelBase } from "./model.ts";
export { type PaginateOptions, Pagination } from "./pagination.ts";
export { Query } from "./query.ts";
export { Result, type Row, ScalarResult } from "./result.ts";
export { Column, ForeignKey, Table } from "./schema.ts";
export { Select } from "./select.ts";
export { Session } from "./session.ts";
export { type DatabaseSnapshot, databaseSnapshot, type TableSnapshot } from "./snapshot.ts";
export { type DatabaseFiles, type SqlJs, setSqlite } from "./sqlite.ts";
