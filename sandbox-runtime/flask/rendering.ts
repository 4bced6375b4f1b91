/**
 * Rendering templates with the app's environment: `renderTemplate`, `renderTemplateString`.
 * @see flask/templating.py render_template, render_template_string
 */
import type { Flask } from "./app.ts";
import { currentContext, g, request, session, RuntimeError, NO_APP_MESSAGE } from "./globals.ts";
import { getFlashedMessages } from "./flashing.ts";
import { folderPath } from "./scaffold.ts";
import { type TemplateEnvironment, createTemplateEnvironment } from "./templating.ts";

/** The template environment as the app uses it. */
export type TemplateEnvironmentLike = TemplateEnvironment;

const synced = new WeakMap<TemplateEnvironment, Set<string>>();

/** The app's template folder and each blueprint's, in Flask's search order. */
function templateFolders(app: Flask): string[] {
  const folders: string[] = [];
  for (const bp of app.iterBlueprints()) {
    if (bp.templateFolder !== null)
      folders.push(folderPath(bp.rootPath, bp.templateFolder, app.rootPath));
  }
  return folders;
}

/**
 * Create an app's template environment: Flask's globals (`url_for`, `get_flashed_messages`,
 * `config`, `request`, `session`, `g`), the app's filters, tests and globals, and its blueprints'
 * template folders.
 * @example
 * const env = createAppTemplateEnvironment(app);
 * @see flask/sansio/app.py App.create_jinja_environment
 */
export function createAppTemplateEnvironment(app: Flask): TemplateEnvironment {
  const env = createTemplateEnvironment({
    files: app.files,
    // Without a template folder Flask has no app loader; a folder name that can't exist gives the same.
    templateFolder: app.templateFolder ?? "\u0000no-template-folder",
    globals: {
      url_for: (endpoint: string, values?: Record<string, unknown>) =>
        app.urlFor(endpoint, values ?? {}),
      get_flashed_messages: (options?: { with_categories?: boolean; category_filter?: string[] }) =>
        getFlashedMessages({
          withCategories: options?.with_categories,
          categoryFilter: options?.category_filter,
        }),
      config: app.config,
      // As in Flask: the context adds these too, but imported templates (macros) see only globals.
      request,
      session,
      g,
      ...app.templateGlobals,
    },
    filters: app.templateFilters,
    tests: app.templateTests,
    autoReload: Boolean(app.config.TEMPLATES_AUTO_RELOAD ?? app.debug),
  });
  synced.set(env, new Set());
  return env;
}

function syncBlueprintFolders(app: Flask, env: TemplateEnvironment): void {
  const done = synced.get(env) ?? new Set<string>();
  synced.set(env, done);
  for (const folder of templateFolders(app)) {
    if (done.has(folder)) continue;
    done.add(folder);
    env.addSearchPath(folder);
  }
}

function appOrThrow(): Flask {
  const ctx = currentContext();
  if (!ctx) throw new RuntimeError(NO_APP_MESSAGE);
  return ctx.app;
}

/**
 * Add `g`, `request`, `session` and the context processors' values to a template context;
 * values passed explicitly win.
 * @example
 * const context = updateTemplateContext(app, { name: "ana" });
 * @see flask/app.py Flask.update_template_context
 */
export function updateTemplateContext(
  app: Flask,
  context: Record<string, unknown>,
): Record<string, unknown> {
  const ctx = currentContext();
  const out: Record<string, unknown> = {};
  if (ctx) {
    out.g = g;
    if (ctx.hasRequest) {
      out.request = request;
      if (ctx.hasSession) out.session = session;
    }
  }
  const names: (string | null)[] = [
    null,
    ...(ctx?.hasRequest ? [...ctx.request.blueprints].reverse() : []),
  ];
  for (const name of names) {
    for (const fn of app.templateContextProcessors.get(name) ?? []) {
      const values = fn();
      if (values instanceof Promise) {
        throw new TypeError(
          `The context processor '${fn.name}' returned a Promise; context processors must be synchronous.`,
        );
      }
      Object.assign(out, values);
    }
  }
  return Object.assign(out, context);
}

/**
 * Render a template from the templates folder with the given context.
 * @example
 * app.get("/", function index() { return renderTemplate("index.html", { name: "ana" }); });
 * @see flask/templating.py render_template
 */
export function renderTemplate(
  nameOrList: string | string[],
  context: Record<string, unknown> = {},
): string {
  const app = appOrThrow();
  const env = app.jinjaEnv;
  syncBlueprintFolders(app, env);
  const names = Array.isArray(nameOrList) ? nameOrList : [nameOrList];
  const full = updateTemplateContext(app, context);
  let lastError: unknown = null;
  for (const name of names) {
    try {
      return env.render(name, full);
    } catch (error) {
      if ((error as Error)?.name !== "TemplateNotFound" || names.length === 1) throw error;
      lastError = error;
    }
  }
  throw lastError;
}

/**
 * Render a template given as a string (autoescaped like an .html template).
 * @example
 * renderTemplateString("Hello {{ name }}!", { name: "<ana>" }); // "Hello &lt;ana&gt;!"
 * @see flask/templating.py render_template_string
 */
export function renderTemplateString(
  source: string,
  context: Record<string, unknown> = {},
): string {
  const app = appOrThrow();
  const env = app.jinjaEnv;
  syncBlueprintFolders(app, env);
  return env.renderString(source, updateTemplateContext(app, context));
}

/**
 * Render a template as a stream of text chunks (one chunk: nunjucks renders whole templates).
 * @example
 * return streamTemplate("big.html", { rows });
 * @see flask/templating.py stream_template
 */
export async function* streamTemplate(
  name: string,
  context: Record<string, unknown> = {},
): AsyncGenerator<string> {
  yield renderTemplate(name, context);
}
