/**
 * Flask's tagged JSON: compact JSON that also round-trips tuples, bytes, Markup, UUIDs, dates and dicts whose
 * only key looks like a tag. This is the format of Flask's session cookie payload.
 *
 * | Flask (Python)        | Tag    | TypeScript                                   |
 * |-----------------------|--------|----------------------------------------------|
 * | `tuple`               | ` t`   | an array made with `tuple(...)` (loads as one) |
 * | `bytes`               | ` b`   | `Uint8Array`                                 |
 * | `Markup`              | ` m`   | any object with an `__html__()` method; loads as `MarkupString` |
 * | `uuid.UUID`           | ` u`   | `UUID`                                       |
 * | `datetime`            | ` d`   | `Date` (written as an HTTP date, whole seconds) |
 * | `{" t": …}`           | ` di`  | a plain object or `Map` with one tag-like key |
 *
 * @example
 * new TaggedJSONSerializer().dumps({ b: new Uint8Array([0, 255]), a: tuple(1, 2) }); // '{"a":{" t":[1,2]},"b":{" b":"AP8="}}'
 * @see flask/json/tag.py
 */
import { httpDate, parseDate } from "./http/dates.ts";
import {
  b64decode,
  b64encode,
  isAscii,
  isTuple,
  KeyError,
  pythonJsonDumps,
  tuple,
  ValueError,
} from "./python/index.ts";
import { UUID } from "./uuid.ts";

export { isTuple, markTuple, tuple } from "./python/index.ts";

export { UUID } from "./uuid.ts";

/**
 * Text that is already safe HTML, what a ` m` tag loads as (anything with `__html__()` dumps as one).
 * @example
 * new MarkupString("<b>hi</b>").__html__(); // "<b>hi</b>"
 * @see markupsafe Markup
 */
export class MarkupString extends String {
  __html__(): string {
    return this.toString();
  }
}

interface HtmlLike {
  __html__(): unknown;
}

function isHtml(value: unknown): value is HtmlLike {
  return (
    (typeof value === "object" || typeof value === "function") &&
    value !== null &&
    typeof (value as Partial<HtmlLike>).__html__ === "function"
  );
}

/**
 * Whether a value is treated as a Python dict: a `Map`, or an object that is no array, bytes, Date, UUID,
 * Markup or object with its own `toJSON`.
 * @example
 * isDict({ a: 1 }); // true
 * @see flask/json/tag.py PassDict.check
 */
export function isDict(value: unknown): value is Record<string, unknown> | Map<unknown, unknown> {
  if (value instanceof Map) return true;
  if (typeof value !== "object" || value === null) return false;
  if (
    Array.isArray(value) ||
    ArrayBuffer.isView(value) ||
    value instanceof Date ||
    value instanceof UUID
  )
    return false;
  if (isHtml(value) || typeof (value as { toJSON?: unknown }).toJSON === "function") return false;
  return true;
}

function dictEntries(value: Record<string, unknown> | Map<unknown, unknown>): [unknown, unknown][] {
  return value instanceof Map ? [...value.entries()] : Object.entries(value);
}

/**
 * One kind of tagged value. Subclass it to teach the serializer a new type, then `register` the class.
 * @example
 * class TagSet extends JSONTag { key = " s"; check(v) { return v instanceof Set; } toJSON(v) { return this.serializer.tag([...v]); } toPython(v) { return new Set(v); } }
 * @see flask/json/tag.py JSONTag
 */
export abstract class JSONTag {
  /** The tag key, e.g. " t"; empty for tags that only transform without marking. */
  key = "";
  readonly serializer: TaggedJSONSerializer;

  constructor(serializer: TaggedJSONSerializer) {
    this.serializer = serializer;
  }

  /** Whether this tag handles `value`. */
  abstract check(value: unknown): boolean;

  /** Convert to a JSON-able value; the tag is added by `tag`. */
  abstract toJSON(value: unknown): unknown;

  /** Convert the JSON value (tag removed) back. */
  toPython(value: unknown): unknown {
    return value;
  }

  /** The tagged form `{ [key]: toJSON(value) }`. */
  tag(value: unknown): unknown {
    return { [this.key]: this.toJSON(value) };
  }
}

class TagDict extends JSONTag {
  override key = " di";
  check(value: unknown): boolean {
    if (!isDict(value)) return false;
    const entries = dictEntries(value);
    return entries.length === 1 && this.serializer.tags.has(String(entries[0]?.[0]));
  }
  toJSON(value: unknown): unknown {
    const [key, inner] = dictEntries(value as Record<string, unknown>)[0] ?? [];
    return { [`${String(key)}__`]: this.serializer.tag(inner) };
  }
  override toPython(value: unknown): unknown {
    if (!isDict(value)) throw new TypeError("' di' tag needs an object");
    const [key, inner] = dictEntries(value)[0] ?? [];
    if (key === undefined) throw new Error("StopIteration");
    return Object.fromEntries([[String(key).slice(0, -2), inner]]);
  }
}

class PassDict extends JSONTag {
  check(value: unknown): boolean {
    return isDict(value);
  }
  toJSON(value: unknown): unknown {
    const out = new Map<unknown, unknown>();
    for (const [k, v] of dictEntries(value as Record<string, unknown>))
      out.set(k, this.serializer.tag(v));
    return out;
  }
  override tag(value: unknown): unknown {
    return this.toJSON(value);
  }
}

class TagTuple extends JSONTag {
  override key = " t";
  check(value: unknown): boolean {
    return isTuple(value);
  }
  toJSON(value: unknown): unknown {
    return (value as unknown[]).map((item) => this.serializer.tag(item));
  }
  override toPython(value: unknown): unknown {
    if (Array.isArray(value)) return tuple(...value);
    if (typeof value === "string") return tuple(...value);
    if (isDict(value)) return tuple(...dictEntries(value).map(([k]) => k));
    throw new TypeError(`'${value === null ? "NoneType" : typeof value}' object is not iterable`);
  }
}

class PassList extends JSONTag {
  check(value: unknown): boolean {
    return Array.isArray(value);
  }
  toJSON(value: unknown): unknown {
    return (value as unknown[]).map((item) => this.serializer.tag(item));
  }
  override tag(value: unknown): unknown {
    return this.toJSON(value);
  }
}

class TagBytes extends JSONTag {
  override key = " b";
  check(value: unknown): boolean {
    return value instanceof Uint8Array;
  }
  toJSON(value: unknown): unknown {
    return b64encode(value as Uint8Array);
  }
  override toPython(value: unknown): unknown {
    if (typeof value !== "string")
      throw new TypeError("argument should be a bytes-like object or ASCII string");
    if (!isAscii(value))
      throw new ValueError("string argument should contain only ASCII characters");
    return b64decode(value);
  }
}

class TagMarkup extends JSONTag {
  override key = " m";
  check(value: unknown): boolean {
    return isHtml(value);
  }
  toJSON(value: unknown): unknown {
    return String((value as HtmlLike).__html__());
  }
  override toPython(value: unknown): unknown {
    return this.serializer.makeMarkup(String(value));
  }
}

class TagUUID extends JSONTag {
  override key = " u";
  check(value: unknown): boolean {
    return value instanceof UUID;
  }
  toJSON(value: unknown): unknown {
    return (value as UUID).hex;
  }
  override toPython(value: unknown): unknown {
    if (typeof value !== "string")
      throw new TypeError(
        "one of the hex, bytes, bytes_le, fields, or int arguments must be given",
      );
    return new UUID(value);
  }
}

class TagDateTime extends JSONTag {
  override key = " d";
  check(value: unknown): boolean {
    return value instanceof Date;
  }
  toJSON(value: unknown): unknown {
    return httpDate(value as Date);
  }
  override toPython(value: unknown): unknown {
    return parseDate(typeof value === "string" ? value : null);
  }
}

/** A class that makes a tag for a serializer. */
export type JSONTagClass = new (serializer: TaggedJSONSerializer) => JSONTag;

/** Options of `TaggedJSONSerializer`. */
export interface TaggedJSONOptions {
  /** Sort object keys by code point, as Flask's JSON provider does inside an app. Defaults to true. */
  sortKeys?: boolean;
  /** Escape every non-ASCII character as `\uXXXX`, as Flask's JSON provider does. Defaults to true. */
  ensureAscii?: boolean;
  /** What a ` m` tag loads as; defaults to `MarkupString`. */
  markup?: (html: string) => unknown;
}

/**
 * Serializes values to Flask's tagged JSON text and back.
 * @example
 * const s = new TaggedJSONSerializer();
 * s.loads(s.dumps({ when: new Date(0) })); // { when: Date(1970-01-01) }
 * @see flask/json/tag.py TaggedJSONSerializer
 */
export class TaggedJSONSerializer {
  /** Default tag classes, in checking order. */
  static defaultTags: JSONTagClass[] = [
    TagDict,
    PassDict,
    TagTuple,
    PassList,
    TagBytes,
    TagMarkup,
    TagUUID,
    TagDateTime,
  ];

  readonly tags = new Map<string, JSONTag>();
  readonly order: JSONTag[] = [];
  readonly #sortKeys: boolean;
  readonly #ensureAscii: boolean;
  readonly #markup: (html: string) => unknown;

  constructor(options: TaggedJSONOptions = {}) {
    this.#sortKeys = options.sortKeys ?? true;
    this.#ensureAscii = options.ensureAscii ?? true;
    this.#markup = options.markup ?? ((html) => new MarkupString(html));
    for (const cls of TaggedJSONSerializer.defaultTags) this.register(cls);
  }

  /**
   * Add a tag class; `force` replaces a tag with the same key, `index` places it in the checking order.
   * @example
   * serializer.register(TagSet, { index: 0 });
   * @see flask/json/tag.py TaggedJSONSerializer.register
   */
  register(tagClass: JSONTagClass, options: { force?: boolean; index?: number } = {}): void {
    const tag = new tagClass(this);
    if (tag.key) {
      if (!options.force && this.tags.has(tag.key))
        throw new KeyError(`Tag '${tag.key}' is already registered.`);
      this.tags.set(tag.key, tag);
    }
    if (options.index === undefined) this.order.push(tag);
    else this.order.splice(options.index, 0, tag);
  }

  /** Build the value a ` m` tag loads as. */
  makeMarkup(html: string): unknown {
    return this.#markup(html);
  }

  /**
   * Convert a value to its tagged representation.
   * @example
   * serializer.tag(tuple(1)); // { " t": [1] }
   * @see flask/json/tag.py TaggedJSONSerializer.tag
   */
  tag(value: unknown): unknown {
    for (const tag of this.order) if (tag.check(value)) return tag.tag(value);
    return value;
  }

  /**
   * Convert a one-key tagged object back to its value; anything else is returned as is.
   * @example
   * serializer.untag({ " b": "AA==" }); // Uint8Array [0]
   * @see flask/json/tag.py TaggedJSONSerializer.untag
   */
  untag(value: Record<string, unknown>): unknown {
    const keys = Object.keys(value);
    if (keys.length !== 1) return value;
    const key = keys[0] as string;
    const tag = this.tags.get(key);
    if (tag === undefined) return value;
    return tag.toPython(value[key]);
  }

  #untagScan(value: unknown): unknown {
    if (Array.isArray(value)) return value.map((item) => this.#untagScan(item));
    if (typeof value === "object" && value !== null) {
      const scanned = Object.fromEntries(
        Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, this.#untagScan(v)]),
      );
      return this.untag(scanned);
    }
    return value;
  }

  /**
   * Tag a value and write it as compact JSON (`separators=(",", ":")`).
   * @example
   * serializer.dumps({ b: 1, a: "ą" }); // '{"a":"\\u0105","b":1}'
   * @see flask/json/tag.py TaggedJSONSerializer.dumps
   */
  dumps(value: unknown): string {
    return pythonJsonDumps(this.tag(value), {
      separators: [",", ":"],
      ensureAscii: this.#ensureAscii,
      sortKeys: this.#sortKeys,
    });
  }

  /**
   * Parse JSON text and turn tagged objects back into values.
   * @example
   * serializer.loads('{"a":{" t":[1,2]}}'); // { a: [1, 2] } (a tuple)
   * @see flask/json/tag.py TaggedJSONSerializer.loads
   */
  loads(text: string): unknown {
    return this.#untagScan(JSON.parse(text));
  }
}
