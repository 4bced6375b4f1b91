/**
 * What the ORM knows about one model object: its column values, which ones changed, the
 * related objects loaded so far, its session, and whether it is transient, pending,
 * persistent, deleted or detached. A model object is a Proxy, so reading an attribute can
 * load it (an expired object, a lazy relationship) as SQLAlchemy's instrumented attributes do.
 * @see sqlalchemy/orm/state.py InstanceState
 * @see sqlalchemy/orm/attributes.py InstrumentedAttribute
 */
import { DetachedInstanceError } from "./errors.ts";
import type { Mapper, RelationshipProperty } from "./mapper.ts";

/** The session operations a state needs (the session module implements them). */
export interface StateSession {
  /** Bumped by each commit and rollback: a state loaded before it is expired. */
  readonly epoch: number;
  refresh(state: InstanceState): void;
  loadRelated(state: InstanceState, prop: RelationshipProperty): unknown;
  cascadeAdd(state: InstanceState): void;
  markDirty(state: InstanceState): void;
  orphan(state: InstanceState, prop: RelationshipProperty): void;
}

const STATE = Symbol("kolba.sqlalchemy.state");
let nextId = 1;

/** `transient` (new, no session), `pending` (added), `persistent` (in the database and a session), `deleted`, `detached`. */
export type Status = "transient" | "pending" | "persistent" | "deleted" | "detached";

/** One object's ORM state. @see sqlalchemy/orm/state.py InstanceState */
export class InstanceState {
  readonly mapper: Mapper;
  /** The Proxy the learner holds. */
  obj!: object;
  readonly values = new Map<string, unknown>();
  readonly modified = new Set<string>();
  readonly related = new Map<string, unknown>();
  /** One-to-many lists this object was put in since the last flush: its foreign key follows. */
  readonly linkedTo = new Map<RelationshipProperty, InstanceState>();
  session: StateSession | null = null;
  status: Status = "transient";
  /** The identity key once persistent. */
  key: string | null = null;
  /** The primary key values the identity key was made of. */
  identity: unknown[] | null = null;
  #expired = false;
  /** The session's epoch when the values were loaded. */
  epoch = 0;
  /** Pseudo `id()` for reprs of transient and pending objects. */
  readonly id = 140_000_000_000_000 + 16 * nextId++;
  constructor(mapper: Mapper) {
    this.mapper = mapper;
  }

  /**
   * Whether the loaded values are stale: expired by hand, or loaded before the session's last
   * commit or rollback (a commit expires every object at no cost this way). Forgets them then.
   */
  get expired(): boolean {
    if (!this.#expired && this.key && this.session && this.epoch < this.session.epoch) {
      this.expired = true;
    }
    return this.#expired;
  }
  set expired(value: boolean) {
    this.#expired = value;
    if (value) {
      this.values.clear();
      this.related.clear();
      this.modified.clear();
    } else if (this.session) this.epoch = this.session.epoch;
  }

  /** A column attribute's value, loading the object first when it was expired. */
  getColumn(attribute: string): unknown {
    if (this.expired) this.#load("attribute refresh operation");
    const value = this.values.get(attribute);
    return value === undefined ? null : value;
  }

  /** Set a column attribute: remembered as a change to flush. */
  setColumn(attribute: string, value: unknown): void {
    if (this.expired && this.session) this.#load("attribute refresh operation");
    this.values.set(attribute, value);
    this.modified.add(attribute);
    if (this.session && this.status === "persistent") this.session.markDirty(this);
  }

  #load(operation: string): void {
    if (!this.session) {
      throw new DetachedInstanceError(
        `Instance ${this.atRepr()} is not bound to a Session; ${operation} cannot proceed`,
        "bhk3",
      );
    }
    this.session.refresh(this);
  }

  /** A relationship's value: loaded from the database on first read. */
  getRelated(prop: RelationshipProperty): unknown {
    if (this.related.has(prop.attribute)) return this.related.get(prop.attribute);
    let value: unknown;
    if (this.status === "transient" || this.status === "pending") {
      value = prop.uselist ? new RelatedList(this, prop, []) : null;
    } else {
      if (!this.session) {
        throw new DetachedInstanceError(
          `Parent instance ${this.atRepr()} is not bound to a Session; lazy load operation of attribute '${prop.attribute}' cannot proceed`,
          "bhk3",
        );
      }
      if (this.expired) this.session.refresh(this);
      const loaded = this.session.loadRelated(this, prop);
      value = prop.uselist ? new RelatedList(this, prop, loaded as object[]) : loaded;
    }
    this.related.set(prop.attribute, value);
    return value;
  }

  /** Set a relationship: the mirror side follows, a new object joins this one's session. */
  setRelated(prop: RelationshipProperty, value: unknown): void {
    if (prop.uselist) {
      const current = this.related.get(prop.attribute);
      if (current instanceof RelatedList) {
        for (const old of [...current]) if (!(value as object[]).includes(old)) current.remove(old);
      }
      const list = new RelatedList<object>(this, prop, []);
      this.related.set(prop.attribute, list);
      for (const item of value as object[]) list.push(item);
      this.session?.markDirty(this);
      return;
    }
    const previous = this.related.has(prop.attribute)
      ? this.related.get(prop.attribute)
      : undefined;
    this.related.set(prop.attribute, value ?? null);
    this.modified.add(`@${prop.attribute}`);
    if (this.session && this.status === "persistent") this.session.markDirty(this);
    const reverse = prop.reverse;
    if (reverse) {
      if (previous && previous !== value) {
        const list = stateOf(previous)?.related.get(reverse.attribute);
        if (list instanceof RelatedList) (list as RelatedList).detach(this.obj);
      }
      if (value) {
        const other = stateOf(value);
        const list = other?.related.get(reverse.attribute);
        if (list instanceof RelatedList && !list.includes(this.obj)) list.attach(this.obj);
      }
    }
    if (value && this.session) {
      const other = stateOf(value);
      if (other && !other.session) this.session.cascadeAdd(other);
    }
  }

  /** `<User at 0x7f…>`, as SQLAlchemy's state_str names an object. */
  atRepr(): string {
    return `<${this.mapper.className} at 0x${this.id.toString(16)}>`;
  }

  /** `<User 1>`, `<User (transient 1400…)>`. @see flask_sqlalchemy/model.py Model.__repr__ */
  repr(): string {
    let pk: string;
    if (this.status === "transient" || (this.status === "detached" && !this.identity)) {
      pk = `(transient ${this.id})`;
    } else if (this.status === "pending") pk = `(pending ${this.id})`;
    else pk = (this.identity ?? []).map((v) => String(v)).join(", ");
    return `<${this.mapper.className} ${pk}>`;
  }
}

/** The state behind a model object, or undefined for anything else. */
export function stateOf(obj: unknown): InstanceState | undefined {
  return obj !== null && typeof obj === "object"
    ? ((obj as Record<symbol, InstanceState>)[STATE] ?? undefined)
    : undefined;
}

const handler: ProxyHandler<Record<string | symbol, unknown>> = {
  get(target, key, receiver) {
    if (typeof key === "string") {
      const state = target[STATE] as InstanceState;
      const mapper = state.mapper;
      if (mapper.columns.has(key)) return state.getColumn(key);
      if (!mapper.configured) mapper.registry.configure();
      const prop = mapper.relationships.get(key);
      if (prop) return state.getRelated(prop);
    }
    return Reflect.get(target, key, receiver);
  },
  set(target, key, value, receiver) {
    if (typeof key === "string") {
      const state = target[STATE] as InstanceState;
      if (state.mapper.columns.has(key)) {
        state.setColumn(key, value);
        return true;
      }
      if (!state.mapper.configured) state.mapper.registry.configure();
      const prop = state.mapper.relationships.get(key);
      if (prop) {
        state.setRelated(prop, value);
        return true;
      }
    }
    return Reflect.set(target, key, value, receiver);
  },
  defineProperty(target, key, descriptor) {
    // `name!: string` in a model class defines an own field after the constructor ran;
    // a mapped attribute keeps what the constructor set.
    if (typeof key === "string") {
      const state = target[STATE] as InstanceState;
      if (state.mapper.columns.has(key) || state.mapper.relationships.has(key)) {
        if (descriptor.value !== undefined) handler.set?.(target, key, descriptor.value, target);
        return true;
      }
    }
    return Reflect.defineProperty(target, key, descriptor);
  },
  has(target, key) {
    if (typeof key === "string") {
      const state = target[STATE] as InstanceState;
      if (state.mapper.columns.has(key) || state.mapper.relationships.has(key)) return true;
    }
    return Reflect.has(target, key);
  },
};

/**
 * Wrap a bare object of a model class: its state, and the Proxy that reads and writes through it.
 * @example const user = instrument(Object.create(User.prototype), mapper);
 */
export function instrument(target: object, mapper: Mapper): { obj: object; state: InstanceState } {
  const state = new InstanceState(mapper);
  Object.defineProperty(target, STATE, { value: state, enumerable: false });
  const obj = new Proxy(target as Record<string | symbol, unknown>, handler);
  state.obj = obj;
  return { obj, state };
}

/**
 * A one-to-many list: `user.posts.push(post)` links the post to the user (its foreign key is
 * set at the next flush) and adds it to the user's session.
 * @see sqlalchemy/orm/collections.py InstrumentedList
 */
export class RelatedList<T extends object = object> extends Array<T> {
  static override get [Symbol.species]() {
    return Array;
  }
  readonly #owner: InstanceState;
  readonly #prop: RelationshipProperty;
  constructor(owner: InstanceState, prop: RelationshipProperty, items: T[]) {
    super();
    this.#owner = owner;
    this.#prop = prop;
    super.push(...items);
  }
  /** Add without touching the mirror side (it is the one calling). */
  attach(item: T): void {
    super.push(item);
  }
  /** Remove without touching the mirror side. */
  detach(item: T): void {
    const at = this.indexOf(item);
    if (at >= 0) super.splice(at, 1);
  }
  override push(...items: T[]): number {
    for (const item of items) {
      super.push(item);
      this.#link(item);
    }
    return this.length;
  }
  /** Python's `list.append`. */
  append(item: T): void {
    this.push(item);
  }
  /** Python's `list.remove`: unlink the child (its foreign key becomes NULL, or it is deleted with delete-orphan). */
  remove(item: T): void {
    const at = this.indexOf(item);
    if (at < 0) return;
    super.splice(at, 1);
    const child = stateOf(item);
    if (!child) return;
    const reverse = this.#prop.reverse;
    if (reverse && child.related.get(reverse.attribute) === this.#owner.obj) {
      child.related.set(reverse.attribute, null);
    }
    child.linkedTo.delete(this.#prop);
    child.values.set(this.#prop.foreignKey.attribute, null);
    child.modified.add(this.#prop.foreignKey.attribute);
    this.#owner.session?.orphan(child, this.#prop);
  }
  #link(item: T): void {
    const child = stateOf(item);
    if (!child) return;
    const reverse = this.#prop.reverse;
    if (reverse) {
      const previous = child.related.get(reverse.attribute);
      if (previous && previous !== this.#owner.obj) {
        const list = stateOf(previous)?.related.get(this.#prop.attribute);
        if (list instanceof RelatedList) list.detach(item);
      }
      child.related.set(reverse.attribute, this.#owner.obj);
    }
    child.linkedTo.set(this.#prop, this.#owner);
    child.modified.add(`@${this.#prop.attribute}`);
    const session = this.#owner.session;
    if (session) {
      if (!child.session) session.cascadeAdd(child);
      else session.markDirty(child);
    }
  }
}
