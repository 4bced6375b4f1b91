/**
 * `db.relationship("Post", { backref: "author" })`: the link between two models along a
 * foreign key, loaded when first read (lazy loading), kept in step on both sides.
 * @see sqlalchemy/orm/relationships.py RelationshipProperty
 */

/** What `db.relationship(target, options)` takes. */
export interface RelationshipOptions {
  /** Also put the other direction on the target model, under this name. */
  backref?: string;
  /** The name of the relationship on the target model that mirrors this one. */
  backPopulates?: string;
  /** `"select"` / `true` (default): load on first read. Others load the same way here. */
  lazy?: boolean | string;
  /** `"all, delete-orphan"` or `"all, delete"`: deleting the parent deletes its children. */
  cascade?: string;
  /** Force a list (`true`) or a single object (`false`). */
  uselist?: boolean;
  /** `ORDER BY` for the loaded list: a column or ordering of the target. */
  orderBy?: unknown;
  /** The foreign key column(s) to join on, when there are several. */
  foreignKeys?: unknown[];
}

/** A relationship declared on a model class; the mapper resolves it. */
export class Relationship {
  readonly target: string | (new (...args: never[]) => unknown);
  readonly options: RelationshipOptions;
  /** Set when mapped: its attribute name. */
  attribute = "";
  constructor(
    target: string | (new (...args: never[]) => unknown),
    options: RelationshipOptions = {},
  ) {
    this.target = target;
    this.options = options;
  }
  /** Whether deleting the parent deletes the children. */
  get cascadesDelete(): boolean {
    const cascade = this.options.cascade ?? "";
    return /\b(all|delete)\b/.test(cascade);
  }
  /** Whether removing a child from the list deletes it. */
  get deleteOrphan(): boolean {
    return /delete-orphan/.test(this.options.cascade ?? "");
  }
}

/** `db.relationship(…)` */
export function relationship(
  target: string | (new (...args: never[]) => unknown),
  options: RelationshipOptions = {},
): Relationship {
  return new Relationship(target, options);
}

/** `db.backref("author", { … })`, for a backref with options: only the name is used. */
export function backref(name: string, _options: RelationshipOptions = {}): string {
  return name;
}
