import { selectAutoescape } from "./autoescape.ts";
import type { CompiledInfo } from "./compile.ts";
import { compileTemplate } from "./compile.ts";
import { TemplateNotFound } from "./errors.ts";
import { jinjaFilters } from "./filters.ts";
import { jinjaGlobals } from "./globals.ts";
import { callWithKeywords } from "./keywords.ts";
import type { FileSource, FoundSource } from "./loader.ts";
import { SearchPathLoader } from "./loader.ts";
import { isSafe } from "./markup.ts";
import type {
  CompiledProps,
  NunjucksEnvironment,
  NunjucksLoader,
  NunjucksTemplate,
} from "./nunjucks.ts";
import { nunjucks } from "./nunjucks.ts";
import { renderError } from "./render-error.ts";
import { installJinjaRuntime } from "./runtime-patches.ts";
import { jinjaTests } from "./tests.ts";

/** Any function a template may call: a filter, a test or a global. */
export type TemplateCallable = (...args: never[]) => unknown;

/** The values a template sees, by name. */
export type TemplateContext = Record<string, unknown>;

/** Options for {@link createTemplateEnvironment}. */
export interface TemplateEnvironmentOptions {
  /** The app's files; template paths are relative to the app's root. */
  files: FileSource;
  /** The app's template folder, searched first. Default `templates`. */
  templateFolder?: string;
  /** Values every template sees (Flask's `jinja_env.globals`). */
  globals?: Record<string, unknown>;
  /** Extra filters (Flask's `app.template_filter`). */
  filters?: Record<string, TemplateCallable>;
  /** Extra tests (Flask's `app.template_test`). */
  tests?: Record<string, TemplateCallable>;
  /** Re-read a template when its file changed (Flask's `TEMPLATES_AUTO_RELOAD`). Default false. */
  autoReload?: boolean;
}

interface Loaded {
  found: FoundSource;
  props: CompiledProps;
  info: CompiledInfo;
}

/**
 * A loaded template: render it with a context.
 * @example env.getTemplate("index.html").render({ title: "Hi" })
 * @see jinja2/environment.py Template
 */
export class Template {
  #template: NunjucksTemplate;
  #info: CompiledInfo;

  constructor(template: NunjucksTemplate, info: CompiledInfo) {
    this.#template = template;
    this.#info = info;
  }

  /** The name it was loaded by, e.g. `index.html` (undefined for a string template). */
  get name(): string | undefined {
    return this.#info.templateName;
  }

  /** The file it came from, relative to the app's root. */
  get filename(): string | undefined {
    return this.#info.filename;
  }

  /** Whether `{{ … }}` output is escaped in this template. */
  get autoescape(): boolean {
    return this.#info.autoescape;
  }

  /**
   * Render with the given context.
   * @example template.render({ user: "Ada" }) // "<h1>Hello Ada</h1>"
   * @see jinja2/environment.py Template.render
   */
  render(context: TemplateContext = {}): string {
    try {
      return this.#template.render(context);
    } catch (error) {
      throw renderError(error, this.#info);
    }
  }
}

/**
 * Flask's Jinja environment, built on nunjucks: loads templates from search folders, autoescapes
 * by extension, and carries Jinja's filters, tests and globals.
 * @example createTemplateEnvironment({ files }).render("index.html", { name: "Ada" })
 * @see flask/templating.py Environment
 */
export class TemplateEnvironment {
  #env: NunjucksEnvironment;
  #loader: SearchPathLoader;
  #cache = new Map<string, Loaded>();
  autoReload: boolean;

  constructor(options: TemplateEnvironmentOptions) {
    installJinjaRuntime();
    this.#loader = new SearchPathLoader(options.files, [options.templateFolder ?? "templates"]);
    this.autoReload = options.autoReload ?? false;
    const loader: NunjucksLoader = {
      cache: {},
      getSource: (name) => {
        let loaded: Loaded | null;
        try {
          loaded = this.#load(name);
        } catch (error) {
          if (error instanceof TemplateNotFound) return null;
          throw error;
        }
        return loaded && { src: { type: "code", obj: loaded.props }, path: name, noCache: true };
      },
    };
    this.#env = new nunjucks.Environment([loader], {
      autoescape: true,
      dev: true,
      throwOnUndefined: false,
      trimBlocks: false,
      lstripBlocks: false,
    });
    this.#guardMissing();
    for (const [name, fn] of Object.entries(jinjaFilters())) this.#env.addFilter(name, fn);
    for (const [name, fn] of Object.entries(jinjaTests())) this.#env.addTest(name, fn);
    Object.assign(this.#env.globals, jinjaGlobals(), options.globals);
    for (const [name, fn] of Object.entries(options.filters ?? {})) this.addFilter(name, fn);
    for (const [name, fn] of Object.entries(options.tests ?? {})) this.addTest(name, fn);
  }

  /** The values every template sees; assign to replace them all. */
  get globals(): Record<string, unknown> {
    return this.#env.globals;
  }

  set globals(values: Record<string, unknown>) {
    for (const key of Object.keys(this.#env.globals)) delete this.#env.globals[key];
    Object.assign(this.#env.globals, values);
  }

  /** The folders searched for templates, in order. */
  get searchPath(): readonly string[] {
    return this.#loader.searchPath;
  }

  /**
   * Search one more folder for templates, after the app's own (a blueprint's `template_folder`).
   * @example env.addSearchPath("admin/templates")
   * @see flask/templating.py DispatchingJinjaLoader._iter_loaders
   */
  addSearchPath(folder: string): void {
    this.#loader.addSearchPath(folder);
  }

  /**
   * Register a filter. Keyword arguments arrive as one trailing plain object.
   * @example env.addFilter("reverse_words", (s: string) => s.split(" ").reverse().join(" "))
   * @see flask/sansio/app.py App.add_template_filter
   */
  addFilter(name: string, fn: TemplateCallable): void {
    this.#env.addFilter(name, function (this: unknown, ...args: unknown[]) {
      return callWithKeywords(fn, args, this);
    });
  }

  /**
   * Register a test for `{% if x is name %}`.
   * @example env.addTest("prime", (n: number) => isPrime(n))
   * @see flask/sansio/app.py App.add_template_test
   */
  addTest(name: string, fn: TemplateCallable): void {
    this.#env.addTest(name, function (this: unknown, ...args: unknown[]) {
      return callWithKeywords(fn, args, this);
    });
  }

  /**
   * Make a value visible in every template.
   * @example env.addGlobal("site_name", "Kolba")
   * @see flask/sansio/app.py App.add_template_global
   */
  addGlobal(name: string, value: unknown): void {
    this.#env.globals[name] = value;
  }

  /**
   * Load a template by name from the search folders.
   * @example env.getTemplate("index.html").filename // "templates/index.html"
   * @see jinja2/environment.py Environment.get_template
   */
  getTemplate(name: string): Template {
    const loaded = this.#load(name);
    if (!loaded) throw new TemplateNotFound(name);
    return new Template(
      new nunjucks.Template({ type: "code", obj: loaded.props }, this.#env, name),
      loaded.info,
    );
  }

  /**
   * Compile a template from a string; it autoescapes, as `render_template_string` does.
   * @example env.fromString("Hi {{ name }}").render({ name: "<Ada>" }) // "Hi &lt;Ada&gt;"
   * @see jinja2/environment.py Environment.from_string
   */
  fromString(source: string): Template {
    const info: CompiledInfo = {
      templateName: undefined,
      filename: undefined,
      autoescape: selectAutoescape(undefined),
    };
    const props = compileTemplate(this.#env, source, info);
    return new Template(
      new nunjucks.Template({ type: "code", obj: props }, this.#env, "<template>"),
      info,
    );
  }

  /**
   * Render a template by name.
   * @example env.render("hello.html", { name: "Ada" })
   * @see flask/templating.py render_template
   */
  render(name: string, context: TemplateContext = {}): string {
    return this.getTemplate(name).render(context);
  }

  /**
   * Render a template given as a string.
   * @example env.renderString("{{ 1 + 1 }}", {}) // "2"
   * @see flask/templating.py render_template_string
   */
  renderString(source: string, context: TemplateContext = {}): string {
    return this.fromString(source).render(context);
  }

  /** Forget every compiled template, so the next render reads the files again. */
  clearCache(): void {
    this.#cache.clear();
  }

  #load(name: string): Loaded | null {
    const cached = this.#cache.get(name);
    if (cached && (!this.autoReload || cached.found.isCurrent())) return cached;
    const found = this.#loader.find(name);
    if (!found) {
      this.#cache.delete(name);
      return null;
    }
    const info: CompiledInfo = {
      templateName: name,
      filename: found.filename,
      autoescape: selectAutoescape(name),
    };
    const loaded = { found, info, props: compileTemplate(this.#env, found.source, info) };
    this.#cache.set(name, loaded);
    return loaded;
  }

  // nunjucks reports a missing template with a generic Error; Jinja raises TemplateNotFound
  // naming it, for `{% extends %}` and `{% include %}` (without `ignore missing`) too.
  #guardMissing(): void {
    const env = this.#env;
    const getTemplate = env.getTemplate;
    env.getTemplate = (...args: unknown[]) => {
      let [name, eagerCompile, parentName, ignoreMissing, cb] = args;
      if (typeof parentName === "function") [cb, parentName] = [parentName, null];
      if (typeof eagerCompile === "function") [cb, eagerCompile] = [eagerCompile, false];
      if (isSafe(name)) name = String(name);
      if (typeof name === "string" && !ignoreMissing) {
        let failure: unknown = null;
        try {
          if (!this.#load(name)) failure = new TemplateNotFound(name);
        } catch (error) {
          failure = error;
        }
        if (failure) {
          if (typeof cb !== "function") throw failure;
          cb(failure);
          return undefined;
        }
      }
      return getTemplate.call(env, name, eagerCompile, parentName, ignoreMissing, cb);
    };
  }
}

/**
 * Create the template environment of an app, set up like Flask's Jinja environment.
 * @example const env = createTemplateEnvironment({ files, templateFolder: "templates" })
 * @see flask/sansio/app.py App.create_jinja_environment
 */
export function createTemplateEnvironment(
  options: TemplateEnvironmentOptions,
): TemplateEnvironment {
  return new TemplateEnvironment(options);
}
