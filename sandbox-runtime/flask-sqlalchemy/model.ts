/**
 * `db.Model`: the base class of a `SQLAlchemy` object's models. A model names its columns as
 * static fields and its attributes as typed instance properties; `new User({ name: "ana" })`
 * sets attributes as Python's keyword arguments do; `User.query` is the legacy query; a
 * model prints as `<User 1>`.
 * @example
 * class User extends db.Model {
 *   static id = db.Column(db.Integer, { primaryKey: true });
 *   static username = db.Column(db.String(80), { unique: true, nullable: false });
 *   declare id: number;
 *   declare username: string;
 *   static { db.register(this); }
 * }
 * @see flask_sqlalchemy/model.py Model
 */
import type { ModelClass, Registry } from "./mapper.ts";
import { Query } from "./query.ts";
import type { Table } from "./schema.ts";
import type { Session } from "./session.ts";
import { instrument, stateOf } from "./state.ts";

/** What a model base needs from its `SQLAlchemy` object. */
export interface ModelOwner {
  readonly registry: Registry;
  readonly session: Session;
}

/** The type of `db.Model`. */
export interface ModelBase {
  new (values?: Record<string, unknown>): Model;
  /** The legacy query over this model: `User.query.all()`. */
  readonly query: Query;
  /** The model's table. */
  readonly __table__: Table;
}

/** A model object's own methods. */
export interface Model {
  toString(): string;
}

const INSPECT = Symbol.for("nodejs.util.inspect.custom");

/** Make the model base class of one `SQLAlchemy` object. */
export function makeModelBase(owner: () => ModelOwner): ModelBase {
  class Model {
    constructor(values: Record<string, unknown> = {}) {
      const registry = owner().registry;
      const mapper = registry.mapperOf(new.target as unknown as ModelClass);
      registry.configure();
      const { obj } = instrument(this, mapper);
      for (const [key, value] of Object.entries(values)) {
        if (!mapper.columns.has(key) && !mapper.relationships.has(key) && !(key in obj)) {
          throw new TypeError(`'${key}' is an invalid keyword argument for ${mapper.className}`);
        }
        (obj as Record<string, unknown>)[key] = value;
      }
      // biome-ignore lint/correctness/noConstructorReturn: the Proxy is the object the learner holds.
      return obj as Model;
    }

    static get query(): Query {
      const db = owner();
      // biome-ignore lint/complexity/noThisInStatic: `this` is the model class the query is for.
      const mapper = db.registry.mapperOf(this as unknown as ModelClass);
      db.registry.configure();
      return new Query(mapper, () => db.session);
    }

    /** The table's name: `__tablename__` when the class sets it, else derived from the class name. */
    static get __tablename__(): string {
      // biome-ignore lint/complexity/noThisInStatic: `this` is the model class.
      return owner().registry.mapperOf(this as unknown as ModelClass).table.name;
    }

    /** The model's table. */
    static get __table__(): Table {
      // biome-ignore lint/complexity/noThisInStatic: `this` is the model class.
      return owner().registry.mapperOf(this as unknown as ModelClass).table;
    }

    toString(): string {
      return stateOf(this)?.repr() ?? "<Model>";
    }

    [INSPECT](): string {
      return this.toString();
    }
  }
  return Model as unknown as ModelBase;
}
