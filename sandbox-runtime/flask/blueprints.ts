/**
 * Blueprints: groups of routes and hooks registered on an app under a name and URL prefix.
 * @see flask/sansio/blueprints.py Blueprint, BlueprintSetupState
 */
import type { Flask } from "./app.ts";
import { AssertionError } from "./app.ts";
import {
  type AfterRequestFunction,
  type BeforeRequestFunction,
  type ContextProcessor,
  type ErrorClass,
  type ErrorHandler,
  endpointFromView,
  folderPath,
  type RouteOptions,
  rootFromImport,
  Scaffold,
  type ScopedRegistry,
  type TeardownRequestFunction,
  type UrlDefaultFunction,
  type UrlValuePreprocessor,
  type View,
  type ViewArgs,
} from "./scaffold.ts";

/** Options for `new Blueprint(name, importName, options)`. */
export interface BlueprintInit {
  staticFolder?: string | null;
  staticUrlPath?: string | null;
  templateFolder?: string | null;
  urlPrefix?: string | null;
  subdomain?: string | null;
  urlDefaults?: Record<string, unknown> | null;
  rootPath?: string;
}

/** Options for `app.registerBlueprint(bp, options)`. */
export interface BlueprintOptions {
  urlPrefix?: string | null;
  subdomain?: string | null;
  urlDefaults?: Record<string, unknown> | null;
  /** Register under another name (to register one blueprint twice). */
  name?: string;
  /** Set internally for nested blueprints. */
  namePrefix?: string;
}

type Deferred = (state: BlueprintSetupState) => void;

/**
 * What a blueprint's deferred registrations see while it is registered on an app.
 * @example
 * bp.record((state) => state.app.config.get("DEBUG"));
 * @see flask/sansio/blueprints.py BlueprintSetupState
 */
export class BlueprintSetupState {
  readonly app: Flask;
  readonly blueprint: Blueprint;
  readonly options: BlueprintOptions;
  readonly firstRegistration: boolean;
  readonly subdomain: string | null;
  readonly urlPrefix: string | null;
  readonly name: string;
  readonly namePrefix: string;
  readonly urlDefaults: Record<string, unknown>;

  constructor(
    blueprint: Blueprint,
    app: Flask,
    options: BlueprintOptions,
    firstRegistration: boolean,
  ) {
    this.app = app;
    this.blueprint = blueprint;
    this.options = options;
    this.firstRegistration = firstRegistration;
    this.subdomain = options.subdomain !== undefined ? options.subdomain : blueprint.subdomain;
    this.urlPrefix = options.urlPrefix !== undefined ? options.urlPrefix : blueprint.urlPrefix;
    this.name = options.name ?? blueprint.name;
    this.namePrefix = options.namePrefix ?? "";
    this.urlDefaults = { ...blueprint.urlValuesDefaults, ...(options.urlDefaults ?? {}) };
  }

  /** Add a rule to the app with the blueprint's prefix, subdomain, name and defaults. */
  addUrlRule(
    rule: string,
    endpoint?: string | null,
    view?: View | null,
    options: RouteOptions = {},
  ): void {
    let full = rule;
    if (this.urlPrefix !== null && this.urlPrefix !== undefined) {
      full = rule
        ? [this.urlPrefix.replace(/\/+$/, ""), rule.replace(/^\/+/, "")].join("/")
        : this.urlPrefix;
    }
    const opts: RouteOptions = { ...options };
    if (opts.subdomain === undefined && this.subdomain !== null) opts.subdomain = this.subdomain;
    const name = endpoint ?? endpointFromView(view, rule);
    const defaults = { ...this.urlDefaults, ...(options.defaults ?? {}) };
    opts.defaults = Object.keys(defaults).length > 0 ? defaults : undefined;
    if (opts.defaults === undefined) delete opts.defaults;
    this.app.addUrlRule(
      full,
      `${this.namePrefix}.${this.name}.${name}`.replace(/^\.+/, ""),
      view ?? null,
      opts,
    );
  }
}

/**
 * A set of routes and hooks to register on an app, like a mini app.
 * @example
 * const admin = new Blueprint("admin", "admin", { urlPrefix: "/admin" });
 * admin.get("/", function index() { return "Admin"; });
 * app.registerBlueprint(admin);
 * @see flask/sansio/blueprints.py Blueprint
 */
export class Blueprint extends Scaffold {
  urlPrefix: string | null;
  subdomain: string | null;
  urlValuesDefaults: Record<string, unknown>;
  readonly deferredFunctions: Deferred[] = [];
  readonly nested: [Blueprint, BlueprintOptions][] = [];
  #registeredOnce = false;

  constructor(name: string, importName: string, options: BlueprintInit = {}) {
    if (!name) throw new Error("'name' may not be empty.");
    if (name.includes(".")) throw new Error("'name' may not contain a dot '.' character.");
    super(importName, {
      name,
      rootPath: options.rootPath ?? rootFromImport(importName),
      staticFolder: options.staticFolder ?? null,
      staticUrlPath: options.staticUrlPath ?? null,
      templateFolder: options.templateFolder ?? null,
    });
    this.urlPrefix = options.urlPrefix ?? null;
    this.subdomain = options.subdomain ?? null;
    this.urlValuesDefaults = options.urlDefaults ?? {};
  }

  protected checkSetupFinished(method: string): void {
    if (this.#registeredOnce) {
      throw new AssertionError(
        `The setup method '${method}' can no longer be called on the blueprint '${this.name}'. It has already been` +
          " registered at least once, any changes will not be applied consistently.\nMake sure all imports," +
          " decorators, functions, etc. needed to set up the blueprint are done before registering it.",
      );
    }
  }

  /** Run `fn` with the setup state each time the blueprint is registered. */
  record(fn: Deferred): void {
    this.checkSetupFinished("record");
    this.deferredFunctions.push(fn);
  }

  /** Run `fn` only the first time the blueprint is registered. */
  recordOnce(fn: Deferred): void {
    this.record((state) => {
      if (state.firstRegistration) fn(state);
    });
  }

  /**
   * Nest another blueprint inside this one.
   * @example
   * parent.registerBlueprint(child, { urlPrefix: "/child" });
   * @see flask/sansio/blueprints.py Blueprint.register_blueprint
   */
  registerBlueprint(blueprint: Blueprint, options: BlueprintOptions = {}): void {
    if (blueprint === this) throw new Error("Cannot register a blueprint on itself");
    this.checkSetupFinished("registerBlueprint");
    this.nested.push([blueprint, options]);
  }

  /**
   * Register a rule on the app when the blueprint is registered.
   * @see flask/sansio/blueprints.py Blueprint.add_url_rule
   */
  addUrlRule(
    rule: string,
    endpoint?: string | null,
    view?: View | null,
    options: RouteOptions = {},
  ): void {
    if (endpoint?.includes(".")) throw new Error("'endpoint' may not contain a dot '.' character.");
    if (view?.name.includes("."))
      throw new Error("'view' name may not contain a dot '.' character.");
    this.record((state) => state.addUrlRule(rule, endpoint, view, options));
  }

  /**
   * Register the blueprint on an app (called by `app.registerBlueprint`).
   * @see flask/sansio/blueprints.py Blueprint.register
   */
  register(app: Flask, options: BlueprintOptions): void {
    const namePrefix = options.namePrefix ?? "";
    const selfName = options.name ?? this.name;
    const name = `${namePrefix}.${selfName}`.replace(/^\.+/, "");
    if (name in app.blueprints) {
      const desc = app.blueprints[name] === this ? "this" : "a different";
      const existing = selfName !== name ? ` '${name}'` : "";
      throw new Error(
        `The name '${selfName}' is already registered for ${desc} blueprint${existing}. Use the 'name' option to provide a unique name.`,
      );
    }
    const firstBp = !Object.values(app.blueprints).includes(this);
    const firstName = !(name in app.blueprints);
    app.blueprints[name] = this;
    this.#registeredOnce = true;
    const state = new BlueprintSetupState(this, app, options, firstBp);
    if (this.hasStaticFolder) {
      const self = this;
      state.addUrlRule(
        `${this.staticUrlPath}/<path:filename>`,
        "static",
        function static_(values: ViewArgs) {
          return self.sendStaticFile(app, String(values.filename));
        },
      );
    }
    if (firstBp || firstName) {
      const extend = <T>(from: ScopedRegistry<T>, to: ScopedRegistry<T>): void => {
        for (const [key, values] of from) {
          const target = key === null ? name : `${name}.${key}`;
          to.set(target, [...(to.get(target) ?? []), ...values]);
        }
      };
      for (const [key, byCode] of this.errorHandlerSpec) {
        const target = key === null ? name : `${name}.${key}`;
        app.errorHandlerSpec.set(
          target,
          new Map([...byCode].map(([code, byClass]) => [code, new Map(byClass)])),
        );
      }
      for (const [endpoint, fn] of this.viewFunctions) app.viewFunctions.set(endpoint, fn);
      extend(this.beforeRequestFuncs, app.beforeRequestFuncs);
      extend(this.afterRequestFuncs, app.afterRequestFuncs);
      extend(this.teardownRequestFuncs, app.teardownRequestFuncs);
      extend(this.urlDefaultFunctions, app.urlDefaultFunctions);
      extend(this.urlValuePreprocessors, app.urlValuePreprocessors);
      extend(this.templateContextProcessors, app.templateContextProcessors);
    }
    for (const deferred of this.deferredFunctions) deferred(state);
    for (const [child, childOptions] of this.nested) {
      const opts: BlueprintOptions = { ...childOptions };
      const childPrefix =
        opts.urlPrefix !== undefined && opts.urlPrefix !== null ? opts.urlPrefix : child.urlPrefix;
      if (state.urlPrefix !== null && childPrefix !== null) {
        opts.urlPrefix = `${state.urlPrefix.replace(/\/+$/, "")}/${childPrefix.replace(/^\/+/, "")}`;
      } else if (childPrefix !== null) {
        opts.urlPrefix = childPrefix;
      } else if (state.urlPrefix !== null) {
        opts.urlPrefix = state.urlPrefix;
      }
      opts.namePrefix = name;
      child.register(app, opts);
    }
  }

  /** Send a file from this blueprint's static folder. */
  async sendStaticFile(app: Flask, filename: string) {
    const { serveStaticFile } = await import("./static-files.ts");
    const folder = folderPath(this.rootPath, this.staticFolder as string, app.rootPath);
    return serveStaticFile(app, folder, filename);
  }

  #appHook<T, F extends T>(method: string, pick: (app: Flask) => ScopedRegistry<T>, fn: F): F {
    this.recordOnce((state) => {
      const registry = pick(state.app);
      registry.set(null, [...(registry.get(null) ?? []), fn]);
    });
    void method;
    return fn;
  }

  /** Like `app.beforeRequest`, for every request of the app. */
  beforeAppRequest<F extends BeforeRequestFunction>(fn: F): F {
    return this.#appHook("before_app_request", (a) => a.beforeRequestFuncs, fn);
  }

  /** Like `app.afterRequest`, for every request of the app. */
  afterAppRequest<F extends AfterRequestFunction>(fn: F): F {
    return this.#appHook("after_app_request", (a) => a.afterRequestFuncs, fn);
  }

  /** Like `app.teardownRequest`, for every request of the app. */
  teardownAppRequest<F extends TeardownRequestFunction>(fn: F): F {
    return this.#appHook("teardown_app_request", (a) => a.teardownRequestFuncs, fn);
  }

  /** Like `app.contextProcessor`, for every template of the app. */
  appContextProcessor<F extends ContextProcessor>(fn: F): F {
    return this.#appHook("app_context_processor", (a) => a.templateContextProcessors, fn);
  }

  /** Like `app.urlValuePreprocessor`, for every request of the app. */
  appUrlValuePreprocessor<F extends UrlValuePreprocessor>(fn: F): F {
    return this.#appHook("app_url_value_preprocessor", (a) => a.urlValuePreprocessors, fn);
  }

  /** Like `app.urlDefaults`, for every URL the app builds. */
  appUrlDefaults<F extends UrlDefaultFunction>(fn: F): F {
    return this.#appHook("app_url_defaults", (a) => a.urlDefaultFunctions, fn);
  }

  /**
   * Like `app.errorHandler`, for errors anywhere in the app.
   * @example
   * bp.appErrorHandler(404, function notFound() { return ["Nope", 404]; });
   * @see flask/sansio/blueprints.py Blueprint.app_errorhandler
   */
  appErrorHandler<F extends ErrorHandler>(codeOrClass: number | ErrorClass, fn: F): F {
    this.recordOnce((state) => state.app.registerErrorHandler(codeOrClass, fn));
    return fn;
  }

  /** Register a template filter on the app. */
  appTemplateFilter<F extends (...args: never[]) => unknown>(nameOrFn: string | F, fn?: F): F {
    const [name, f] =
      typeof nameOrFn === "string" ? [nameOrFn, fn as F] : [nameOrFn.name, nameOrFn];
    this.recordOnce((state) => state.app.addTemplateFilter(f, name));
    return f;
  }

  /** Register a template global on the app. */
  appTemplateGlobal<F extends (...args: never[]) => unknown>(nameOrFn: string | F, fn?: F): F {
    const [name, f] =
      typeof nameOrFn === "string" ? [nameOrFn, fn as F] : [nameOrFn.name, nameOrFn];
    this.recordOnce((state) => state.app.addTemplateGlobal(f, name));
    return f;
  }

  /** Register a template test on the app. */
  appTemplateTest<F extends (...args: never[]) => unknown>(nameOrFn: string | F, fn?: F): F {
    const [name, f] =
      typeof nameOrFn === "string" ? [nameOrFn, fn as F] : [nameOrFn.name, nameOrFn];
    this.recordOnce((state) => state.app.addTemplateTest(f, name));
    return f;
  }

  override toString(): string {
    return `<Blueprint '${this.name}'>`;
  }
}
