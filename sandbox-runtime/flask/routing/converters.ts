/**
 * URL converters: the `int`, `path`, `uuid`… in `<int:id>`, each a regex plus to/from-URL code.
 *
 * @example
 * class ListConverter extends BaseConverter {
 *   override toPython(value: string) { return value.split(","); }
 *   override toUrl(values: string[]) { return values.map((v) => super.toUrl(v)).join(","); }
 * }
 * app.urlMap.converters.list = ListConverter;
 * @see werkzeug/routing/converters.py
 */
import { UUID } from "../uuid.ts";
import { ValueError } from "../exceptions.ts";
import type { Map as UrlMap } from "./map.ts";
import { pyFloat, pyFloatRepr, pyInt, pyIntStr, pyStr, pyStrRepr } from "../python/index.ts";
import { PATH_SAFE, quote } from "./quoting.ts";

/**
 * Thrown by a converter to say "this URL part is not mine": matching gives 404 and building
 * tries the next rule.
 *
 * @example
 * if (!isValid(value)) throw new ValidationError();
 * @see werkzeug/routing/converters.py ValidationError
 */
export class ValidationError extends ValueError {
  override get name(): string {
    return "ValidationError";
  }
}

/** A converter class as registered in `map.converters`. */
export type ConverterClass = new (map: UrlMap, ...args: any[]) => BaseConverter;

const builtinRegex = new WeakMap<BaseConverter, string>();

/**
 * Base of all converters. Rule arguments arrive after the map: positional ones in order,
 * keyword ones (`<conv(sep="+"):name>`) as one trailing plain object.
 *
 * @example
 * class HexConverter extends BaseConverter {
 *   override regex = "[0-9a-f]+";
 *   override toPython(value: string) { return parseInt(value, 16); }
 *   override toUrl(value: number) { return value.toString(16); }
 * }
 * @see werkzeug/routing/converters.py BaseConverter
 */
export class BaseConverter {
  /** The regex (JavaScript syntax) one URL part must match. */
  regex = "[^/]+";
  /** Lower weights are tried first among dynamic parts. */
  weight = 100;
  /** The map this converter belongs to. */
  readonly map: UrlMap;
  /**
   * Whether the converter matches within one path segment. As in Werkzeug 3.x, a subclass that
   * sets its own regex without setting this is part-isolating only if the regex has no "/".
   * Subclasses may override it with a plain field.
   */
  declare partIsolating: boolean;

  constructor(map: UrlMap, ..._args: unknown[]) {
    this.map = map;
    builtinRegex.set(this, this.regex);
  }

  /** Turn the matched URL text into the value the view receives. */
  toPython(value: string): unknown {
    return value;
  }

  /** Turn a value into URL text (percent-encoded, "/" kept). */
  toUrl(value: unknown): string {
    return quote(pyStr(value), PATH_SAFE);
  }
}

// The default lives on the prototype so a subclass field (`override partIsolating = false`)
// simply shadows it, while an assignment stores a plain own value.
Object.defineProperty(BaseConverter.prototype, "partIsolating", {
  configurable: true,
  get(this: BaseConverter): boolean {
    if (this.regex === builtinRegex.get(this)) return true;
    return !this.regex.includes("/");
  },
  set(this: BaseConverter, value: boolean) {
    Object.defineProperty(this, "partIsolating", {
      value,
      writable: true,
      enumerable: true,
      configurable: true,
    });
  },
});

/** Record the regex a built-in converter settled on, so subclasses can be told apart. */
function settle(converter: BaseConverter): void {
  builtinRegex.set(converter, converter.regex);
}

function isKwargs(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function snakeCase(name: string): string {
  return name.replace(/[A-Z]/g, (ch) => `_${ch.toLowerCase()}`);
}

/**
 * Bind positional and keyword converter arguments to parameter names the way Python binds
 * `__init__(self, map, a=…, b=…)`.
 */
function bindArgs(owner: string, names: string[], args: unknown[]): Record<string, unknown> {
  const positional = [...args];
  const last = positional[positional.length - 1];
  const keywords = isKwargs(last) ? (positional.pop() as Record<string, unknown>) : {};
  if (positional.length > names.length) {
    throw new TypeError(
      `${owner}.__init__() takes from 2 to ${names.length + 2} positional arguments but ${positional.length + 2} were given`,
    );
  }
  const bound: Record<string, unknown> = {};
  positional.forEach((value, index) => {
    bound[names[index] as string] = value;
  });
  for (const [key, value] of Object.entries(keywords)) {
    const name = snakeCase(key);
    if (!names.includes(name)) {
      throw new TypeError(
        `${owner}.__init__() got an unexpected keyword argument ${pyStrRepr(key)}`,
      );
    }
    if (name in bound) {
      throw new TypeError(
        `${owner}.__init__() got multiple values for argument ${pyStrRepr(name)}`,
      );
    }
    bound[name] = value;
  }
  return bound;
}

function optional(value: unknown): unknown {
  return value === undefined ? null : value;
}

/**
 * The default converter: one path segment, optionally length-limited.
 *
 * @example
 * new Rule("/<string(length=2):lang>");
 * @see werkzeug/routing/converters.py UnicodeConverter
 */
export class UnicodeConverter extends BaseConverter {
  constructor(map: UrlMap, ...args: unknown[]) {
    super(map);
    const bound = bindArgs("UnicodeConverter", ["minlength", "maxlength", "length"], args);
    const length = optional(bound.length);
    let lengthRegex: string;
    if (length !== null) {
      lengthRegex = `{${pyInt(length)}}`;
    } else {
      const maxlength = optional(bound.maxlength);
      const max = maxlength === null ? "" : String(pyInt(maxlength));
      lengthRegex = `{${pyInt(bound.minlength ?? 1)},${max}}`;
    }
    this.regex = `[^/]${lengthRegex}`;
    settle(this);
  }
}

function escapeRegex(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&");
}

/**
 * Matches one of the listed words: `<any(about, help):page>`.
 *
 * @example
 * new Rule('/<any(about, help, "foo,bar"):page>');
 * @see werkzeug/routing/converters.py AnyConverter
 */
export class AnyConverter extends BaseConverter {
  /** The accepted values. */
  readonly items: Set<string>;

  constructor(map: UrlMap, ...items: unknown[]) {
    super(map);
    if (isKwargs(items[items.length - 1])) {
      const key = Object.keys(items[items.length - 1] as object)[0] ?? "";
      throw new TypeError(
        `AnyConverter.__init__() got an unexpected keyword argument ${pyStrRepr(key)}`,
      );
    }
    const words = items.map((item) => pyStr(item));
    this.items = new Set(words);
    this.regex = `(?:${words.map(escapeRegex).join("|")})`;
    settle(this);
  }

  override toUrl(value: unknown): string {
    const text = typeof value === "string" ? value : null;
    if (text !== null && this.items.has(text)) return text;
    const valid = [...this.items]
      .sort()
      .map((item) => `'${item}'`)
      .join(", ");
    throw new ValueError(`'${pyStr(value)}' is not one of ${valid}`);
  }
}

/**
 * Like the default converter but also matches slashes: `<path:subpath>`.
 *
 * @example
 * new Rule("/wiki/<path:page>");
 * @see werkzeug/routing/converters.py PathConverter
 */
export class PathConverter extends BaseConverter {
  override regex = "[^/].*?";
  override weight = 200;

  constructor(map: UrlMap, ...args: unknown[]) {
    super(map, ...args);
    this.partIsolating = false;
    settle(this);
  }
}

/**
 * Shared base of `int` and `float`: digits, optional sign, bounds.
 *
 * @example
 * new Rule("/page/<int(min=1):page>");
 * @see werkzeug/routing/converters.py NumberConverter
 */
export class NumberConverter extends BaseConverter {
  override weight = 50;
  /** Exact number of digits (zero-padded when building); 0 means any. */
  readonly fixedDigits: number;
  /** Smallest accepted value, or null. */
  readonly min: number | null;
  /** Largest accepted value, or null. */
  readonly max: number | null;
  /** Whether a leading "-" is accepted. */
  readonly signed: boolean;

  constructor(map: UrlMap, ...args: unknown[]) {
    super(map);
    const bound = this.bindNumberArgs(args);
    this.fixedDigits = digitsOption(bound.fixed_digits);
    this.min = optional(bound.min) === null ? null : Number(bound.min);
    this.max = optional(bound.max) === null ? null : Number(bound.max);
    this.signed = Boolean(bound.signed);
    this.regex = this.baseRegex();
    if (this.signed) this.regex = `-?${this.regex}`;
    settle(this);
  }

  /** The unsigned regex of this number type. */
  protected baseRegex(): string {
    return "\\d+";
  }

  /** Bind this converter's constructor arguments. */
  protected bindNumberArgs(args: unknown[]): Record<string, unknown> {
    return bindArgs("NumberConverter", ["fixed_digits", "min", "max", "signed"], args);
  }

  /** Python's `int()`/`float()` for this number type. */
  protected numConvert(value: unknown): number {
    return pyInt(value);
  }

  /** Python's `str()` of a converted number. */
  protected numToText(value: number): string {
    return pyIntStr(value);
  }

  override toPython(value: string): unknown {
    if (this.fixedDigits !== 0 && [...value].length !== this.fixedDigits)
      throw new ValidationError();
    const number = this.numConvert(value);
    if ((this.min !== null && number < this.min) || (this.max !== null && number > this.max)) {
      throw new ValidationError();
    }
    return number;
  }

  override toUrl(value: unknown): string {
    let text = this.numToText(this.numConvert(value));
    if (this.fixedDigits) text = zfill(text, this.fixedDigits);
    return text;
  }
}

/** Python keeps `fixed_digits` as given: a non-number never equals a length (NaN here). */
function digitsOption(value: unknown): number {
  if (value === undefined || value === null || value === false) return 0;
  if (typeof value === "number" || typeof value === "boolean") return Number(value);
  return Number.NaN;
}

function zfill(text: string, width: number): string {
  if (text.length >= width) return text;
  const sign = text[0] === "-" || text[0] === "+" ? text[0] : "";
  return sign + "0".repeat(width - text.length) + text.slice(sign.length);
}

/**
 * Unsigned integers by default: `<int:id>`, `<int(signed=True):n>`, `<int(fixed_digits=4):year>`.
 *
 * @example
 * new Rule("/user/<int:id>");
 * @see werkzeug/routing/converters.py IntegerConverter
 */
export class IntegerConverter extends NumberConverter {}

/**
 * Decimal numbers with a dot: `<float:price>`.
 *
 * @example
 * new Rule("/price/<float(min=0.5):p>");
 * @see werkzeug/routing/converters.py FloatConverter
 */
export class FloatConverter extends NumberConverter {
  protected override baseRegex(): string {
    return "\\d+\\.\\d+";
  }

  protected override bindNumberArgs(args: unknown[]): Record<string, unknown> {
    return bindArgs("FloatConverter", ["min", "max", "signed"], args);
  }

  protected override numConvert(value: unknown): number {
    return pyFloat(value);
  }

  protected override numToText(value: number): string {
    return pyFloatRepr(value);
  }
}

/**
 * UUID strings; the view receives a `UUID` (Python passes a `uuid.UUID`), printing lowercase.
 *
 * @example
 * new Rule("/object/<uuid:id>");
 * @see werkzeug/routing/converters.py UUIDConverter
 */
export class UUIDConverter extends BaseConverter {
  override regex = "[A-Fa-f0-9]{8}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{12}";

  constructor(map: UrlMap, ...args: unknown[]) {
    super(map, ...args);
    settle(this);
  }

  override toPython(value: string): unknown {
    return new UUID(value);
  }

  override toUrl(value: unknown): string {
    return pyStr(value);
  }
}

/**
 * The converters every map starts with.
 *
 * @example
 * Object.keys(DEFAULT_CONVERTERS); // default, string, any, path, int, float, uuid
 * @see werkzeug/routing/converters.py DEFAULT_CONVERTERS
 */
export const DEFAULT_CONVERTERS: Readonly<Record<string, ConverterClass>> = Object.freeze({
  default: UnicodeConverter,
  string: UnicodeConverter,
  any: AnyConverter,
  path: PathConverter,
  int: IntegerConverter,
  float: FloatConverter,
  uuid: UUIDConverter,
});
