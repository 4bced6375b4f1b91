/** Where in a template something went wrong. */
export interface TemplateLocation {
  /** The template name as it was asked for, e.g. `base.html`. */
  templateName: string | undefined;
  /** The file it was read from, relative to the app's root, e.g. `templates/base.html`. */
  filename: string | undefined;
  /** 1-based line, when known. */
  lineno: number | undefined;
  /** 1-based column, when known. */
  colno: number | undefined;
}

/**
 * Raised when no search folder holds the template; the message is the template's name.
 * @example new TemplateNotFound("missing.html").message // "missing.html"
 * @see jinja2/exceptions.py TemplateNotFound
 */
export class TemplateNotFound extends Error {
  override name = "TemplateNotFound";
  readonly templateName: string;

  constructor(templateName: string, message?: string) {
    super(message ?? templateName);
    this.templateName = templateName;
  }
}

function describe(location: TemplateLocation): string {
  const where = location.filename ?? location.templateName ?? "<template>";
  const line = location.lineno === undefined ? "" : `, line ${location.lineno}`;
  const col = location.colno === undefined ? "" : `, column ${location.colno}`;
  return `${where}${line}${col}`;
}

/**
 * Raised when a template cannot be parsed; names the file, line and column.
 * @example err.message // "unexpected end of file (templates/x.html, line 3, column 1)"
 * @see jinja2/exceptions.py TemplateSyntaxError
 */
export class TemplateSyntaxError extends Error implements TemplateLocation {
  override name = "TemplateSyntaxError";
  /** The parser's own words, without the location. */
  readonly reason: string;
  readonly templateName: string | undefined;
  readonly filename: string | undefined;
  readonly lineno: number | undefined;
  readonly colno: number | undefined;

  constructor(reason: string, location: TemplateLocation) {
    super(`${reason} (${describe(location)})`);
    this.reason = reason;
    this.templateName = location.templateName;
    this.filename = location.filename;
    this.lineno = location.lineno;
    this.colno = location.colno;
  }
}

/**
 * Raised when rendering fails: wraps the original error (`cause`) and says where in which template.
 * @example err.cause // the Error thrown by the function the template called
 * @see jinja2/exceptions.py TemplateRuntimeError
 */
export class TemplateRuntimeError extends Error implements TemplateLocation {
  override name = "TemplateRuntimeError";
  readonly reason: string;
  readonly templateName: string | undefined;
  readonly filename: string | undefined;
  readonly lineno: number | undefined;
  readonly colno: number | undefined;

  constructor(reason: string, location: TemplateLocation, cause?: unknown) {
    super(`${reason} (${describe(location)})`, cause === undefined ? undefined : { cause });
    this.reason = reason;
    this.templateName = location.templateName;
    this.filename = location.filename;
    this.lineno = location.lineno;
    this.colno = location.colno;
  }
}
