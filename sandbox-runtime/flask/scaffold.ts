/**
 * What Flask and Blueprint share: routes, hooks and error handlers.
 * @see flask/sansio/scaffold.py Scaffold
 */
import { HTTPException, defaultExceptions } from "./exceptions.ts";

/** URL values arrive as one object. */
export type ViewArgs = Record<string, any>;

/** A view function: sync or async, given the URL values (typed as the view likes). */
export type View = (values: any) => unknown;

/** Options for `route` and `addUrlRule`, as Werkzeug's Rule takes them. */
export interface RouteOptions {
  methods?: readonly string[];
  endpoint?: string;
  defaults?: Record<string, unknown>;
  strictSlashes?: boolean;
  mergeSlashes?: boolean;
  redirectTo?: string;
  host?: string;
  subdomain?: string;
  /** Answer OPTIONS automatically (default true, Flask's PROVIDE_AUTOMATIC_OPTIONS). */
  provideAutomaticOptions?: boolean;
}

/** A class of errors a handler can be registered for. */
export type ErrorClass = abstract new (...args: any[]) => Error;

/** An error handler: gets the error, returns a response value. */
export type ErrorHandler = (error: any) => unknown;

export type BeforeRequestFunction = () => unknown;
export type AfterRequestFunction = (response: any) => unknown;
export type TeardownRequestFunction = (error: unknown) => unknown;
export type ContextProcessor = () => Record<string, unknown> | Promise<Record<string, unknown>>;
export type UrlValuePreprocessor = (endpoint: string | null, values: ViewArgs | null) => unknown;
export type UrlDefaultFunction = (endpoint: string, values: ViewArgs) => unknown;

/** Registries keyed by blueprint name; `null` is the app itself. */
export type ScopedRegistry<T> = Map<string | null, T[]>;

const METHODS_ERROR = "Use 'route' to pass the 'methods' option.";

/**
 * The default endpoint of a view: its function name.
 * @example
 * endpointFromView(function index() {}); // "index"
 * @see flask/sansio/scaffold.py _endpoint_from_view_func
 */
export function endpointFromView(view: View | undefined | null, rule = ""): string {
  if (typeof view !== "function")
    throw new Error("expected a view function if endpoint is not provided.");
  const name = view.name.replace(/^bound /, "");
  if (!name) {
    throw new TypeError(
      `The view function for '${rule}' has no name, so it has no endpoint. Give it a name` +
        ` (function index() { ... }) or pass { endpoint: "index" }.`,
    );
  }
  return name;
}

/**
 * The class and status code a handler is registered for.
 * @example
 * getExcClassAndCode(404); // [NotFound, 404]
 * @see flask/sansio/scaffold.py Scaffold._get_exc_class_and_code
 */
export function getExcClassAndCode(key: number | ErrorClass | Error): [ErrorClass, number | null] {
  let cls: unknown = key;
  if (typeof key === "number") {
    cls = defaultExceptions.get(key);
    if (!cls) {
      throw new Error(
        `'${key}' is not a recognized HTTP error code. Use a subclass of HTTPException with that code instead.`,
      );
    }
  }
  if (cls instanceof Error) {
    throw new TypeError(
      `${cls.constructor.name}() is an instance, not a class. Handlers can only be registered for Error classes or HTTP error codes.`,
    );
  }
  if (typeof cls !== "function" || !(cls === Error || cls.prototype instanceof Error)) {
    const name = typeof cls === "function" ? cls.name : String(cls);
    throw new Error(
      `'${name}' is not a subclass of Error. Handlers can only be registered for Error classes or HTTP error codes.`,
    );
  }
  const isHttp = cls === HTTPException || cls.prototype instanceof HTTPException;
  return [
    cls as ErrorClass,
    isHttp ? ((cls as unknown as { code: number | null }).code ?? null) : null,
  ];
}

/**
 * The folder a module lives in, from its import name (`import.meta.url` or a path); "" otherwise.
 * @example
 * rootFromImport("file:///srv/cell/app.ts"); // "/srv/cell"
 * @see flask/helpers.py get_root_path
 */
export function rootFromImport(importName: string): string {
  if (importName.startsWith("file:")) {
    const path = decodeURIComponent(new URL(importName).pathname);
    return path.slice(0, path.lastIndexOf("/")) || "/";
  }
  if (importName.includes("/") && /\.(m|c)?[jt]sx?$/.test(importName)) {
    return importName.slice(0, importName.lastIndexOf("/")) || "/";
  }
  return "";
}

/**
 * A scaffold's folder as a path the app's file source reads: relative to the app's root when
 * it lies inside it.
 * @example
 * folderPath("/srv/cell/admin", "static", "/srv/cell"); // "admin/static"
 * @see flask/sansio/scaffold.py Scaffold.static_folder
 */
export function folderPath(root: string, folder: string, appRoot: string): string {
  if (folder.startsWith("/")) return folder;
  if (!root || root === appRoot) return folder;
  if (appRoot && root.startsWith(`${appRoot}/`))
    return `${root.slice(appRoot.length + 1)}/${folder}`;
  return `${root}/${folder}`;
}

type RouteArgs = [View] | [RouteOptions, View] | [RouteOptions] | [];

/**
 * The shared half of Flask and Blueprint: view registration and request hooks.
 * @example
 * app.route("/", function index() { return "Hello"; });
 * @see flask/sansio/scaffold.py Scaffold
 */
export abstract class Scaffold {
  readonly name: string;
  readonly importName: string;
  rootPath: string;
  templateFolder: string | null;
  #staticFolder: string | null;
  #staticUrlPath: string | null;

  readonly viewFunctions = new Map<string, View>();
  readonly errorHandlerSpec = new Map<
    string | null,
    Map<number | null, Map<ErrorClass, ErrorHandler>>
  >();
  readonly beforeRequestFuncs: ScopedRegistry<BeforeRequestFunction> = new Map();
  readonly afterRequestFuncs: ScopedRegistry<AfterRequestFunction> = new Map();
  readonly teardownRequestFuncs: ScopedRegistry<TeardownRequestFunction> = new Map();
  readonly templateContextProcessors: ScopedRegistry<ContextProcessor> = new Map();
  readonly urlValuePreprocessors: ScopedRegistry<UrlValuePreprocessor> = new Map();
  readonly urlDefaultFunctions: ScopedRegistry<UrlDefaultFunction> = new Map();

  constructor(
    importName: string,
    options: {
      name: string;
      rootPath: string;
      staticFolder: string | null;
      staticUrlPath: string | null;
      templateFolder: string | null;
    },
  ) {
    this.importName = importName;
    this.name = options.name;
    this.rootPath = options.rootPath;
    this.#staticFolder = options.staticFolder;
    this.#staticUrlPath = options.staticUrlPath;
    this.templateFolder = options.templateFolder;
  }

  /** Raise when setup happens too late (after the first request / registration). */
  protected abstract checkSetupFinished(method: string): void;

  /** Register a rule; Flask and Blueprint each implement it. */
  abstract addUrlRule(
    rule: string,
    endpoint?: string | null,
    view?: View | null,
    options?: RouteOptions,
  ): void;

  /** The static folder, relative to the root path, or null. */
  get staticFolder(): string | null {
    return this.#staticFolder;
  }

  set staticFolder(value: string | null) {
    this.#staticFolder = value === null ? null : value.replace(/\/+$/, "");
  }

  get hasStaticFolder(): boolean {
    return this.#staticFolder !== null;
  }

  /** The URL prefix of static files: given, or `/` + the folder's base name. */
  get staticUrlPath(): string | null {
    if (this.#staticUrlPath !== null) return this.#staticUrlPath;
    if (this.#staticFolder !== null) {
      const base = this.#staticFolder.split("/").filter(Boolean).pop() ?? "";
      return `/${base}`.replace(/\/+$/, "");
    }
    return null;
  }

  set staticUrlPath(value: string | null) {
    this.#staticUrlPath = value === null ? null : value.replace(/\/+$/, "");
  }

  /**
   * Register a view for a URL rule: `route(rule, view)` or `route(rule, options, view)`.
   * Without a view it returns a function that registers one.
   * @example
   * app.route("/user/<int:id>", function profile({ id }) { return `User ${id}`; });
   * @see flask/sansio/scaffold.py Scaffold.route
   */
  route<V extends View>(rule: string, view: V): V;
  route<V extends View>(rule: string, options: RouteOptions, view: V): V;
  route(rule: string, options?: RouteOptions): <V extends View>(view: V) => V;
  route(rule: string, ...rest: unknown[]): unknown {
    this.checkSetupFinished("route");
    const [options, view] = splitRouteArgs(rest as RouteArgs);
    const register = <V extends View>(fn: V): V => {
      const { endpoint, ...rest } = options;
      this.addUrlRule(rule, endpoint ?? null, fn, rest);
      return fn;
    };
    return view ? register(view) : register;
  }

  #methodRoute(method: string, rule: string, args: RouteArgs): unknown {
    this.checkSetupFinished(method.toLowerCase());
    const [options] = splitRouteArgs(args);
    if (options.methods !== undefined) throw new TypeError(METHODS_ERROR);
    return (this.route as (r: string, ...a: RouteArgs) => unknown)(
      rule,
      ...(withMethods(args, method) as RouteArgs),
    );
  }

  /**
   * `route` with `methods: ["GET"]`.
   * @example
   * app.get("/", function index() { return "Hi"; });
   * @see flask/sansio/scaffold.py Scaffold.get
   */
  get<V extends View>(rule: string, view: V): V;
  get<V extends View>(rule: string, options: RouteOptions, view: V): V;
  get(rule: string, ...args: RouteArgs): unknown {
    return this.#methodRoute("GET", rule, args);
  }

  /** `route` with `methods: ["POST"]`. */
  post<V extends View>(rule: string, view: V): V;
  post<V extends View>(rule: string, options: RouteOptions, view: V): V;
  post(rule: string, ...args: RouteArgs): unknown {
    return this.#methodRoute("POST", rule, args);
  }

  /** `route` with `methods: ["PUT"]`. */
  put<V extends View>(rule: string, view: V): V;
  put<V extends View>(rule: string, options: RouteOptions, view: V): V;
  put(rule: string, ...args: RouteArgs): unknown {
    return this.#methodRoute("PUT", rule, args);
  }

  /** `route` with `methods: ["DELETE"]`. */
  delete<V extends View>(rule: string, view: V): V;
  delete<V extends View>(rule: string, options: RouteOptions, view: V): V;
  delete(rule: string, ...args: RouteArgs): unknown {
    return this.#methodRoute("DELETE", rule, args);
  }

  /** `route` with `methods: ["PATCH"]`. */
  patch<V extends View>(rule: string, view: V): V;
  patch<V extends View>(rule: string, options: RouteOptions, view: V): V;
  patch(rule: string, ...args: RouteArgs): unknown {
    return this.#methodRoute("PATCH", rule, args);
  }

  /**
   * Register a view for an endpoint that a rule added without a view points to.
   * @example
   * app.addUrlRule("/", "index"); app.endpoint("index", function index() { return "Hi"; });
   * @see flask/sansio/scaffold.py Scaffold.endpoint
   */
  endpoint<V extends View>(endpoint: string, view: V): V {
    this.checkSetupFinished("endpoint");
    this.viewFunctions.set(endpoint, view);
    return view;
  }

  #register<T, F extends T>(registry: ScopedRegistry<T>, method: string, fn: F): F {
    this.checkSetupFinished(method);
    const list = registry.get(null);
    if (list) list.push(fn);
    else registry.set(null, [fn]);
    return fn;
  }

  /**
   * Run `fn` before each request; a value it returns ends the request as the response.
   * @example
   * app.beforeRequest(function loadUser() { g.user = session.get("user"); });
   * @see flask/sansio/scaffold.py Scaffold.before_request
   */
  beforeRequest<F extends BeforeRequestFunction>(fn: F): F {
    return this.#register(this.beforeRequestFuncs, "beforeRequest", fn);
  }

  /**
   * Run `fn(response)` after each request; it returns the response to send.
   * @example
   * app.afterRequest(function addHeader(res) { res.headers.set("X-Frame-Options", "DENY"); return res; });
   * @see flask/sansio/scaffold.py Scaffold.after_request
   */
  afterRequest<F extends AfterRequestFunction>(fn: F): F {
    return this.#register(this.afterRequestFuncs, "afterRequest", fn);
  }

  /**
   * Run `fn(error)` when the request context ends, even after an error.
   * @example
   * app.teardownRequest(function close(error) { db.close(); });
   * @see flask/sansio/scaffold.py Scaffold.teardown_request
   */
  teardownRequest<F extends TeardownRequestFunction>(fn: F): F {
    return this.#register(this.teardownRequestFuncs, "teardownRequest", fn);
  }

  /**
   * Add variables to every template's context.
   * @example
   * app.contextProcessor(function site() { return { siteName: "Kolba" }; });
   * @see flask/sansio/scaffold.py Scaffold.context_processor
   */
  contextProcessor<F extends ContextProcessor>(fn: F): F {
    return this.#register(this.templateContextProcessors, "contextProcessor", fn);
  }

  /**
   * Inspect or change URL values before the view gets them.
   * @example
   * app.urlValuePreprocessor(function pullLang(endpoint, values) { g.lang = values?.lang; delete values?.lang; });
   * @see flask/sansio/scaffold.py Scaffold.url_value_preprocessor
   */
  urlValuePreprocessor<F extends UrlValuePreprocessor>(fn: F): F {
    return this.#register(this.urlValuePreprocessors, "urlValuePreprocessor", fn);
  }

  /**
   * Fill in URL values when `urlFor` builds a URL.
   * @example
   * app.urlDefaults(function addLang(endpoint, values) { values.lang ??= g.lang; });
   * @see flask/sansio/scaffold.py Scaffold.url_defaults
   */
  urlDefaults<F extends UrlDefaultFunction>(fn: F): F {
    return this.#register(this.urlDefaultFunctions, "urlDefaults", fn);
  }

  /**
   * Handle errors by status code or error class (the closest class in the chain wins).
   * @example
   * app.errorHandler(404, function notFound(e) { return ["Nothing here", 404]; });
   * @see flask/sansio/scaffold.py Scaffold.errorhandler
   */
  errorHandler<F extends ErrorHandler>(codeOrClass: number | ErrorClass, fn: F): F;
  errorHandler(codeOrClass: number | ErrorClass): <F extends ErrorHandler>(fn: F) => F;
  errorHandler(codeOrClass: number | ErrorClass, fn?: ErrorHandler): unknown {
    const register = <F extends ErrorHandler>(handler: F): F => {
      this.registerErrorHandler(codeOrClass, handler);
      return handler;
    };
    return fn ? register(fn) : register;
  }

  /**
   * The non-decorator form of {@link errorHandler}.
   * @example
   * app.registerErrorHandler(500, serverError);
   * @see flask/sansio/scaffold.py Scaffold.register_error_handler
   */
  registerErrorHandler(codeOrClass: number | ErrorClass, fn: ErrorHandler): void {
    this.checkSetupFinished("registerErrorHandler");
    const [cls, code] = getExcClassAndCode(codeOrClass);
    let byCode = this.errorHandlerSpec.get(null);
    if (!byCode) {
      byCode = new Map();
      this.errorHandlerSpec.set(null, byCode);
    }
    let byClass = byCode.get(code);
    if (!byClass) {
      byClass = new Map();
      byCode.set(code, byClass);
    }
    byClass.set(cls, fn);
  }
}

function splitRouteArgs(args: RouteArgs): [RouteOptions, View | undefined] {
  if (args.length === 0) return [{}, undefined];
  if (typeof args[0] === "function") return [{}, args[0]];
  const options = (args[0] ?? {}) as RouteOptions;
  const view = args[1] as View | undefined;
  return [options, view];
}

function withMethods(args: RouteArgs, method: string): unknown[] {
  const [options, view] = splitRouteArgs(args);
  const merged = { ...options, methods: [method] };
  return view ? [merged, view] : [merged];
}
