/**
 * `new SQLAlchemy(app)` / `db.initApp(app)`: one database per app from
 * `SQLALCHEMY_DATABASE_URI`, models on `db.Model`, the session on `db.session`, and the
 * SQLAlchemy names Flask-SQLAlchemy puts on `db` (`db.Column`, `db.Integer`, `db.select`, …).
 * @example
 * const app = new Flask(import.meta.url);
 * app.config.set("SQLALCHEMY_DATABASE_URI", "sqlite:///:memory:");
 * const db = new SQLAlchemy(app);
 * @see flask_sqlalchemy/extension.py SQLAlchemy
 */
import { Engine } from "./engine.ts";
import { MultipleResultsFound, NoResultFound } from "./errors.ts";
import {
  and_,
  asc,
  Compiler,
  desc,
  func,
  literalColumn,
  not_,
  or_,
  type TextClause,
  text,
} from "./expression.ts";
import { abort, currentApp, type Flask, hasAppContext, RuntimeError } from "./flask-api.ts";
import { type ModelClass, Registry } from "./mapper.ts";
import { type ModelBase, makeModelBase } from "./model.ts";
import { type PaginateOptions, Pagination } from "./pagination.ts";
import { backref, relationship } from "./relationship.ts";
import { type Column, ForeignKey, makeColumn, sortTables, type Table } from "./schema.ts";
import { SessionScope, scopedSession } from "./scoped-session.ts";
import { Select, type Selectable } from "./select.ts";
import { type ModelType, Session } from "./session.ts";
import { trackEngine } from "./snapshot.ts";
import { TYPES } from "./types.ts";

/** What `new SQLAlchemy(app, options)` takes. */
export interface SQLAlchemyOptions {
  /** Default engine options, e.g. `{ echo: true }`. */
  engineOptions?: { echo?: boolean };
  /** Session options: `{ autoflush: false }`. */
  sessionOptions?: { autoflush?: boolean };
}

interface AppLike {
  config: { get(key: string): unknown };
  extensions: Record<string, unknown>;
  instancePath?: string;
  rootPath?: string;
  teardownAppcontext(fn: (error: unknown) => unknown): unknown;
}

/** Flask's default instance folder: `instance` beside the app's module. */
function instancePathOf(app: AppLike): string {
  if (typeof app.instancePath === "string") return app.instancePath;
  const root = (app.rootPath ?? "").replace(/\/+$/, "");
  return root ? `${root}/instance` : "instance";
}

/** Flask-SQLAlchemy's extension object. @see flask_sqlalchemy/extension.py SQLAlchemy */
export class SQLAlchemy {
  readonly registry: Registry;
  readonly Model: ModelBase;
  readonly #engines = new WeakMap<object, Engine>();
  readonly #scope: SessionScope;
  readonly #options: SQLAlchemyOptions;
  /** The current app context's session. */
  readonly session: Session & { remove(): void };

  // SQLAlchemy's names, as Flask-SQLAlchemy offers them on `db`.
  readonly Column = makeColumn;
  readonly ForeignKey = (target: string, options?: { ondelete?: string }) =>
    new ForeignKey(target, options);
  readonly relationship = relationship;
  readonly backref = backref;
  readonly Integer = TYPES.Integer;
  readonly BigInteger = TYPES.BigInteger;
  readonly SmallInteger = TYPES.SmallInteger;
  readonly Float = TYPES.Float;
  readonly Numeric = TYPES.Numeric;
  readonly String = TYPES.String;
  readonly Unicode = TYPES.Unicode;
  readonly Text = TYPES.Text;
  readonly UnicodeText = TYPES.UnicodeText;
  readonly Boolean = TYPES.Boolean;
  readonly DateTime = TYPES.DateTime;
  readonly Date = TYPES.Date;
  readonly LargeBinary = TYPES.LargeBinary;
  readonly func = func;
  readonly and_ = and_;
  readonly or_ = or_;
  readonly not_ = not_;
  readonly desc = desc;
  readonly asc = asc;
  readonly text = text;
  readonly literalColumn = literalColumn;

  constructor(app?: Flask | AppLike | null, options: SQLAlchemyOptions = {}) {
    this.#options = options;
    this.Model = makeModelBase(() => this);
    this.registry = new Registry(this.Model);
    this.#scope = new SessionScope(() => {
      const session = new Session(this.engine, this.registry);
      if (options.sessionOptions?.autoflush === false) session.autoflush = false;
      return session;
    });
    this.session = scopedSession(this.#scope);
    if (app) this.initApp(app);
  }

  /**
   * Set up the app: its engine from the config, and the session removed at the end of each
   * app context.
   * @see flask_sqlalchemy/extension.py SQLAlchemy.init_app
   */
  initApp(flaskApp: Flask | AppLike): void {
    const app = flaskApp as AppLike;
    if ("sqlalchemy" in app.extensions) {
      throw new RuntimeError(
        "A 'SQLAlchemy' instance has already been registered on this Flask app. Import and use that instance instead.",
      );
    }
    app.extensions.sqlalchemy = this;
    app.teardownAppcontext(() => this.#scope.remove());
    const uri = app.config.get("SQLALCHEMY_DATABASE_URI");
    if (uri === undefined || uri === null) {
      throw new RuntimeError("Either 'SQLALCHEMY_DATABASE_URI' or 'SQLALCHEMY_BINDS' must be set.");
    }
    const echo = Boolean(
      app.config.get("SQLALCHEMY_ECHO") ?? this.#options.engineOptions?.echo ?? false,
    );
    const engine = new Engine(String(uri), { echo, instancePath: instancePathOf(app) });
    trackEngine(engine);
    this.#engines.set(app, engine);
  }

  /**
   * Tell `db` a model exists, so `createAll` makes its table even before it is used
   * (JavaScript gives a base class no word when a subclass is defined). In the class body:
   * `static { db.register(this); }`.
   */
  register<T extends ModelType<unknown>>(model: T): T {
    this.#pending.push(model as unknown as ModelClass);
    return model;
  }
  readonly #pending: ModelClass[] = [];

  #mapPending(): void {
    for (const cls of this.#pending.splice(0)) this.registry.mapperOf(cls);
    this.registry.configure();
  }

  /** The current app's engine. */
  get engine(): Engine {
    // Outside an app context this raises Flask's own "Working outside of application context."
    const app = (currentApp as unknown as { _getCurrentObject(): object })._getCurrentObject();
    const engine = this.#engines.get(currentApp as unknown as object) ?? this.#engines.get(app);
    if (!engine) {
      throw new RuntimeError(
        "The current Flask app is not registered with this 'SQLAlchemy' instance. Did you forget to call 'init_app', or did you create multiple 'SQLAlchemy' instances?",
      );
    }
    return engine;
  }

  /** The model tables in creation order (foreign keys first). */
  #tables(): Table[] {
    this.#mapPending();
    return sortTables(this.registry.tables());
  }

  #tableExists(engine: Engine, table: Table, schemas: string[]): boolean {
    for (const schema of schemas) {
      const result = engine.execute(`PRAGMA ${schema}.table_info("${table.name}")`, [], "raw");
      if (result.rows.length > 0) return true;
    }
    return false;
  }

  /**
   * Create every model's table that does not exist yet (and its indexes).
   * @example await app.appContext().run(() => db.createAll());
   * @see flask_sqlalchemy/extension.py SQLAlchemy.create_all
   */
  createAll(): void {
    const engine = this.engine;
    const tables = this.#tables();
    engine.echo.info("BEGIN (implicit)");
    const missing = tables.filter((t) => !this.#tableExists(engine, t, ["main", "temp"]));
    for (const table of missing) {
      let began = performance.now();
      const create = table.createSql();
      engine.execute(create, [], "ddl", performance.now() - began);
      for (const index of table.indexSql()) {
        began = performance.now();
        engine.execute(index, [], "ddl", performance.now() - began);
      }
    }
    engine.echo.info("COMMIT");
    engine.commit();
  }

  /**
   * Drop every model's table that exists.
   * @see flask_sqlalchemy/extension.py SQLAlchemy.drop_all
   */
  dropAll(): void {
    const engine = this.engine;
    const tables = this.#tables();
    engine.echo.info("BEGIN (implicit)");
    const present = tables.filter((t) => this.#tableExists(engine, t, ["main"]));
    for (const table of [...present].reverse()) {
      const began = performance.now();
      const drop = table.dropSql();
      engine.execute(drop, [], "ddl", performance.now() - began);
    }
    engine.echo.info("COMMIT");
    engine.commit();
  }

  /**
   * A SELECT of models or columns: `db.select(User)`, `db.select(User.name, User.email)`.
   * @see sqlalchemy/sql/expression.py select
   */
  select<T>(model: ModelType<T>): Select<T>;
  select(
    ...columns: (ModelType<unknown> | Column | import("./expression.ts").ColumnElement)[]
  ): Select<unknown>;
  select(...items: unknown[]): Select<unknown> {
    this.#mapPending();
    const selected: Selectable[] = items.map((item) =>
      typeof item === "function"
        ? this.registry.mapperOf(item as ModelClass)
        : (item as Selectable),
    );
    this.registry.configure();
    return new Select(selected);
  }

  /**
   * The object with this primary key, or 404 Not Found.
   * @example const user = db.getOr404(User, id);
   * @see flask_sqlalchemy/extension.py SQLAlchemy.get_or_404
   */
  getOr404<T>(model: ModelType<T>, ident: unknown, options: { description?: string } = {}): T {
    const found = this.session.get(model, ident);
    if (found === null) abort(404, options.description);
    return found as T;
  }

  /** The first result of a select, or 404 Not Found. @see flask_sqlalchemy/extension.py SQLAlchemy.first_or_404 */
  firstOr404<T>(statement: Select<T>, options: { description?: string } = {}): T {
    const found = this.session.execute(statement).scalar();
    if (found === null) abort(404, options.description);
    return found as T;
  }

  /** The only result of a select, or 404 Not Found. @see flask_sqlalchemy/extension.py SQLAlchemy.one_or_404 */
  oneOr404<T>(statement: Select<T>, options: { description?: string } = {}): T {
    try {
      return this.session.execute(statement).scalarOne();
    } catch (error) {
      if (error instanceof NoResultFound || error instanceof MultipleResultsFound)
        abort(404, options.description);
      throw error;
    }
  }

  /**
   * A page of a select's results; `page` and `per_page` from the query string by default.
   * @example const page = db.paginate(db.select(Post).orderBy(Post.id.desc()), { perPage: 5 });
   * @see flask_sqlalchemy/extension.py SQLAlchemy.paginate
   */
  paginate<T>(statement: Select<T>, options: PaginateOptions = {}): Pagination<T> {
    const session = this.session;
    return new Pagination<T>(
      {
        items: (limit, offset) =>
          session.execute(statement.limit(limit).offset(offset)).scalars().unique().all(),
        count: () => {
          const compiler = new Compiler();
          const inner = statement.orderBy(null).compile(compiler);
          session.prepareQuery();
          const sql = `SELECT count(*) AS count_1 \nFROM (${inner}) AS anon_1`;
          return Number(session.run(sql, compiler.params).rows[0]?.[0] ?? 0);
        },
      },
      options,
    );
  }

  /** `text("…")` typed for `execute`. */
  static text(sql: string): TextClause {
    return text(sql);
  }

  toString(): string {
    if (!hasAppContext()) return "<SQLAlchemy>";
    return `<SQLAlchemy ${this.engine.url}>`;
  }
}
