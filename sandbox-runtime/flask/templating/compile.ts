import { TemplateSyntaxError } from "./errors.ts";
import type { CompiledProps, NunjucksEnvironment, RenderFunc } from "./nunjucks.ts";
import { nunjucks } from "./nunjucks.ts";
import { normalizeSource } from "./source.ts";

/** Which template an error came from: set by the first compiled function the error passes. */
const origins = new WeakMap<object, CompiledInfo>();

/** What a compiled template knows about itself. */
export interface CompiledInfo {
  templateName: string | undefined;
  filename: string | undefined;
  autoescape: boolean;
}

/**
 * The template a render error was raised in, when a compiled template saw it first.
 * @example errorOrigin(err)?.filename // "templates/page.html"
 * @see jinja2/debug.py rewrite_traceback_stack
 */
export function errorOrigin(error: unknown): CompiledInfo | undefined {
  return typeof error === "object" && error !== null ? origins.get(error) : undefined;
}

const autoescapeViews = new WeakMap<NunjucksEnvironment, Map<boolean, NunjucksEnvironment>>();
const viewBases = new WeakMap<NunjucksEnvironment, NunjucksEnvironment>();

/**
 * The environment as templates that (do not) autoescape see it; only `opts.autoescape` differs.
 * @example autoescapeView(env, false).opts.autoescape // false
 * @see jinja2/nodes.py EvalContext
 */
export function autoescapeView(
  given: NunjucksEnvironment,
  autoescape: boolean,
): NunjucksEnvironment {
  const env = viewBases.get(given) ?? given;
  let views = autoescapeViews.get(env);
  if (!views) {
    views = new Map();
    autoescapeViews.set(env, views);
  }
  let view = views.get(autoescape);
  if (!view) {
    view = Object.create(env, {
      opts: { value: { ...env.opts, autoescape } },
    }) as NunjucksEnvironment;
    views.set(autoescape, view);
    viewBases.set(view, env);
  }
  return view;
}

/** The compiled function each wrapped block stands for; `super()` names blocks by the original. */
const originals = new WeakMap<RenderFunc, RenderFunc>();
let superPatched = false;

// Context.getSuper finds the parent block by identity with the function the compiled code holds,
// which is the unwrapped one. The Context class is not exported, so a probe render hands it over.
function patchSuperLookup(): void {
  if (superPatched) return;
  superPatched = true;
  let contextProto: Record<string, unknown> | undefined;
  const probe = new nunjucks.Environment([], {});
  probe.addGlobal("probe", function (this: object) {
    contextProto = Object.getPrototypeOf(this) as Record<string, unknown>;
  });
  new nunjucks.Template(
    {
      type: "code",
      obj: new Function(nunjucks.compiler.compile("{{ probe() }}", [], [], "probe", {}))(),
    },
    probe,
    "probe",
  ).render({});
  if (!contextProto) return;
  const getSuper = contextProto.getSuper as (...args: unknown[]) => unknown;
  contextProto.getSuper = function (
    this: { blocks: Record<string, RenderFunc[]> },
    ...args: unknown[]
  ) {
    const [env, name, block, ...rest] = args;
    const chain = this.blocks[String(name)] ?? [];
    const own =
      chain.find((candidate) => candidate === block || originals.get(candidate) === block) ?? block;
    return getSuper.call(this, env, name, own, ...rest);
  };
}

// nunjucks reads `env.opts.autoescape` while rendering, one switch for every template. Jinja
// decides per template, so each template's functions run against a view of the environment
// whose only difference is that switch; includes, macros and blocks keep their own template's.
function wrap(fn: RenderFunc, info: CompiledInfo): RenderFunc {
  patchSuperLookup();
  const wrapped: RenderFunc = (env, context, frame, runtime, cb) => {
    const forward = (err: unknown, res?: string) => {
      if (typeof err === "object" && err !== null && !origins.has(err)) origins.set(err, info);
      cb(err, res);
    };
    // nunjucks runs the caller's continuation (the rest of a parent template after an include or
    // a block) inside this function's try/catch, so an error there would be charged to this
    // template's line. Rendering is synchronous: keep the result and continue after returning.
    let pending = true;
    let result: [unknown, string | undefined] | undefined;
    fn(autoescapeView(env, info.autoescape), context, frame, runtime, (err, res) => {
      if (!pending) forward(err, res);
      else result ??= [err, res];
    });
    pending = false;
    if (result) forward(result[0], result[1]);
  };
  originals.set(wrapped, fn);
  return wrapped;
}

interface ParserError {
  message: string;
  lineno?: number;
  colno?: number;
}

/**
 * Compile template source into nunjucks' functions with Jinja's settings: newline handling,
 * per-template autoescaping, and syntax errors that name the file, line and column.
 * @example compileTemplate(env, "{{ x }}", { templateName: "a.html", filename: "templates/a.html", autoescape: true })
 * @see jinja2/environment.py Environment.compile
 */
export function compileTemplate(
  env: NunjucksEnvironment,
  source: string,
  info: CompiledInfo,
): CompiledProps {
  let code: string;
  try {
    code = nunjucks.compiler.compile(
      normalizeSource(source),
      env.asyncFilters,
      env.extensionsList,
      info.templateName ?? "<template>",
      env.opts,
    );
  } catch (error) {
    const { message, lineno, colno } = error as ParserError;
    const atEnd = /^unexpected end of file/.test(message);
    throw new TemplateSyntaxError(
      atEnd ? message.replace("end of file", "end of template") : message,
      {
        templateName: info.templateName,
        filename: info.filename,
        // Like Jinja, an unclosed block is reported at the template's last line.
        lineno: lineno || (atEnd ? normalizeSource(source).split("\n").length : undefined),
        colno: colno || undefined,
      },
    );
  }
  // nunjucks' compiler emits a function body; evaluating it is how nunjucks itself loads templates.
  const props = new Function(code)() as CompiledProps;
  const wrapped: Record<string, RenderFunc> = {};
  for (const [key, fn] of Object.entries(props)) {
    wrapped[key] = key === "root" || key.startsWith("b_") ? wrap(fn, info) : fn;
  }
  return wrapped as CompiledProps;
}
