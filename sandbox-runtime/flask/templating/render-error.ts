import type { CompiledInfo } from "./compile.ts";
import { errorOrigin } from "./compile.ts";
import { TemplateNotFound, TemplateRuntimeError, TemplateSyntaxError } from "./errors.ts";
import { nunjucks } from "./nunjucks.ts";

interface NunjucksError {
  lineno?: number;
  colno?: number;
  cause?: unknown;
}

function causeOf(error: unknown): unknown {
  return typeof error === "object" && error !== null ? (error as NunjucksError).cause : undefined;
}

/**
 * Turn what nunjucks throws while rendering into Kolba's template errors: TemplateNotFound and
 * TemplateSyntaxError come out as they were raised (even from an included template), anything else
 * becomes a TemplateRuntimeError naming the template and line where it happened.
 * @example throw renderError(err, { templateName: "page.html", filename: "templates/page.html", autoescape: true })
 * @see jinja2/debug.py rewrite_traceback_stack
 */
export function renderError(error: unknown, fallback: CompiledInfo): Error {
  const chain: unknown[] = [];
  for (let e: unknown = error; e !== undefined && e !== null && !chain.includes(e); e = causeOf(e))
    chain.push(e);
  const ours = chain.find(
    (e) =>
      e instanceof TemplateNotFound ||
      e instanceof TemplateSyntaxError ||
      e instanceof TemplateRuntimeError,
  );
  if (ours) return ours as Error;
  const wrappers = chain.filter((e) => e instanceof nunjucks.lib.TemplateError) as NunjucksError[];
  const innermost = wrappers[wrappers.length - 1];
  const original = innermost ? (innermost.cause ?? innermost) : error;
  const origin = (innermost && errorOrigin(innermost)) ?? fallback;
  const reason = original instanceof Error ? original.message : String(original);
  // Compiled templates count lines and columns from 0.
  const lineno = typeof innermost?.lineno === "number" ? innermost.lineno + 1 : undefined;
  const colno = typeof innermost?.colno === "number" ? innermost.colno + 1 : undefined;
  return new TemplateRuntimeError(
    reason,
    { templateName: origin.templateName, filename: origin.filename, lineno, colno },
    original,
  );
}
