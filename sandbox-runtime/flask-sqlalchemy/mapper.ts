/**
 * The mapping between a model class and its table: columns from the class's static
 * `db.Column` fields, the table name from `__tablename__` or the class name, and the
 * relationships resolved once every model they name is known.
 * @see sqlalchemy/orm/mapper.py Mapper
 * @see flask_sqlalchemy/model.py NameMetaMixin
 */
import { ArgumentError, InvalidRequestError } from "./errors.ts";
import { type ClauseElement, ColumnElement } from "./expression.ts";
import { camelToSnakeCase } from "./python.ts";
import { Relationship } from "./relationship.ts";
import { Column, Table } from "./schema.ts";

/** A model class as the mapper sees it. */
export type ModelClass = (abstract new (...args: never[]) => object) & Record<string, unknown>;

/** A resolved relationship: which side holds the foreign key, and its mirror. */
export class RelationshipProperty {
  readonly attribute: string;
  readonly parent: Mapper;
  readonly declared: Relationship;
  target!: Mapper;
  /** `many-to-one`: the foreign key is on the parent's table; `one-to-many`: on the target's. */
  direction!: "many-to-one" | "one-to-many";
  /** The foreign key column (on the child table). */
  foreignKey!: Column;
  /** The column it refers to (on the parent-of-the-pair table). */
  referenced!: Column;
  /** The relationship on the other model that mirrors this one. */
  reverse: RelationshipProperty | null = null;
  constructor(attribute: string, parent: Mapper, declared: Relationship) {
    this.attribute = attribute;
    this.parent = parent;
    this.declared = declared;
  }
  /** A list (one-to-many) rather than one object. */
  get uselist(): boolean {
    return this.declared.options.uselist ?? this.direction === "one-to-many";
  }
  /** `ORDER BY` for the loaded list. */
  get orderBy(): ClauseElement[] {
    let order = this.declared.options.orderBy;
    if (!order) return [];
    // A function or a "Model.attribute" string names a model defined later in the module.
    if (typeof order === "function") order = (order as () => unknown)();
    const items = (Array.isArray(order) ? order : [order]) as unknown[];
    return items.map((item) =>
      typeof item === "string" ? this.#named(item) : (item as ClauseElement),
    );
  }
  #named(text: string): ClauseElement {
    const found = /^\s*(\w+)\.(\w+)(?:\.(desc|asc)\(\))?\s*$/.exec(text);
    const mapper = found ? this.parent.registry.byName.get(found[1] as string) : undefined;
    const column = mapper?.columns.get(found?.[2] as string);
    if (!found || !column) {
      throw new InvalidRequestError(
        `Could not resolve order_by '${text}' of relationship ${this.parent.className}.${this.attribute}`,
      );
    }
    return found[3] === "desc" ? column.desc() : found[3] === "asc" ? column.asc() : column;
  }
}

/** One model class and its table. @see sqlalchemy/orm/mapper.py Mapper */
export class Mapper {
  readonly cls: ModelClass;
  readonly className: string;
  readonly table: Table;
  /** Columns by attribute name. */
  readonly columns = new Map<string, Column>();
  readonly relationships = new Map<string, RelationshipProperty>();
  readonly registry: Registry;
  configured = false;

  constructor(cls: ModelClass, registry: Registry) {
    this.cls = cls;
    this.registry = registry;
    this.className = classNameOf(cls);
    const explicit = Object.hasOwn(cls, "__tablename__") ? cls.__tablename__ : undefined;
    this.table = new Table(
      typeof explicit === "string" ? explicit : camelToSnakeCase(this.className),
    );
    for (const key of Object.getOwnPropertyNames(cls)) {
      const value = cls[key];
      if (value instanceof Column) {
        value.attribute = key;
        if (!value.name) value.name = key;
        this.table.append(value);
        this.columns.set(key, value);
      } else if (value instanceof Relationship) {
        value.attribute = key;
        this.relationships.set(key, new RelationshipProperty(key, this, value));
      }
    }
    if (this.table.primaryKey.length === 0) {
      throw new ArgumentError(
        `Mapper Mapper[${this.className}(${this.table.name})] could not assemble any primary key columns for mapped table '${this.table.name}'`,
      );
    }
  }

  get primaryKey(): Column[] {
    return this.table.primaryKey;
  }

  /** Resolve relationships: their target, direction, foreign key and mirror. */
  configure(): void {
    if (this.configured) return;
    this.configured = true;
    for (const prop of [...this.relationships.values()]) {
      if (prop.target) continue;
      const target = this.registry.resolve(prop.declared.target, this);
      prop.target = target;
      const toParent = target.table.columns.find((c) =>
        c.foreignKeys.some((k) => k.parts[0] === this.table.name),
      );
      const toTarget = this.table.columns.find((c) =>
        c.foreignKeys.some((k) => k.parts[0] === target.table.name),
      );
      if (toParent && (!toTarget || target !== this)) {
        prop.direction = "one-to-many";
        prop.foreignKey = toParent;
        prop.referenced = referencedColumn(toParent, this.table);
      } else if (toTarget) {
        prop.direction = "many-to-one";
        prop.foreignKey = toTarget;
        prop.referenced = referencedColumn(toTarget, target.table);
      } else {
        throw new InvalidRequestError(
          `Could not determine join condition between parent/child tables on relationship ${this.className}.${prop.attribute} - there are no foreign keys linking these tables.  Ensure that referencing columns are associated with a ForeignKey or ForeignKeyConstraint, or specify a 'primaryjoin' expression.`,
        );
      }
      const { backref, backPopulates } = prop.declared.options;
      if (backref) {
        const mirror = new RelationshipProperty(backref, target, new Relationship(this.className));
        mirror.target = this;
        mirror.direction = prop.direction === "one-to-many" ? "many-to-one" : "one-to-many";
        mirror.foreignKey = prop.foreignKey;
        mirror.referenced = prop.referenced;
        mirror.reverse = prop;
        prop.reverse = mirror;
        target.relationships.set(backref, mirror);
      } else if (backPopulates) {
        target.configure();
        const mirror = target.relationships.get(backPopulates);
        if (!mirror) {
          throw new InvalidRequestError(
            `Mapper 'Mapper[${target.className}(${target.table.name})]' has no property '${backPopulates}'.  If this property was indicated from other mappers or configure events, ensure registry.configure() has been called.`,
          );
        }
        prop.reverse = mirror;
        mirror.reverse = prop;
      }
    }
  }

  /** The identity key of a row or object's primary key values. */
  identity(values: readonly unknown[]): string {
    return `${this.table.name}\u0000${values.map((v) => String(v)).join("\u0000")}`;
  }
}

function referencedColumn(fk: Column, table: Table): Column {
  const key = fk.foreignKeys.find((k) => k.parts[0] === table.name);
  const column = key ? table.column(key.parts[1]) : undefined;
  if (!column) {
    throw new InvalidRequestError(
      `Foreign key associated with column '${fk.table?.name}.${fk.name}' could not find table '${key?.parts[0]}' with which to generate a foreign key to target column '${key?.parts[1]}'`,
    );
  }
  return column;
}

/**
 * A class's name, even when a static field called `name` (a column) has replaced it.
 * @example classNameOf(class User {}) // "User"
 */
export function classNameOf(cls: object): string {
  const own = Object.getOwnPropertyDescriptor(cls, "name");
  if (own && typeof own.value === "string") return own.value;
  const found = /^class\s+([\w$]+)/.exec(Function.prototype.toString.call(cls));
  return found?.[1] ?? "Model";
}

const mapped = new WeakMap<object, Mapper>();

/**
 * The mapper of a model class (or the mapper itself), for methods that take either.
 * @example mapperFor(User).table.name // "user"
 */
export function mapperFor(target: unknown): Mapper {
  if (target instanceof Mapper) return target;
  const found = typeof target === "function" ? mapped.get(target) : undefined;
  if (!found) {
    throw new ArgumentError(
      `Class '${classNameOf(target as object)}' is not mapped: is it a subclass of db.Model?`,
    );
  }
  return found;
}

/** The models one `SQLAlchemy` object knows: its metadata. @see sqlalchemy/orm/decl_api.py registry */
export class Registry {
  readonly mappers = new Map<ModelClass, Mapper>();
  readonly byName = new Map<string, Mapper>();
  readonly #base: unknown;

  constructor(base: unknown) {
    this.#base = base;
  }

  /** The mapper of a model class, made on first use. */
  mapperOf(cls: ModelClass): Mapper {
    let mapper = this.mappers.get(cls);
    if (!mapper) {
      if (cls === this.#base || !(cls.prototype instanceof (this.#base as ModelClass))) {
        throw new ArgumentError(
          `Class '${classNameOf(cls)}' is not mapped: is it a subclass of db.Model?`,
        );
      }
      mapper = new Mapper(cls, this);
      this.mappers.set(cls, mapper);
      mapped.set(cls, mapper);
      this.byName.set(mapper.className, mapper);
    }
    return mapper;
  }

  /** Configure every known mapper's relationships. */
  configure(): void {
    for (const mapper of [...this.mappers.values()]) mapper.configure();
  }

  /** A relationship's target: a class, or a class name. */
  resolve(target: Relationship["target"], from: Mapper): Mapper {
    if (typeof target !== "string") return this.mapperOf(target as unknown as ModelClass);
    const found = this.byName.get(target);
    if (!found) {
      throw new InvalidRequestError(
        `When initializing mapper Mapper[${from.className}(${from.table.name})], expression '${target}' failed to locate a name ('${target}'). If this is a class name, consider adding this relationship() to the <class '${from.className}'> class after both dependent classes have been defined.`,
      );
    }
    return found;
  }

  /** Every table, in creation order. */
  tables(): Table[] {
    return [...this.mappers.values()].map((m) => m.table);
  }
}

/** Whether a value is a column expression. */
export function isColumnElement(value: unknown): value is ColumnElement {
  return value instanceof ColumnElement;
}
