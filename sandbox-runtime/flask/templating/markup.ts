import { nunjucks } from "./nunjucks.ts";
import { pyStrFormat } from "./str-format.ts";
import { unescapeHtml } from "./unescape.ts";

import { escapeHtml, hasHtml, pyStr } from "../python/index.ts";

export { escapeHtml, type HtmlLike, hasHtml } from "../python/index.ts";

/**
 * A string that is safe to output in HTML unescaped, like MarkupSafe's `Markup`.
 * It is nunjucks' SafeString underneath, so autoescaping leaves it alone.
 * @example new Markup("<b>hi</b>") // rendered as-is; Markup.escape("<b>") is "&lt;b&gt;"
 * @see markupsafe/__init__.py Markup
 */
export class Markup extends nunjucks.runtime.SafeString {
  constructor(value: unknown) {
    super(hasHtml(value) ? value.__html__() : String(value ?? ""));
  }

  /**
   * Escape a value into Markup; values that are already HTML pass through.
   * @example Markup.escape("<'\">") // "&lt;&#39;&#34;&gt;"
   * @see markupsafe/__init__.py Markup.escape
   */
  static escape(value: unknown): Markup {
    if (value instanceof Markup) return value;
    if (isSafe(value)) return new Markup(String(value));
    if (hasHtml(value)) return new Markup(value.__html__());
    return new Markup(escapeHtml(value === undefined ? "" : pyStr(value)));
  }

  /** The HTML this value stands for. */
  __html__(): string {
    return this.val;
  }

  /**
   * Python's `str.format` on markup: every argument is escaped unless it is HTML itself.
   * Named fields (`{name}`) are read from a trailing plain object.
   * @example new Markup("<i>{}</i>").format("<x>") // "<i>&lt;x&gt;</i>"
   * @see markupsafe/__init__.py Markup.format
   */
  format(...args: unknown[]): Markup {
    const last = args[args.length - 1];
    const named =
      typeof last === "object" && last !== null && Object.getPrototypeOf(last) === Object.prototype
        ? (last as Record<string, unknown>)
        : {};
    const positional = named === last ? args.slice(0, -1) : args;
    const out = pyStrFormat(this.val, positional, named, (value, formatted) =>
      hasHtml(value) || isSafe(value) ? formatted : escapeHtml(formatted),
    );
    return new Markup(out);
  }

  /**
   * Join items with this markup between them, escaping the items that are not HTML.
   * @example new Markup("<br>").join(["a", "<b>"]) // "a<br>&lt;b&gt;"
   * @see markupsafe/__init__.py Markup.join
   */
  join(items: Iterable<unknown>): Markup {
    return new Markup([...items].map((item) => Markup.escape(item).val).join(this.val));
  }

  /**
   * Remove tags and comments, collapse whitespace and unescape entities.
   * @example new Markup("Main &raquo;\t<em>About</em>").striptags() // "Main » About"
   * @see markupsafe/__init__.py Markup.striptags
   */
  striptags(): string {
    const text = this.val.replace(/<!--[\s\S]*?-->/g, "").replace(/<[\s\S]*?>/g, "");
    return unescapeHtml(text.split(/\s+/).filter(Boolean).join(" "));
  }

  /**
   * The text this markup shows, with entities replaced by their characters.
   * @example new Markup("a &amp; b").unescape() // "a & b"
   * @see markupsafe/__init__.py Markup.unescape
   */
  unescape(): string {
    return unescapeHtml(this.val);
  }

  override toString(): string {
    return this.val;
  }
}

/**
 * Tell whether a value is marked safe (a Markup or a nunjucks SafeString).
 * @example isSafe(new Markup("x")) // true
 * @see markupsafe/__init__.py Markup
 */
export function isSafe(value: unknown): boolean {
  return value instanceof nunjucks.runtime.SafeString;
}
