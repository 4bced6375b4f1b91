/**
 * HTML escaping as the Python side writes it: MarkupSafe's `escape` (templates, error pages) and
 * the standard library's `html.escape` (Werkzeug's redirect page).
 */

const MARKUPSAFE: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  "'": "&#39;",
  '"': "&#34;",
};

const STDLIB: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  "'": "&#x27;",
  '"': "&quot;",
};

/**
 * Escape the five HTML-special characters exactly as MarkupSafe writes them.
 * @example escapeHtml(`<a href="x">`) // "&lt;a href=&#34;x&#34;&gt;"
 * @see markupsafe/_native.py escape
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>'"]/g, (ch) => MARKUPSAFE[ch] ?? ch);
}

/**
 * Python's `html.escape(text, quote=True)`.
 * @example htmlEscape(`"a" & 'b'`) // "&quot;a&quot; &amp; &#x27;b&#x27;"
 * @see cpython Lib/html/__init__.py escape
 */
export function htmlEscape(text: string): string {
  return text.replace(/[&<>'"]/g, (ch) => STDLIB[ch] ?? ch);
}

/** An object that renders itself as HTML, like Python's `__html__` protocol. */
export interface HtmlLike {
  __html__(): string;
}

/**
 * Tell whether a value carries its own HTML (a Markup or any `__html__` object).
 * @example hasHtml({ __html__: () => "<b>" }) // true
 * @see markupsafe/__init__.py escape
 */
export function hasHtml(value: unknown): value is HtmlLike {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as Partial<HtmlLike>).__html__ === "function"
  );
}
