/**
 * Werkzeug's data structures: MultiDict, Headers and FileStorage.
 * @see werkzeug/datastructures/ (structures.py, headers.py, file_storage.py)
 */
import { BadRequestKeyError } from "./exceptions.ts";
import { parseOptionsHeader } from "./http/options-header.ts";
import { type ItemAccess, itemTarget, withItemAccess } from "./item-access.ts";
import { KeyError, pyStrRepr, ValueError } from "./python/index.ts";

export type { ItemAccess, WritableItemAccess } from "./item-access.ts";
export { KeyError } from "./python/index.ts";

/** A converter for `get(key, default, type)`: throw (or return NaN) to reject the value. */
export type TypeConverter<T> = (value: string) => T;

function convert<T, D>(raw: unknown, type: TypeConverter<T> | undefined, fallback: D): T | D {
  if (!type) return raw as T;
  try {
    const out = type(raw as string);
    // JavaScript's Number()/parseInt signal a bad value with NaN instead of raising ValueError.
    if (typeof out === "number" && Number.isNaN(out)) return fallback;
    return out;
  } catch {
    return fallback;
  }
}

/**
 * A dictionary that keeps every value given for a key; `get` returns the first. A key also reads
 * as a property, like Python's `d["tag"]`: the first value, or `BadRequestKeyError` (a 400) when
 * it is missing; `"tag" in d` tells whether it is there. Method names (`get`, `keys`, `size`, …)
 * are the methods: read such keys with `get`.
 * @example
 * const args = new MultiDict([["tag", "a"], ["tag", "b"]]);
 * args.get("tag"); // "a"
 * args.getList("tag"); // ["a", "b"]
 * args["tag"]; // "a" (typed through ItemAccess on request.args, request.form, …)
 * @see werkzeug/datastructures/structures.py MultiDict
 */
export class MultiDict<V = string> implements Iterable<string> {
  #data = new Map<string, V[]>();

  constructor(init?: Iterable<readonly [string, V]> | Record<string, V | V[]> | MultiDict<V>) {
    this.#fill(init);
    // biome-ignore lint/correctness/noConstructorReturn: the Proxy is what makes keys read as properties
    return withItemAccess(this, {
      lookup: (key) => {
        const list = this.#data.get(key);
        return list && list.length > 0 ? [true, list[0]] : [false];
      },
      keys: () => this.keys(),
      missing: (key) => new BadRequestKeyError(key),
      write: (key, value) => this.set(key, value as V),
      remove: (key) => {
        if (!this.has(key)) throw new KeyError(key);
        this.delete(key);
      },
    });
  }

  #fill(init?: Iterable<readonly [string, V]> | Record<string, V | V[]> | MultiDict<V>): void {
    if (!init) return;
    if (init instanceof MultiDict) {
      for (const [k, v] of init.items(true)) this.add(k, v);
    } else if (Symbol.iterator in Object(init)) {
      for (const [k, v] of init as Iterable<readonly [string, V]>) this.add(k, v);
    } else {
      for (const [k, v] of Object.entries(init as Record<string, V | V[]>)) {
        if (Array.isArray(v)) for (const item of v) this.add(k, item);
        else this.add(k, v);
      }
    }
  }

  /** The first value for `key`, converted by `type`; `defaultValue` when missing or rejected. */
  get(key: string): V | undefined;
  get<D>(key: string, defaultValue: D): V | D;
  get<T, D = undefined>(key: string, defaultValue: D, type: TypeConverter<T>): T | D;
  get(key: string, defaultValue?: unknown, type?: TypeConverter<unknown>): unknown {
    const list = this.#data.get(key);
    if (!list || list.length === 0) return defaultValue;
    return convert(list[0], type, defaultValue);
  }

  /** Every value for `key`; with `type`, values it rejects are left out. */
  getList(key: string): V[];
  getList<T>(key: string, type: TypeConverter<T>): T[];
  getList(key: string, type?: TypeConverter<unknown>): unknown[] {
    const list = this.#data.get(key) ?? [];
    if (!type) return [...list];
    const skip = Symbol("skip");
    return list.map((v) => convert(v, type, skip)).filter((v) => v !== skip);
  }

  /** Werkzeug's spelling of {@link getList}. */
  getlist(key: string): V[] {
    return this.getList(key);
  }

  has(key: string): boolean {
    return (this.#data.get(key)?.length ?? 0) > 0;
  }

  add(key: string, value: V): void {
    const list = this.#data.get(key);
    if (list) list.push(value);
    else this.#data.set(key, [value]);
  }

  /** Replace every value for `key` with one value (Python's `d[key] = value`). */
  set(key: string, value: V): void {
    this.#data.set(key, [value]);
  }

  setList(key: string, values: V[]): void {
    this.#data.set(key, [...values]);
  }

  delete(key: string): boolean {
    return this.#data.delete(key);
  }

  /** Remove `key` and return its first value. */
  pop<D = undefined>(key: string, ...defaultValue: [D?]): V | D {
    const list = this.#data.get(key);
    if (!list || list.length === 0) {
      if (defaultValue.length === 0) throw new KeyError(key);
      return defaultValue[0] as D;
    }
    this.#data.delete(key);
    return list[0] as V;
  }

  keys(): string[] {
    return [...this.#data.keys()];
  }

  /** The first value of each key, or every value with `multi`. */
  values(multi = false): V[] {
    return this.items(multi).map(([, v]) => v);
  }

  /** Like {@link items}: `[key, first value]` pairs, or every pair with `multi`. */
  entries(multi = false): [string, V][] {
    return this.items(multi);
  }

  items(multi = false): [string, V][] {
    const out: [string, V][] = [];
    for (const [k, list] of this.#data) {
      if (multi) for (const v of list) out.push([k, v]);
      else if (list.length > 0) out.push([k, list[0] as V]);
    }
    return out;
  }

  lists(): [string, V[]][] {
    return [...this.#data].map(([k, list]) => [k, [...list]]);
  }

  /** A plain object: first values, or lists with `flat = false`. */
  toDict(flat?: true): Record<string, V>;
  toDict(flat: false): Record<string, V[]>;
  toDict(flat = true): Record<string, V | V[]> {
    const out: Record<string, V | V[]> = {};
    for (const [k, list] of this.#data) out[k] = flat ? (list[0] as V) : [...list];
    return out;
  }

  get size(): number {
    return this.#data.size;
  }

  [Symbol.iterator](): Iterator<string> {
    return this.#data.keys();
  }

  toJSON(): Record<string, V> {
    return this.toDict();
  }
}

// The base constructor fills the dict through add(), before subclass fields exist; methods run
// on the Proxy's target, so the mark goes there.
const frozen = new WeakSet<object>();

function refuse(): never {
  throw new TypeError("'ImmutableMultiDict' objects are immutable");
}

/**
 * A MultiDict that cannot be changed, like the request's `args`, `form` and `files`.
 * @example
 * request.args.set("x", "1"); // throws TypeError
 * @see werkzeug/datastructures/structures.py ImmutableMultiDict
 */
export class ImmutableMultiDict<V = string> extends MultiDict<V> {
  constructor(init?: Iterable<readonly [string, V]> | Record<string, V | V[]> | MultiDict<V>) {
    super(init);
    frozen.add(itemTarget(this));
  }
  override add(key: string, value: V): void {
    if (frozen.has(this)) refuse();
    super.add(key, value);
  }
  override set(key: string, value: V): void {
    if (frozen.has(this)) refuse();
    super.set(key, value);
  }
  override setList(key: string, values: V[]): void {
    if (frozen.has(this)) refuse();
    super.setList(key, values);
  }
  override delete(_key: string): boolean {
    return refuse();
  }
  override pop<D = undefined>(_key: string, ..._defaultValue: [D?]): V | D {
    return refuse();
  }
}

/**
 * Several MultiDicts read as one, like `request.values` (args, then form).
 * @example
 * new CombinedMultiDict([request.args, request.form]).get("q");
 * @see werkzeug/datastructures/structures.py CombinedMultiDict
 */
export class CombinedMultiDict<V = string> extends ImmutableMultiDict<V> {
  constructor(dicts: MultiDict<V>[]) {
    super(dicts.flatMap((d) => d.items(true)));
  }
}

export type HeadersInit =
  | Headers
  | globalThis.Headers
  | Iterable<readonly [string, string]>
  | Record<string, string | number | readonly string[]>;

/**
 * Case-insensitive HTTP headers that keep their order and every value, Set-Cookie included.
 * @example
 * const h = new Headers({ "Content-Type": "text/plain" });
 * h.add("Set-Cookie", "a=1"); h.add("Set-Cookie", "b=2");
 * h.getAll("set-cookie"); // ["a=1", "b=2"]
 * @see werkzeug/datastructures/headers.py Headers
 */
export class Headers implements Iterable<[string, string]> {
  #list: [string, string][] = [];

  constructor(init?: HeadersInit) {
    if (init) this.extend(init);
    // biome-ignore lint/correctness/noConstructorReturn: the Proxy is what makes names read as properties
    return withItemAccess(this, {
      lookup: (key) => {
        const value = this.get(key);
        return value === undefined ? [false] : [true, value];
      },
      keys: () => this.keys(),
      missing: (key) => this.missingHeader(key),
      write: (key, value) => this.set(key, value as string),
      remove: (key) => this.delete(key),
    });
  }

  /** The error `headers["Name"]` throws for a missing header. */
  protected missingHeader(key: string): Error {
    return new BadRequestKeyError(key);
  }

  /** The form names are compared in: lower case. */
  protected nameKey(key: string): string {
    return key.toLowerCase();
  }

  /** Add every header from `init`, keeping existing ones. */
  extend(init: HeadersInit): void {
    if (init instanceof Headers) {
      for (const [k, v] of init) this.add(k, v);
    } else if (typeof globalThis.Headers === "function" && init instanceof globalThis.Headers) {
      // getSetCookie keeps cookies apart where the runtime exposes them.
      const cookies = typeof init.getSetCookie === "function" ? init.getSetCookie() : [];
      for (const [k, v] of init) if (k.toLowerCase() !== "set-cookie") this.add(k, v);
      for (const c of cookies) this.add("Set-Cookie", c);
    } else if (Symbol.iterator in Object(init)) {
      for (const [k, v] of init as Iterable<readonly [string, string]>) this.add(k, String(v));
    } else {
      for (const [k, v] of Object.entries(
        init as Record<string, string | number | readonly string[]>,
      )) {
        if (Array.isArray(v)) for (const item of v) this.add(k, String(item));
        else this.add(k, String(v));
      }
    }
  }

  /** The first value for `key`, converted by `type`; `defaultValue` when missing or rejected. */
  get(key: string): string | undefined;
  get<D>(key: string, defaultValue: D): string | D;
  get<T, D = undefined>(key: string, defaultValue: D, type: TypeConverter<T>): T | D;
  get(key: string, defaultValue?: unknown, type?: TypeConverter<unknown>): unknown {
    const lower = this.nameKey(key);
    const hit = this.#list.find(([k]) => this.nameKey(k) === lower);
    if (!hit) return defaultValue;
    return convert(hit[1], type, defaultValue);
  }

  getAll(key: string): string[] {
    const lower = this.nameKey(key);
    return this.#list.filter(([k]) => this.nameKey(k) === lower).map(([, v]) => v);
  }

  getList(key: string): string[] {
    return this.getAll(key);
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  add(key: string, value: string | number): void {
    const text = String(value);
    if (/[\r\n]/.test(text)) throw new Error("Header values must not contain newline characters.");
    this.#list.push([key, text]);
  }

  /** Replace all values of `key` by one value, keeping the first one's position. */
  set(key: string, value: string | number): void {
    const text = String(value);
    if (/[\r\n]/.test(text)) throw new Error("Header values must not contain newline characters.");
    const lower = this.nameKey(key);
    const index = this.#list.findIndex(([k]) => this.nameKey(k) === lower);
    if (index === -1) {
      this.#list.push([key, text]);
      return;
    }
    this.#list[index] = [key, text];
    this.#list = this.#list.filter(([k], i) => i <= index || this.nameKey(k) !== lower);
  }

  setDefault(key: string, value: string): string {
    const have = this.get(key);
    if (have !== undefined) return have;
    this.add(key, value);
    return value;
  }

  delete(key: string): void {
    const lower = this.nameKey(key);
    this.#list = this.#list.filter(([k]) => this.nameKey(k) !== lower);
  }

  /** Werkzeug's spelling of {@link delete}. */
  remove(key: string): void {
    this.delete(key);
  }

  keys(): string[] {
    return this.#list.map(([k]) => k);
  }

  items(): [string, string][] {
    return this.#list.map(([k, v]) => [k, v]);
  }

  /** Like {@link items}: every `[name, value]` pair, in order. */
  entries(): [string, string][] {
    return this.items();
  }

  /** The raw list of `[name, value]` pairs, in order. */
  toList(): [string, string][] {
    return this.items();
  }

  get size(): number {
    return this.#list.length;
  }

  [Symbol.iterator](): Iterator<[string, string]> {
    return this.items()[Symbol.iterator]();
  }

  /** A web-standard Headers object (browsers drop Set-Cookie from it; read {@link toList} instead). */
  toWeb(): globalThis.Headers {
    const out = new globalThis.Headers();
    for (const [k, v] of this.#list) out.append(k, v);
    return out;
  }

  toString(): string {
    return `${this.#list.map(([k, v]) => `${k}: ${v}`).join("\r\n")}\r\n\r\n`;
  }
}

/**
 * The request's headers, as a WSGI environ holds them: `_` and `-` name the same header, and a
 * missing one read as `headers["Name"]` is a plain KeyError (a 500), as in Werkzeug 2.2 and 3.x.
 * @example
 * request.headers["User-Agent"]; // "curl/8.0"
 * request.headers.get("user_agent"); // "curl/8.0"
 * @see werkzeug/datastructures/headers.py EnvironHeaders
 */
export class EnvironHeaders extends Headers {
  protected override missingHeader(key: string): Error {
    const name = key.toUpperCase().replace(/-/g, "_");
    return new KeyError(
      name === "CONTENT_TYPE" || name === "CONTENT_LENGTH" ? name : `HTTP_${name}`,
    );
  }

  protected override nameKey(key: string): string {
    return key.toLowerCase().replace(/_/g, "-");
  }
}

/**
 * The bytes of an uploaded file read like Python's `BytesIO`: `read` moves a position forward,
 * `seek(0)` goes back to the start.
 * @example
 * const stream = new FileStream(new TextEncoder().encode("hi")); stream.read(1); stream.tell(); // 1
 * @see python io.BytesIO
 */
export class FileStream {
  #bytes: Uint8Array;
  #position = 0;
  #closed = false;

  constructor(bytes: Uint8Array = new Uint8Array()) {
    this.#bytes = bytes;
  }

  #open(): void {
    if (this.#closed) throw new ValueError("I/O operation on closed file.");
  }

  /** Up to `size` bytes from the position on (all of the rest when `size` is negative). */
  read(size = -1): Uint8Array {
    this.#open();
    const end = size < 0 ? this.#bytes.length : Math.min(this.#bytes.length, this.#position + size);
    const out = this.#bytes.slice(Math.min(this.#position, end), end);
    this.#position = Math.max(this.#position, end);
    return out;
  }

  /** One line, up to and including its `\n`. */
  readline(): Uint8Array {
    this.#open();
    const newline = this.#bytes.indexOf(10, this.#position);
    return this.read(newline === -1 ? -1 : newline + 1 - this.#position);
  }

  /** Move the position: from the start (`whence` 0), the current position (1) or the end (2). */
  seek(offset: number, whence: 0 | 1 | 2 = 0): number {
    this.#open();
    const base = whence === 0 ? 0 : whence === 1 ? this.#position : this.#bytes.length;
    if (base + offset < 0) throw new ValueError(`negative seek value ${base + offset}`);
    this.#position = base + offset;
    return this.#position;
  }

  tell(): number {
    this.#open();
    return this.#position;
  }

  close(): void {
    this.#closed = true;
  }

  get closed(): boolean {
    return this.#closed;
  }
}

/** Where {@link FileStorage.save} can write besides a path: anything with `write(bytes)`. */
export interface WritableFile {
  write(bytes: Uint8Array): unknown;
}

/**
 * One uploaded file from a multipart form, like `request.files["photo"]`. `read()` and `save()`
 * go through `stream`, so after a `read()` a `save()` writes what is left (nothing):
 * `stream.seek(0)` first, as in Python.
 * @example
 * const photo = request.files["photo"];
 * if (photo.filename) photo.save(join(app.instancePath, secureFilename(photo.filename)));
 * @see werkzeug/datastructures/file_storage.py FileStorage
 */
export class FileStorage {
  /** The file's bytes, read like Python's `BytesIO`. */
  readonly stream: FileStream;
  /** The file's name as the browser sent it (`""` when the field was left empty). */
  readonly filename: string | null;
  /** The form field's name. */
  readonly name: string | null;
  /** The part's own headers (`Content-Disposition`, `Content-Type`). */
  readonly headers: Headers & ItemAccess<string>;

  constructor(
    init: {
      stream?: FileStream | Uint8Array | string;
      /** The same as `stream` given as bytes. */
      bytes?: Uint8Array;
      filename?: string | null;
      name?: string | null;
      contentType?: string | null;
      contentLength?: number | null;
      headers?: Headers;
    } = {},
  ) {
    const source = init.stream ?? init.bytes;
    this.stream =
      source instanceof FileStream
        ? source
        : new FileStream(typeof source === "string" ? new TextEncoder().encode(source) : source);
    this.filename = init.filename ?? null;
    this.name = init.name ?? null;
    this.headers = (init.headers ?? new Headers()) as Headers & ItemAccess<string>;
    if (init.contentType != null) this.headers.set("Content-Type", init.contentType);
    if (init.contentLength != null) this.headers.set("Content-Length", String(init.contentLength));
  }

  /** The part's `Content-Type` header, parameters included, or null. */
  get contentType(): string | null {
    return this.headers.get("Content-Type") ?? null;
  }

  /**
   * The part's `Content-Length` header, or 0: browsers send none, so it is usually 0. The size
   * of what was uploaded is `file.read().length` (then `file.stream.seek(0)`).
   */
  get contentLength(): number {
    const raw = this.headers.get("Content-Length");
    return raw !== undefined && /^\s*\d+\s*$/.test(raw) ? Number.parseInt(raw, 10) : 0;
  }

  /** The content type without parameters, lower case (`text/html`). */
  get mimetype(): string {
    return parseOptionsHeader(this.contentType)[0].toLowerCase();
  }

  /** The content type's parameters (`{ charset: "utf-8" }`). */
  get mimetypeParams(): Record<string, string> {
    return parseOptionsHeader(this.contentType)[1];
  }

  /** Bytes from the stream's position: all that is left, or up to `size`. */
  read(size = -1): Uint8Array {
    return this.stream.read(size);
  }

  /** What is left of the file, decoded as UTF-8 (Python: `file.read().decode()`). */
  text(): string {
    return new TextDecoder().decode(this.read());
  }

  /**
   * Write the file from the stream's position to `destination`: a path (created or replaced;
   * its folder must exist, as with Python's `open(path, "wb")`) or an object with `write`.
   * Relative paths are relative to the working directory, not the app's root.
   */
  save(destination: string | WritableFile, _bufferSize = 16384): void {
    const bytes = this.read();
    if (typeof destination !== "string") {
      destination.write(bytes);
      return;
    }
    if (!fileWriter)
      throw new Error("This runtime has no file system to save to; pass an object with write().");
    fileWriter(destination, bytes);
  }

  close(): void {
    this.stream.close();
  }

  toString(): string {
    const repr = (value: string | null) => (value === null ? "None" : pyStrRepr(value));
    return `<FileStorage: ${repr(this.filename)} (${repr(this.contentType)})>`;
  }

  [Symbol.for("nodejs.util.inspect.custom")](): string {
    return this.toString();
  }
}

let fileWriter: ((path: string, bytes: Uint8Array) => void) | undefined;

/**
 * Install the function `FileStorage.save` writes a path through (each engine sets one: the
 * disk under Node, the Worker's in-memory file system in the page).
 * @example
 * setFileWriter((path, bytes) => writeFileSync(path, bytes));
 * @see werkzeug/datastructures/file_storage.py FileStorage.save
 */
export function setFileWriter(
  write: ((path: string, bytes: Uint8Array) => void) | undefined,
): void {
  fileWriter = write;
}
