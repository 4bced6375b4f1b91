/**
 * The session: the objects being worked on (the identity map: one object per row), the
 * changes waiting to be flushed as INSERT / UPDATE / DELETE in the order the foreign keys
 * need, and the transaction around them (BEGIN on first use, COMMIT, ROLLBACK, every object
 * expired after a commit so it is read again).
 * @see sqlalchemy/orm/session.py Session
 * @see sqlalchemy/orm/unitofwork.py
 */
import type { Engine } from "./engine.ts";
import {
  DBAPIError,
  InvalidRequestError,
  PendingRollbackError,
  SQLAlchemyError,
  StatementError,
} from "./errors.ts";
import { type ClauseElement, Compiler, TextClause } from "./expression.ts";
import type { Mapper, ModelClass, Registry, RelationshipProperty } from "./mapper.ts";
import { makeRow, Result, type Row } from "./result.ts";
import { sortTables } from "./schema.ts";
import { Select } from "./select.ts";
import { type InstanceState, instrument, type StateSession, stateOf } from "./state.ts";
import type { SqlValue } from "./types.ts";

/** A model class, typed by its instances. */
export type ModelType<T> = abstract new (...args: never[]) => T;

/** One unit of work against one engine. @see sqlalchemy/orm/session.py Session */
export class Session implements StateSession {
  readonly #engine: Engine;
  readonly #registry: Registry;
  readonly #identity = new Map<string, InstanceState>();
  readonly #new = new Set<InstanceState>();
  readonly #dirty = new Set<InstanceState>();
  readonly #deleted = new Set<InstanceState>();
  /** Objects inserted in the open transaction: a rollback makes them transient again. */
  readonly #insertedNow = new Set<InstanceState>();
  #active = false;
  /** Bumped at each commit and rollback: every object loaded before is expired. */
  epoch = 0;
  #failed: SQLAlchemyError | null = null;
  #flushing = false;
  /** Whether queries flush pending changes first (Flask-SQLAlchemy: yes). */
  autoflush = true;

  constructor(engine: Engine, registry: Registry) {
    this.#engine = engine;
    this.#registry = registry;
  }

  get engine(): Engine {
    return this.#engine;
  }

  /** Objects added and not yet flushed. */
  get new(): object[] {
    return [...this.#new].map((s) => s.obj);
  }
  /** Persistent objects with changes not yet flushed. */
  get dirty(): object[] {
    return [...this.#dirty].filter((s) => s.modified.size > 0).map((s) => s.obj);
  }
  /** Objects marked for deletion, not yet flushed. */
  get deleted(): object[] {
    return [...this.#deleted].map((s) => s.obj);
  }

  #stateOf(obj: unknown, action: string): InstanceState {
    const state = stateOf(obj);
    if (!state) {
      const name =
        obj === null
          ? "NoneType"
          : typeof obj === "object"
            ? (obj.constructor?.name ?? "object")
            : typeof obj;
      throw new InvalidRequestError(
        `Class '${name}' is not mapped; ${action} needs a model object`,
      );
    }
    return state;
  }

  #checkUsable(): void {
    if (this.#failed) {
      throw new PendingRollbackError(
        `This Session's transaction has been rolled back due to a previous exception during flush. To begin a new transaction with this Session, first issue Session.rollback(). Original exception was: ${this.#failed.message}`,
        "7s2a",
      );
    }
  }

  #begin(): void {
    this.#checkUsable();
    if (!this.#active) {
      this.#active = true;
      this.#engine.echo.info("BEGIN (implicit)");
    }
  }

  /** Run SQL within the session's transaction. */
  run(sql: string, params: SqlValue[], compileMs = 0) {
    this.#begin();
    return this.#engine.execute(sql, params, "compiled", compileMs);
  }

  /** Add an object (and, through its relationships, the new objects it links to). @see sqlalchemy/orm/session.py Session.add */
  add(obj: object): void {
    const state = this.#stateOf(obj, "add()");
    if (state.session && state.session !== this) {
      throw new InvalidRequestError(
        `Object '${state.atRepr()}' is already attached to session '${1}' (this is '${2}')`,
      );
    }
    if (state.status === "deleted" && this.#deleted.has(state)) {
      this.#deleted.delete(state);
      state.status = "persistent";
      return;
    }
    this.cascadeAdd(state);
  }

  /** Add several objects. */
  addAll(objects: Iterable<object>): void {
    for (const obj of objects) this.add(obj);
  }

  /** @internal Add a new object and what it links to. */
  cascadeAdd(state: InstanceState): void {
    if (state.session === this) return;
    if (state.status === "transient" || (state.status === "detached" && !state.key)) {
      state.session = this;
      state.status = "pending";
      this.#new.add(state);
    } else if (state.key) {
      const existing = this.#identity.get(state.key);
      if (existing && existing !== state) {
        throw new InvalidRequestError(
          `Can't attach instance ${state.atRepr()}; another instance with key ${existing.repr()} is already present in this session.`,
        );
      }
      state.session = this;
      state.status = "persistent";
      state.epoch = this.epoch;
      this.#identity.set(state.key, state);
      if (state.modified.size > 0) this.#dirty.add(state);
    }
    for (const [key, value] of state.related) {
      const related = Array.isArray(value) ? value : value ? [value] : [];
      const prop = state.mapper.relationships.get(key);
      if (!prop) continue;
      for (const item of related) {
        const other = stateOf(item);
        if (other && other.session !== this) this.cascadeAdd(other);
      }
    }
  }

  /** @internal */
  markDirty(state: InstanceState): void {
    if (state.status === "persistent") this.#dirty.add(state);
  }

  /** @internal A child taken out of its parent's list: NULL its key, or delete it (delete-orphan). */
  orphan(state: InstanceState, prop: RelationshipProperty): void {
    if (prop.declared.deleteOrphan && state.status === "persistent") this.delete(state.obj);
    else if (state.status === "persistent") this.#dirty.add(state);
    else if (state.status === "pending" && prop.declared.deleteOrphan) this.expunge(state.obj);
  }

  /** Mark an object for deletion at the next flush. @see sqlalchemy/orm/session.py Session.delete */
  delete(obj: object): void {
    const state = this.#stateOf(obj, "delete()");
    if (state.status === "transient" || state.status === "detached" || !state.key) {
      throw new InvalidRequestError(`Instance '${state.atRepr()}' is not persisted`);
    }
    if (!state.session) this.cascadeAdd(state);
    this.#deleted.add(state);
    this.#dirty.delete(state);
  }

  /** Take an object out of the session. */
  expunge(obj: object): void {
    const state = this.#stateOf(obj, "expunge()");
    void state.expired;
    this.#new.delete(state);
    this.#dirty.delete(state);
    this.#deleted.delete(state);
    if (state.key) this.#identity.delete(state.key);
    state.session = null;
    state.status = state.key ? "detached" : "transient";
  }

  /** Take every object out of the session. */
  expungeAll(): void {
    for (const state of [...this.#identity.values(), ...this.#new]) {
      void state.expired;
      state.session = null;
      state.status = state.key ? "detached" : "transient";
    }
    this.#identity.clear();
    this.#new.clear();
    this.#dirty.clear();
    this.#deleted.clear();
  }

  /** Forget an object's loaded values: the next read loads them again. */
  expire(obj: object): void {
    const state = this.#stateOf(obj, "expire()");
    this.#expire(state);
  }

  #expire(state: InstanceState): void {
    if (!state.key) return;
    state.expired = true;
  }

  /** Expire every object in the session (each forgets its values when next read). */
  expireAll(): void {
    this.epoch += 1;
  }

  /** Load an object's values from the database now. */
  refresh(objOrState: object): void {
    const state = stateOf(objOrState) ?? (objOrState as InstanceState);
    if (!state.identity)
      throw new InvalidRequestError(
        `Instance '${state.atRepr()}' is not persistent within this Session`,
      );
    const mapper = state.mapper;
    const select = this.#byPrimaryKey(mapper, state.identity);
    const rows = this.#run(select);
    const row = rows.rows[0];
    if (!row) {
      throw new InvalidRequestError(
        `Instance '${state.atRepr()}' has been deleted, or its row is otherwise not present.`,
        "7s2a",
      );
    }
    this.#populate(
      state,
      mapper,
      rows.columns.map((c) => c.key),
      row,
      true,
    );
  }

  #byPrimaryKey(mapper: Mapper, identity: readonly unknown[]): Select<unknown> {
    const select = new Select([mapper]);
    select.labels = true;
    return select.where(...mapper.primaryKey.map((c, i) => c.eq(identity[i] as SqlValue)));
  }

  #run(select: Select<unknown>) {
    const began = performance.now();
    const compiler = new Compiler();
    const columns = select.columns(new Compiler());
    const sql = select.compile(compiler);
    const result = this.run(sql, compiler.params, performance.now() - began);
    return { columns, rows: result.rows };
  }

  #populate(
    state: InstanceState,
    mapper: Mapper,
    keys: string[],
    row: SqlValue[],
    overwrite: boolean,
  ): void {
    if (!overwrite && !state.expired) return;
    state.expired = false;
    mapper.columns.forEach((column, attribute) => {
      const at = keys.indexOf(attribute);
      if (at >= 0 && !state.modified.has(attribute))
        state.values.set(attribute, column.type.result(row[at] ?? null));
    });
  }

  /** The object for a row: the one already in the identity map, or a new one. */
  #instance(mapper: Mapper, keys: string[], row: SqlValue[], offset: number): object | null {
    const pk = mapper.primaryKey.map((c) =>
      c.type.result(row[offset + keys.indexOf(c.attribute)] ?? null),
    );
    if (pk.some((v) => v === null)) return null;
    const key = mapper.identity(pk);
    const existing = this.#identity.get(key);
    if (existing) {
      if (existing.expired) this.#populate(existing, mapper, keys, row.slice(offset), true);
      return existing.obj;
    }
    const { obj, state } = instrument(Object.create(mapper.cls.prototype as object), mapper);
    state.key = key;
    state.identity = pk;
    state.status = "persistent";
    state.session = this;
    this.#populate(state, mapper, keys, row.slice(offset), true);
    this.#identity.set(key, state);
    return obj;
  }

  /** Rows of a select as objects and values. */
  #rows(select: Select<unknown>): { rows: Row[]; keys: string[] } {
    if (this.autoflush) this.#autoflush();
    const began = performance.now();
    const compiler = new Compiler();
    const columns = select.columns(new Compiler());
    const sql = select.compile(compiler);
    const result = this.run(sql, compiler.params, performance.now() - began);
    const keys: string[] = [];
    const readers: ((row: SqlValue[]) => unknown)[] = [];
    let at = 0;
    for (const item of select.selected) {
      const start = at;
      if ("table" in item && !("compile" in item)) {
        const mapper = item as Mapper;
        const names = mapper.table.columns.map((c) => c.attribute);
        readers.push((row) =>
          this.#instance(mapper, names, row.slice(start, start + names.length), 0),
        );
        keys.push(mapper.className);
        at += names.length;
      } else {
        const column = columns[at];
        readers.push((row) =>
          column?.column ? column.column.type.result(row[start] ?? null) : row[start],
        );
        keys.push(column?.key ?? "");
        at += 1;
      }
    }
    return {
      rows: result.rows.map((row) =>
        makeRow(
          readers.map((read) => read(row)),
          keys,
        ),
      ),
      keys,
    };
  }

  /**
   * Run a statement: a `db.select(…)` (its models come back as objects of the identity map)
   * or `db.text("…")` with its parameters.
   * @example db.session.execute(db.select(User).where(User.id.eq(1))).scalar()
   * @see sqlalchemy/orm/session.py Session.execute
   */
  execute<T>(
    statement: Select<T> | TextClause | ClauseElement,
    params: Record<string, unknown> = {},
  ): Result<T> {
    if (statement instanceof Select) {
      const { rows, keys } = this.#rows(statement as Select<unknown>);
      return new Result<T>(rows, keys);
    }
    if (statement instanceof TextClause) {
      if (this.autoflush) this.#autoflush();
      const began = performance.now();
      const compiler = new Compiler(params);
      let sql: string;
      try {
        sql = statement.compile(compiler);
      } catch (error) {
        if (error instanceof InvalidRequestError) throw new StatementError(error, statement.text);
        throw error;
      }
      const result = this.run(sql, compiler.params, performance.now() - began);
      return new Result<T>(
        result.rows.map((r) => makeRow(r, result.columns)),
        result.columns,
        result.rowsModified,
      );
    }
    throw new InvalidRequestError("execute() takes a db.select(…) or a db.text(…)");
  }

  /** `execute(statement).scalar()`. */
  scalar<T>(statement: Select<T> | TextClause, params: Record<string, unknown> = {}): T | null {
    return this.execute<T>(statement, params).scalar();
  }

  /** `execute(statement).scalars()`. */
  scalars<T>(statement: Select<T> | TextClause, params: Record<string, unknown> = {}) {
    return this.execute<T>(statement, params).scalars();
  }

  /**
   * The object with this primary key: from the identity map without SQL when it is there,
   * otherwise loaded; null when there is no such row.
   * @example db.session.get(User, 1)
   * @see sqlalchemy/orm/session.py Session.get
   */
  get<T>(cls: ModelType<T>, ident: unknown): T | null {
    const mapper = this.#registry.mapperOf(cls as unknown as ModelClass);
    this.#registry.configure();
    const values = Array.isArray(ident) ? ident : [ident];
    if (values.length !== mapper.primaryKey.length) {
      throw new InvalidRequestError(
        `Incorrect number of values in identifier formed from argument to Session.get(); primary key columns are ${mapper.primaryKey.map((c) => `'${c.table?.name}.${c.name}'`).join(", ")}`,
      );
    }
    const key = mapper.identity(values);
    const found = this.#identity.get(key);
    if (found && !this.#deleted.has(found)) {
      if (found.expired) {
        try {
          this.refresh(found);
        } catch (error) {
          if (error instanceof InvalidRequestError && !(error instanceof PendingRollbackError))
            return null;
          throw error;
        }
      }
      return found.obj as T;
    }
    if (found) return null;
    const { rows } = this.#rows(this.#byPrimaryKey(mapper, values));
    return ((rows[0]?.[0] as T | undefined) ?? null) as T | null;
  }

  /** @internal Load a relationship's value for a persistent object. */
  loadRelated(state: InstanceState, prop: RelationshipProperty): unknown {
    const target = prop.target;
    if (prop.direction === "many-to-one") {
      const fk = state.getColumn(prop.foreignKey.attribute);
      if (fk === null) return null;
      const key = target.identity([fk]);
      const known = this.#identity.get(key);
      if (known) return known.obj;
      const { rows } = this.#rows(this.#byPrimaryKey(target, [fk]));
      return rows[0]?.[0] ?? null;
    }
    const value = state.getColumn(prop.referenced.attribute) as SqlValue;
    let select = new Select<unknown>([target]);
    select.labels = true;
    // SQLAlchemy's lazy loader puts the parameter first: `WHERE ? = post.user_id`.
    select = select.where(new ParameterFirst(value, prop.foreignKey));
    if (prop.orderBy.length > 0) select = select.orderBy(...prop.orderBy);
    const { rows } = this.#rows(select);
    const children = rows.map((r) => r[0] as object);
    const reverse = prop.reverse;
    if (reverse)
      for (const child of children) stateOf(child)?.related.set(reverse.attribute, state.obj);
    return children;
  }

  #autoflush(): void {
    if (this.#flushing) return;
    this.flush();
  }

  /** @internal Flush before a query, unless autoflush is off. */
  prepareQuery(): void {
    if (this.autoflush) this.#autoflush();
  }

  /**
   * Send every pending change to the database, inside the transaction.
   * @see sqlalchemy/orm/session.py Session.flush
   */
  flush(): void {
    this.#checkUsable();
    if (this.#flushing) return;
    this.#flushing = true;
    try {
      this.#flush();
    } catch (error) {
      if (error instanceof DBAPIError || error instanceof SQLAlchemyError) {
        if (this.#active) {
          this.#engine.echo.info("ROLLBACK");
          this.#engine.rollback();
        }
        this.#failed = error;
      }
      throw error;
    } finally {
      this.#flushing = false;
    }
  }

  #flush(): void {
    this.#registry.configure();
    // Save-update cascade: new objects reached from new or changed ones join the session
    // (a list's push adds its item at once).
    for (const state of [...this.#new, ...this.#dirty]) {
      for (const value of state.related.values()) {
        for (const item of Array.isArray(value) ? value : value ? [value] : []) {
          const other = stateOf(item);
          if (other && !other.session) this.cascadeAdd(other);
        }
      }
    }
    const toDelete = [...this.#deleted];
    const dirty = [...this.#dirty].filter((s) => !this.#deleted.has(s));
    if (this.#new.size === 0 && toDelete.length === 0 && dirty.every((s) => s.modified.size === 0))
      return;
    this.#begin();
    // SQLAlchemy loads an expired object it deletes (its relationships' history needs the values).
    for (const state of toDelete) if (state.expired) this.refresh(state);
    // A deleted parent's children: deleted with it (cascade), or their foreign key set to NULL.
    const deleting = new Set(toDelete);
    for (let i = 0; i < toDelete.length; i++) {
      const state = toDelete[i] as InstanceState;
      for (const prop of state.mapper.relationships.values()) {
        if (prop.direction !== "one-to-many") continue;
        const children = state.getRelated(prop) as object[];
        for (const child of children) {
          const childState = stateOf(child);
          if (!childState || deleting.has(childState)) continue;
          if (prop.declared.cascadesDelete) {
            deleting.add(childState);
            toDelete.push(childState);
            this.#deleted.add(childState);
          } else {
            childState.values.set(prop.foreignKey.attribute, null);
            childState.modified.add(prop.foreignKey.attribute);
            this.#dirty.add(childState);
          }
        }
      }
    }
    const mappers = new Map<string, Mapper>();
    for (const state of [...this.#new, ...this.#dirty, ...deleting])
      mappers.set(state.mapper.table.name, state.mapper);
    const order = sortTables([...mappers.values()].map((m) => m.table)).map(
      (t) => mappers.get(t.name) as Mapper,
    );
    const inserted: InstanceState[] = [];
    for (const mapper of order) {
      const updates = [...this.#dirty]
        .filter((s) => s.mapper === mapper && !deleting.has(s))
        .sort((a, b) => compareKeys(a.identity, b.identity));
      for (const state of updates) {
        this.#syncForeignKeys(state);
        this.#update(state);
      }
      for (const state of [...this.#new].filter((s) => s.mapper === mapper)) {
        this.#syncForeignKeys(state);
        this.#insert(state);
        inserted.push(state);
      }
    }
    for (const mapper of [...order].reverse()) {
      for (const state of toDelete.filter((s) => s.mapper === mapper)) this.#delete(state);
    }
    for (const state of inserted) {
      this.#insertedNow.add(state);
      this.#new.delete(state);
      state.status = "persistent";
      this.#identity.set(state.key as string, state);
    }
    for (const state of toDelete) {
      if (state.key) this.#identity.delete(state.key);
      state.status = "deleted";
    }
    this.#dirty.clear();
  }

  #syncForeignKeys(state: InstanceState): void {
    for (const prop of state.mapper.relationships.values()) {
      if (prop.direction === "many-to-one" && state.related.has(prop.attribute)) {
        if (!state.modified.has(`@${prop.attribute}`) && state.status === "persistent") continue;
        const parent = state.related.get(prop.attribute);
        const value = parent
          ? (stateOf(parent)?.values.get(prop.referenced.attribute) ?? null)
          : null;
        this.#setForeignKey(state, prop, value);
      }
    }
    // A child put in a parent's list takes the parent's key.
    for (const [prop, parent] of state.linkedTo) {
      this.#setForeignKey(state, prop, parent.values.get(prop.referenced.attribute) ?? null);
    }
    state.linkedTo.clear();
  }

  #setForeignKey(state: InstanceState, prop: RelationshipProperty, value: unknown): void {
    const attribute = prop.foreignKey.attribute;
    if (!state.values.has(attribute) || state.values.get(attribute) !== value) {
      state.values.set(attribute, value);
      state.modified.add(attribute);
    }
  }

  #insert(state: InstanceState): void {
    const began = performance.now();
    const mapper = state.mapper;
    const table = mapper.table;
    const pk = mapper.primaryKey;
    const autoincrement = pk.length === 1 && pk[0]?.type.ddl() === "INTEGER" ? pk[0] : null;
    const names: string[] = [];
    const params: SqlValue[] = [];
    for (const column of table.columns) {
      let value = state.values.get(column.attribute);
      if ((value === undefined || value === null) && column.default !== undefined) {
        value = column.defaultValue();
        state.values.set(column.attribute, value);
      }
      if (
        (value === undefined || value === null) &&
        (column === autoincrement || column.serverDefault !== null)
      )
        continue;
      names.push(column.name);
      params.push(column.type.bind(value ?? null));
    }
    const quoteName = (name: string) =>
      table.columns
        .find((c) => c.name === name)
        ?.compile()
        .split(".")
        .pop() ?? name;
    const sql =
      names.length > 0
        ? `INSERT INTO ${table.fromSql()} (${names.map(quoteName).join(", ")}) VALUES (${names.map(() => "?").join(", ")})`
        : `INSERT INTO ${table.fromSql()} DEFAULT VALUES`;
    const result = this.run(sql, params, performance.now() - began);
    if (autoincrement && (state.values.get(autoincrement.attribute) ?? null) === null) {
      state.values.set(autoincrement.attribute, result.lastRowId);
    }
    for (const column of table.columns)
      if (!state.values.has(column.attribute)) state.values.set(column.attribute, null);
    state.identity = pk.map((c) => state.values.get(c.attribute));
    state.key = mapper.identity(state.identity);
    state.epoch = this.epoch;
    state.modified.clear();
  }

  #update(state: InstanceState): void {
    const began = performance.now();
    const mapper = state.mapper;
    const table = mapper.table;
    const changed = table.columns.filter((c) => state.modified.has(c.attribute) && !c.primaryKey);
    state.modified.clear();
    if (changed.length === 0) return;
    for (const column of table.columns) {
      if (column.onupdate !== undefined && !changed.includes(column)) {
        const value =
          typeof column.onupdate === "function"
            ? (column.onupdate as () => unknown)()
            : column.onupdate;
        state.values.set(column.attribute, value);
        changed.push(column);
      }
    }
    const set = changed.map((c) => `${c.compile().split(".").pop()}=?`).join(", ");
    const where = mapper.primaryKey.map((c) => `${c.compile()} = ?`).join(" AND ");
    const params = [
      ...changed.map((c) => c.type.bind(state.values.get(c.attribute) ?? null)),
      ...mapper.primaryKey.map((c, i) => c.type.bind(state.identity?.[i] ?? null)),
    ];
    const result = this.run(
      `UPDATE ${table.fromSql()} SET ${set} WHERE ${where}`,
      params,
      performance.now() - began,
    );
    if (result.rowsModified !== 1) {
      throw new InvalidRequestError(
        `UPDATE statement on table '${table.name}' expected to update 1 row(s); ${result.rowsModified} were matched.`,
      );
    }
  }

  #delete(state: InstanceState): void {
    const began = performance.now();
    const mapper = state.mapper;
    const where = mapper.primaryKey.map((c) => `${c.compile()} = ?`).join(" AND ");
    const params = mapper.primaryKey.map((c, i) => c.type.bind(state.identity?.[i] ?? null));
    this.run(
      `DELETE FROM ${mapper.table.fromSql()} WHERE ${where}`,
      params,
      performance.now() - began,
    );
  }

  /**
   * Flush, COMMIT, and expire every object so the next read sees the database.
   * @see sqlalchemy/orm/session.py Session.commit
   */
  commit(): void {
    this.flush();
    if (this.#active) {
      this.#engine.echo.info("COMMIT");
      this.#engine.commit();
      this.#active = false;
    }
    for (const state of this.#deleted) {
      state.session = null;
      state.status = "detached";
    }
    this.#deleted.clear();
    this.#insertedNow.clear();
    this.expireAll();
  }

  /**
   * ROLLBACK: objects added since are taken out, the rest expired; the session is usable again
   * after a failed flush.
   * @see sqlalchemy/orm/session.py Session.rollback
   */
  rollback(): void {
    if (this.#active) {
      if (!this.#failed) {
        this.#engine.echo.info("ROLLBACK");
        this.#engine.rollback();
      }
      this.#active = false;
    }
    this.#failed = null;
    for (const state of [...this.#new, ...this.#insertedNow]) {
      state.session = null;
      state.status = "transient";
      if (state.key) this.#identity.delete(state.key);
      state.key = null;
      state.identity = null;
    }
    this.#new.clear();
    this.#insertedNow.clear();
    for (const state of this.#deleted) state.status = "persistent";
    this.#deleted.clear();
    this.#dirty.clear();
    this.expireAll();
  }

  /** End the session: roll back what is open and detach every object. @see sqlalchemy/orm/session.py Session.close */
  close(): void {
    if (this.#active) {
      if (!this.#failed) {
        this.#engine.echo.info("ROLLBACK");
        this.#engine.rollback();
      }
      this.#active = false;
    }
    this.#failed = null;
    this.expungeAll();
  }

  /**
   * Run `fn` with autoflush off, as Python's `with session.no_autoflush:`.
   * @example db.session.noAutoflush(() => User.query.count())
   * @see sqlalchemy/orm/session.py Session.no_autoflush
   */
  noAutoflush<T>(fn: () => T): T {
    const before = this.autoflush;
    this.autoflush = false;
    try {
      return fn();
    } finally {
      this.autoflush = before;
    }
  }

  /** Whether the object has changes not yet flushed. */
  isModified(obj: object): boolean {
    return (stateOf(obj)?.modified.size ?? 0) > 0;
  }

  /** Whether the object belongs to this session. */
  contains(obj: object): boolean {
    return stateOf(obj)?.session === this;
  }
}

function compareKeys(a: unknown[] | null, b: unknown[] | null): number {
  const x = a?.[0];
  const y = b?.[0];
  return typeof x === "number" && typeof y === "number"
    ? x - y
    : String(x).localeCompare(String(y));
}

/** `? = child.fk`: a bound value compared with a column, the value first. */
class ParameterFirst extends TextClause {
  readonly #value: SqlValue;
  readonly #column: ClauseElement;
  constructor(value: SqlValue, column: ClauseElement) {
    super("");
    this.#value = value;
    this.#column = column;
  }
  override compile(compiler: Compiler): string {
    return `${compiler.bind(this.#value)} = ${this.#column.compile(compiler)}`;
  }
  override froms() {
    return this.#column.froms();
  }
}
