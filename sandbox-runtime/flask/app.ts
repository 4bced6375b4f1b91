/**
 * The application: routes, config, and the request ladder that turns a request into a response.
 * @see flask/app.py Flask, flask/sansio/app.py App
 */

import type { Blueprint, BlueprintOptions } from "./blueprints.ts";
import { Config, DEFAULT_CONFIG } from "./config.ts";
import { AppContext, AppCtxGlobals } from "./ctx.ts";
import { renderDebugPage } from "./debug-page.ts";
import {
  BadRequest,
  BadRequestKeyError,
  HTTPException,
  InternalServerError,
  ValueError,
} from "./exceptions.ts";
import { RuntimeError } from "./globals.ts";
import { DefaultJSONProvider } from "./json.ts";
import { makeResponseFrom, type ResponseValue } from "./make-response.ts";
import { andThen, attempt, ensure, inTurn, type MaybePromise } from "./maybe-promise.ts";
import { KeyError } from "./python/index.ts";
import type { TemplateEnvironmentLike } from "./rendering.ts";
import { createAppTemplateEnvironment } from "./rendering.ts";
import {
  BuildError,
  isRoutingException,
  type MapAdapter,
  Rule,
  Map as UrlMap,
} from "./routing/index.ts";
import {
  type FileSource,
  fileSourceFor,
  getContextStore,
  getServerRunner,
  getSourceTools,
  isRunningFromCli,
  notifyAppCreated,
  type RunningServer,
  type RunOptions,
} from "./runtime-hooks.ts";
import {
  type ErrorClass,
  type ErrorHandler,
  endpointFromView,
  type RouteOptions,
  rootFromImport,
  Scaffold,
  type View,
  type ViewArgs,
} from "./scaffold.ts";
import { SecureCookieSessionInterface, type SessionInterface } from "./sessions.ts";
import { serveStaticFile } from "./static-files.ts";
import type { FlaskClient } from "./testing.ts";
import { createTestClient, makeTestRequest, type TestRequestOptions } from "./testing.ts";
import { type IncomingRequest, Request, readBody } from "./wrappers/request.ts";
import { Response } from "./wrappers/response.ts";

/** Options for `new Flask(importName, options)`. */
export interface FlaskOptions {
  /** Where static files live, relative to the root path (`"static"`); null for none. */
  staticFolder?: string | null;
  /** The URL prefix for static files (default `/` + the folder's name). */
  staticUrlPath?: string | null;
  staticHost?: string | null;
  hostMatching?: boolean;
  subdomainMatching?: boolean;
  /** Where templates live, relative to the root path (`"templates"`). */
  templateFolder?: string | null;
  /** The folder the app's files are relative to. */
  rootPath?: string;
  /** Read the app's files from here instead of the runtime's file source. */
  files?: FileSource;
  /** The instance folder, an absolute path (default: `instance` beside the app's module). */
  instancePath?: string;
}

/** What `app.handle` accepts besides the request. */
export interface HandleOptions {
  remoteAddr?: string;
  /** The prefix the app is mounted under (WSGI `SCRIPT_NAME`). */
  scriptRoot?: string;
}

type TemplateFunction = (...args: never[]) => unknown;

// A view called synchronously has some twenty of the ladder's frames between it and whoever
// sent the request (a test's `client.get`, the server). V8 keeps 10 frames by default, which
// would cut the learner's calling line (a test's) from the traceback that pytest and the debug
// page show.
if (typeof Error.stackTraceLimit === "number" && Error.stackTraceLimit < 50) {
  Error.stackTraceLimit = 50;
}

function nameFromImport(importName: string): string {
  const last =
    importName
      .replace(/[?#].*$/, "")
      .split(/[/\\]/)
      .filter(Boolean)
      .pop() ?? importName;
  return last.replace(/\.(m|c)?[jt]sx?$/, "") || importName;
}

/** A value's type as TypeScript names it, for error messages: `number`, `boolean`, or its class. */
function typeName(value: unknown): string {
  if (value === null) return "null";
  if (typeof value !== "object") return typeof value;
  return (value as object).constructor?.name ?? "object";
}

const logger = {
  error(message: string, error?: unknown): void {
    const stamp = new Date().toISOString().replace("T", " ").replace("Z", "").replace(".", ",");
    const mapStack = getSourceTools().mapStack ?? ((stack: string) => stack);
    const trace =
      error instanceof Error
        ? `\n${error.stack ? mapStack(error.stack) : String(error)}`
        : error !== undefined
          ? `\n${String(error)}`
          : "";
    console.error(`[${stamp}] ERROR in app: ${message}${trace}`);
  },
  warning(message: string): void {
    console.warn(message);
  },
  info(message: string): void {
    console.info(message);
  },
  debug(message: string): void {
    console.debug(message);
  },
};

/**
 * A Flask application. Register views with `route`/`get`/`post`…, then serve it with
 * `app.fetch` (any runtime), `app.run()` (Node) or test it with `app.testClient()`.
 *
 * `before_first_request` is not offered: Flask deprecated it in 2.2 and removed it in 2.3. Run
 * setup code before starting the app, or lazily in a `beforeRequest` hook.
 * @example
 * const app = new Flask("hello");
 * app.route("/", function index() { return "Hello, World!"; });
 * @see flask/app.py Flask
 */
export class Flask extends Scaffold {
  /** The class of `request` objects. */
  requestClass: typeof Request = Request;
  /** The class of responses `makeResponse` builds. */
  responseClass: typeof Response = Response;
  /** The class of `g`. */
  appCtxGlobalsClass: typeof AppCtxGlobals = AppCtxGlobals;
  readonly config: Config;
  readonly urlMap: UrlMap;
  /** Registered blueprints by (dotted) name. */
  readonly blueprints: Record<string, Blueprint> = {};
  readonly teardownAppcontextFuncs: ((error: unknown) => unknown)[] = [];
  readonly urlBuildErrorHandlers: ((
    error: Error,
    endpoint: string,
    values: ViewArgs,
  ) => unknown)[] = [];
  readonly templateFilters: Record<string, TemplateFunction> = {};
  readonly templateGlobals: Record<string, unknown> = {};
  readonly templateTests: Record<string, TemplateFunction> = {};
  /** Extensions keep their state here. */
  readonly extensions: Record<string, unknown> = {};
  /** Logs unhandled errors like Flask's `app.logger`. */
  logger = logger;
  sessionInterface: SessionInterface = new SecureCookieSessionInterface();
  json: DefaultJSONProvider;
  readonly subdomainMatching: boolean;
  /**
   * The instance folder: files the app makes while it runs (uploads, a database), kept out of
   * its code. `instance` beside the app's module unless given; nothing creates it.
   */
  readonly instancePath: string;
  #files: FileSource | undefined;
  #gotFirstRequest = false;
  #jinjaEnv: TemplateEnvironmentLike | null = null;

  constructor(importName: string, options: FlaskOptions = {}) {
    const staticFolder = options.staticFolder === undefined ? "static" : options.staticFolder;
    super(importName, {
      name: nameFromImport(importName),
      rootPath: options.rootPath ?? rootFromImport(importName),
      staticFolder,
      staticUrlPath: options.staticUrlPath ?? null,
      templateFolder: options.templateFolder === undefined ? "templates" : options.templateFolder,
    });
    this.#files = options.files;
    if (options.instancePath === undefined) {
      this.instancePath = this.rootPath
        ? `${this.rootPath.replace(/\/+$/, "")}/instance`
        : "instance";
    } else if (!options.instancePath.startsWith("/")) {
      throw new ValueError(
        "If an instance path is provided it must be absolute. A relative path was given instead.",
      );
    } else this.instancePath = options.instancePath;
    // Flask's make_config sets DEBUG from FLASK_DEBUG, so it is false rather than None.
    this.config = new Config({ ...DEFAULT_CONFIG, DEBUG: false });
    this.json = new DefaultJSONProvider(this);
    this.subdomainMatching = options.subdomainMatching ?? false;
    this.urlMap = new UrlMap([], { hostMatching: options.hostMatching ?? false });
    if (this.hasStaticFolder) {
      const host = options.staticHost ?? null;
      if (Boolean(options.hostMatching) !== Boolean(host)) {
        throw new Error("Invalid staticHost/hostMatching combination");
      }
      const self = this;
      this.addUrlRule(
        `${this.staticUrlPath}/<path:filename>`,
        "static",
        function static_(values: ViewArgs) {
          return self.sendStaticFile(String(values.filename));
        },
        host ? { host } : {},
      );
    }
    notifyAppCreated(this);
  }

  /** The app's files (templates, static), read through the runtime's file source. */
  get files(): FileSource {
    this.#files ??= fileSourceFor(this.rootPath);
    return this.#files;
  }

  set files(source: FileSource) {
    this.#files = source;
    this.#jinjaEnv = null;
  }

  /** Debug mode: detailed error pages, pretty JSON (config `DEBUG`). */
  get debug(): boolean {
    return Boolean(this.config.DEBUG);
  }

  set debug(value: boolean) {
    this.config.DEBUG = value;
  }

  /** Testing mode: errors reach the test instead of becoming 500 pages (config `TESTING`). */
  get testing(): boolean {
    return Boolean(this.config.TESTING);
  }

  set testing(value: boolean) {
    this.config.TESTING = value;
  }

  /** The key that signs the session cookie (config `SECRET_KEY`). */
  get secretKey(): string | Uint8Array | null {
    return (this.config.SECRET_KEY as string | Uint8Array | null) ?? null;
  }

  set secretKey(value: string | Uint8Array | null) {
    this.config.SECRET_KEY = value;
  }

  /** Lifetime of a permanent session in seconds (config `PERMANENT_SESSION_LIFETIME`). */
  get permanentSessionLifetime(): number {
    return Number(this.config.PERMANENT_SESSION_LIFETIME);
  }

  set permanentSessionLifetime(seconds: number) {
    this.config.PERMANENT_SESSION_LIFETIME = seconds;
  }

  /** True once the app handled a request; setup methods refuse to run after that. */
  get gotFirstRequest(): boolean {
    return this.#gotFirstRequest;
  }

  protected checkSetupFinished(method: string): void {
    if (this.#gotFirstRequest) {
      throw new AssertionError(
        `The setup method '${method}' can no longer be called on the application. It has already handled its first` +
          " request, any changes will not be applied consistently.\nMake sure all imports, decorators, functions," +
          " etc. needed to set up the application are done before running it.",
      );
    }
  }

  /**
   * Connect a URL rule to an endpoint and (optionally) its view.
   * @example
   * app.addUrlRule("/", "index", function index() { return "Hi"; });
   * @see flask/sansio/app.py App.add_url_rule
   */
  addUrlRule(
    rule: string,
    endpoint?: string | null,
    view?: View | null,
    options: RouteOptions = {},
  ): void {
    this.checkSetupFinished("addUrlRule");
    const name = endpoint ?? endpointFromView(view, rule);
    const { methods: given, provideAutomaticOptions: automatic, ...ruleOptions } = options;
    if (typeof given === "string") {
      throw new TypeError(
        'Allowed methods must be an array of strings, for example: app.route(rule, { methods: ["POST"] }, view)',
      );
    }
    const methods = new Set(
      (given ?? (view as { methods?: string[] } | null)?.methods ?? ["GET"]).map((m) =>
        m.toUpperCase(),
      ),
    );
    let provide =
      automatic ??
      (view as { provideAutomaticOptions?: boolean | null } | null)?.provideAutomaticOptions;
    if (provide === undefined || provide === null) {
      provide =
        !methods.has("OPTIONS") &&
        this.config.get<unknown>("PROVIDE_AUTOMATIC_OPTIONS", true) !== false;
      if (provide) methods.add("OPTIONS");
    } else if (provide) {
      methods.add("OPTIONS");
    }
    const urlRule = new Rule(rule, { ...ruleOptions, endpoint: name, methods: [...methods] });
    urlRule.provideAutomaticOptions = provide;
    this.urlMap.add(urlRule);
    if (view) {
      const old = this.viewFunctions.get(name);
      if (old !== undefined && old !== view) {
        throw new AssertionError(
          `View function mapping is overwriting an existing endpoint function: ${name}`,
        );
      }
      this.viewFunctions.set(name, view);
    }
  }

  /**
   * Register a blueprint's routes and hooks on the app.
   * @example
   * app.registerBlueprint(admin, { urlPrefix: "/admin" });
   * @see flask/sansio/app.py App.register_blueprint
   */
  registerBlueprint(blueprint: Blueprint, options: BlueprintOptions = {}): void {
    blueprint.register(this, options);
  }

  /** Every registered blueprint. */
  iterBlueprints(): Blueprint[] {
    return Object.values(this.blueprints);
  }

  /**
   * Register a function run when every app context ends.
   * @example
   * app.teardownAppcontext(function closeDb(error) { db.close(); });
   * @see flask/sansio/app.py App.teardown_appcontext
   */
  teardownAppcontext<F extends (error: unknown) => unknown>(fn: F): F {
    this.checkSetupFinished("teardownAppcontext");
    this.teardownAppcontextFuncs.push(fn);
    return fn;
  }

  /**
   * Register a template filter: `app.templateFilter("reverse", fn)` or `app.templateFilter(fn)`.
   * @example
   * app.templateFilter(function reverse(s: string) { return [...s].reverse().join(""); });
   * @see flask/sansio/app.py App.template_filter
   */
  templateFilter<F extends TemplateFunction>(nameOrFn: string | F, fn?: F): F {
    const [name, f] =
      typeof nameOrFn === "string" ? [nameOrFn, fn as F] : [nameOrFn.name, nameOrFn];
    this.addTemplateFilter(f, name);
    return f;
  }

  /** Register a template filter under `name` (default: the function's name). */
  addTemplateFilter(fn: TemplateFunction, name?: string): void {
    this.checkSetupFinished("addTemplateFilter");
    const key = name ?? fn.name;
    this.templateFilters[key] = fn;
    this.#jinjaEnv?.addFilter(key, fn as never);
  }

  /**
   * Register a template global function.
   * @example
   * app.templateGlobal(function double(n: number) { return n * 2; });
   * @see flask/sansio/app.py App.template_global
   */
  templateGlobal<F extends TemplateFunction>(nameOrFn: string | F, fn?: F): F {
    const [name, f] =
      typeof nameOrFn === "string" ? [nameOrFn, fn as F] : [nameOrFn.name, nameOrFn];
    this.addTemplateGlobal(f, name);
    return f;
  }

  /** Register a template global under `name` (default: the function's name). */
  addTemplateGlobal(fn: unknown, name?: string): void {
    this.checkSetupFinished("addTemplateGlobal");
    const key = name ?? (fn as { name: string }).name;
    this.templateGlobals[key] = fn;
    this.#jinjaEnv?.addGlobal(key, fn);
  }

  /**
   * Register a template test.
   * @example
   * app.templateTest(function even(n: number) { return n % 2 === 0; });
   * @see flask/sansio/app.py App.template_test
   */
  templateTest<F extends TemplateFunction>(nameOrFn: string | F, fn?: F): F {
    const [name, f] =
      typeof nameOrFn === "string" ? [nameOrFn, fn as F] : [nameOrFn.name, nameOrFn];
    this.addTemplateTest(f, name);
    return f;
  }

  /** Register a template test under `name` (default: the function's name). */
  addTemplateTest(fn: TemplateFunction, name?: string): void {
    this.checkSetupFinished("addTemplateTest");
    const key = name ?? fn.name;
    this.templateTests[key] = fn;
    this.#jinjaEnv?.addTest(key, fn as never);
  }

  /**
   * Not offered: Flask removed `before_first_request` in 2.3.
   * @deprecated Run setup before starting the app, or lazily in `beforeRequest`.
   * @example
   * // instead: setUp(); app.run();
   * @see Flask's CHANGES.rst, Version 2.3.0 (before_first_request removed)
   */
  beforeFirstRequest(_fn: () => unknown): never {
    throw new TypeError(
      "beforeFirstRequest is not offered: Flask removed before_first_request in 2.3. Run setup code before" +
        " starting the app, or lazily inside a beforeRequest hook.",
    );
  }

  /** The template environment, created on first use. */
  get jinjaEnv(): TemplateEnvironmentLike {
    this.#jinjaEnv ??= createAppTemplateEnvironment(this);
    return this.#jinjaEnv;
  }

  /** Send a file from the static folder. */
  sendStaticFile(filename: string): Promise<Response> {
    if (!this.hasStaticFolder)
      throw new RuntimeError("'staticFolder' must be set to serve static files.");
    return serveStaticFile(this, this.staticFolder as string, filename);
  }

  /** Max age for static files (config `SEND_FILE_MAX_AGE_DEFAULT`), or null. */
  getSendFileMaxAge(_filename: string | null): number | null {
    const value = this.config.SEND_FILE_MAX_AGE_DEFAULT;
    return value === null || value === undefined ? null : Number(value);
  }

  // ---- contexts --------------------------------------------------------------------------

  /**
   * A new app context (no request): `await app.appContext().run(() => …)`.
   * @example
   * await app.appContext().run(() => urlFor("index"));
   * @see flask/app.py Flask.app_context
   */
  appContext(): AppContext {
    return new AppContext(this);
  }

  /** A context for a request object. */
  requestContext(request: Request): AppContext {
    return new AppContext(this, request);
  }

  /**
   * A request context for a made-up request, for tests and the shell.
   * @example
   * await app.testRequestContext("/?name=ana").run(() => request.args.get("name"));
   * @see flask/app.py Flask.test_request_context
   */
  testRequestContext(path = "/", options: TestRequestOptions = {}): AppContext {
    const req = makeTestRequest(this, path, options);
    return this.requestContext(req);
  }

  /**
   * A test client that keeps cookies between requests.
   * @example
   * const res = await app.testClient().get("/");
   * @see flask/app.py Flask.test_client
   */
  testClient(options: { useCookies?: boolean } = {}): FlaskClient {
    return createTestClient(this, options);
  }

  /**
   * The URL adapter for a request, or for building URLs outside one when SERVER_NAME is set.
   * @see flask/app.py Flask.create_url_adapter
   */
  createUrlAdapter(request: Request | null): MapAdapter | null {
    const serverName = (this.config.SERVER_NAME as string | null) ?? null;
    if (request) {
      let subdomain: string | null = null;
      if (!this.subdomainMatching) subdomain = this.urlMap.defaultSubdomain || null;
      return this.urlMap.bind(serverName ?? request.host, {
        scriptName: request.scriptRoot || "/",
        subdomain: serverName ? subdomain : (subdomain ?? null),
        urlScheme: request.scheme,
        pathInfo: request.path,
        defaultMethod: request.method,
        queryArgs: request.queryString,
      });
    }
    if (serverName !== null) {
      return this.urlMap.bind(serverName, {
        scriptName: String(this.config.APPLICATION_ROOT ?? "/"),
        urlScheme: String(this.config.PREFERRED_URL_SCHEME ?? "http"),
      });
    }
    return null;
  }

  /** Match a request's URL with an adapter. */
  matchUrl(adapter: MapAdapter, request: Request): { rule: Rule; args: ViewArgs } {
    const result = adapter.match(request.path, request.method);
    return { rule: result.rule, args: result.args };
  }

  // ---- the request ladder ------------------------------------------------------------------

  /**
   * Handle a web request and answer with a web Response. In debug mode an unhandled error
   * becomes the debug page; otherwise it propagates (testing) or becomes a 500.
   * @example
   * export default { fetch: (req: Request) => app.fetch(req) };
   * @see flask/app.py Flask.wsgi_app
   */
  fetch = async (
    webRequest: globalThis.Request,
    options: HandleOptions = {},
  ): Promise<globalThis.Response> => {
    const res = await this.handleOrDebug(webRequest, options);
    return res.toWeb(webRequest.method.toUpperCase());
  };

  /**
   * Like {@link fetch} but answers with the port's Response (its raw header list keeps
   * Set-Cookie): the Response itself when every step of the ladder answered at once, else a
   * promise of it.
   */
  handleOrDebug(webRequest: IncomingRequest, options: HandleOptions = {}): MaybePromise<Response> {
    return attempt(
      () => this.handle(webRequest, options),
      (error) => {
        if (this.debug) return renderDebugPage(error, this);
        throw error;
      },
    );
  }

  /**
   * Run one request through the ladder and return the port's Response, or a promise of it when
   * a step is async. Errors that propagate (testing, debug, PROPAGATE_EXCEPTIONS) are thrown.
   * @example
   * const res = await app.handle(new Request("http://localhost/"));
   * @see flask/app.py Flask.wsgi_app
   */
  handle(webRequest: IncomingRequest, options: HandleOptions = {}): MaybePromise<Response> {
    const maxContentLength = (this.config.MAX_CONTENT_LENGTH as number | null) ?? null;
    return andThen(readBody(webRequest, maxContentLength), (body) => {
      const req = new this.requestClass(webRequest, body, {
        remoteAddr: options.remoteAddr,
        scriptRoot: options.scriptRoot,
        maxContentLength,
        debug: () => this.debug,
      });
      return this.handleRequest(req);
    });
  }

  /** Run a built Request through the ladder inside its own context. */
  handleRequest(req: Request): MaybePromise<Response> {
    const ctx = this.requestContext(req);
    const store = getContextStore<AppContext>();
    return store.exclusive(() => store.run(ctx, () => this.wsgiApp(ctx)));
  }

  /**
   * The ladder's outer step: match, open the session, dispatch, then tear down.
   * @see flask/app.py Flask.wsgi_app
   */
  wsgiApp(ctx: AppContext): MaybePromise<Response> {
    let error: unknown = null;
    return ensure(
      () =>
        attempt(
          () => {
            ctx.matchRequest();
            return andThen(ctx.openSession(), () => this.fullDispatchRequest(ctx));
          },
          (e) => {
            error = e;
            return this.handleException(ctx, e);
          },
        ),
      () => ctx.teardown(error),
    );
  }

  /**
   * Preprocess, dispatch, handle user errors, and finalize.
   * @see flask/app.py Flask.full_dispatch_request
   */
  fullDispatchRequest(ctx: AppContext): MaybePromise<Response> {
    this.#gotFirstRequest = true;
    const rv = attempt(
      () => andThen(this.preprocessRequest(ctx), (rv) => rv ?? this.dispatchRequest(ctx)),
      (e) => this.handleUserException(ctx, e),
    );
    return andThen(rv, (rv) => this.finalizeRequest(ctx, rv));
  }

  /**
   * Turn a view's return value into a response and run after-request work.
   * @see flask/app.py Flask.finalize_request
   */
  finalizeRequest(ctx: AppContext, rv: unknown, fromErrorHandler = false): MaybePromise<Response> {
    const response = this.makeResponse(rv as ResponseValue);
    return attempt(
      () => this.processResponse(ctx, response),
      (error) => {
        if (!fromErrorHandler) throw error;
        this.logger.error("Request finalizing failed with an error while handling an error", error);
        return response;
      },
    );
  }

  /**
   * Run URL value preprocessors and before-request hooks (app first, then blueprints); the
   * first hook that returns a value ends the request with it.
   * @see flask/app.py Flask.preprocess_request
   */
  preprocessRequest(ctx: AppContext): MaybePromise<unknown> {
    const req = ctx.request;
    const names: (string | null)[] = [null, ...[...req.blueprints].reverse()];
    const preprocessors = names.flatMap((name) => this.urlValuePreprocessors.get(name) ?? []);
    const hooks = names.flatMap((name) => this.beforeRequestFuncs.get(name) ?? []);
    const preprocessed = inTurn(preprocessors, (fn) =>
      andThen(fn(req.endpoint, req.viewArgs), () => undefined),
    );
    return andThen(preprocessed, () =>
      inTurn(hooks, (fn) => andThen(fn(), (rv) => rv ?? undefined)),
    );
  }

  /**
   * Call the matched view with the URL values (or answer OPTIONS automatically).
   * @see flask/app.py Flask.dispatch_request
   */
  dispatchRequest(ctx: AppContext): unknown {
    const req = ctx.request;
    if (req.routingException) throw req.routingException;
    const rule = req.urlRule;
    if (!rule) throw new InternalServerError();
    if (rule.provideAutomaticOptions && req.method === "OPTIONS")
      return this.makeDefaultOptionsResponse(ctx);
    const view = this.viewFunctions.get(rule.endpoint as string);
    if (!view) throw new InternalServerError();
    return view({ ...(req.viewArgs ?? {}) });
  }

  /**
   * The automatic answer to OPTIONS: an empty response with `Allow`.
   * @see flask/app.py Flask.make_default_options_response
   */
  makeDefaultOptionsResponse(ctx: AppContext): Response {
    const methods = (ctx.urlAdapter as MapAdapter).allowedMethods(ctx.request.path);
    const rv = new this.responseClass();
    rv.headers.set("Allow", [...methods].join(", "));
    return rv;
  }

  /** Whether an HTTP error should propagate instead of becoming its error page. */
  trapHttpException(error: HTTPException): boolean {
    if (this.config.TRAP_HTTP_EXCEPTIONS) return true;
    const trapBadRequest = this.config.TRAP_BAD_REQUEST_ERRORS;
    if (
      (trapBadRequest === null || trapBadRequest === undefined) &&
      this.debug &&
      error instanceof BadRequestKeyError
    )
      return true;
    if (trapBadRequest) return error instanceof BadRequest;
    return false;
  }

  /**
   * Find the handler for an error: by code, then by class, blueprints before the app.
   * @see flask/sansio/app.py App._find_error_handler
   */
  findErrorHandler(error: unknown, blueprints: string[]): ErrorHandler | null {
    if (!(error instanceof Error)) return null;
    const code = error instanceof HTTPException ? error.code : null;
    const names: (string | null)[] = [...blueprints, null];
    for (const c of code !== null ? [code, null] : [null]) {
      for (const name of names) {
        const byClass = this.errorHandlerSpec.get(name)?.get(c);
        if (!byClass || byClass.size === 0) continue;
        for (const cls of pythonMro(error)) {
          const handler = byClass.get(cls);
          if (handler) return handler;
        }
      }
    }
    return null;
  }

  /**
   * Handle an HTTP error with a registered handler, or answer with the error itself.
   * @see flask/app.py Flask.handle_http_exception
   */
  handleHttpException(ctx: AppContext, error: HTTPException): unknown {
    if (error.code === null) return error;
    if (isRoutingException(error)) return error;
    const handler = this.findErrorHandler(error, ctx.hasRequest ? ctx.request.blueprints : []);
    if (!handler) return error;
    return handler(error);
  }

  /**
   * Handle an error raised while dispatching; unhandled non-HTTP errors propagate.
   * @see flask/app.py Flask.handle_user_exception
   */
  handleUserException(ctx: AppContext, error: unknown): unknown {
    if (
      error instanceof BadRequestKeyError &&
      (this.debug || this.config.TRAP_BAD_REQUEST_ERRORS)
    ) {
      (error as { showException?: boolean }).showException = true;
    }
    if (error instanceof HTTPException && !this.trapHttpException(error))
      return this.handleHttpException(ctx, error);
    const handler = this.findErrorHandler(error, ctx.hasRequest ? ctx.request.blueprints : []);
    if (!handler) throw error;
    return handler(error);
  }

  /**
   * An error nothing handled: propagate it (testing, debug, PROPAGATE_EXCEPTIONS) or log it and
   * answer 500 through the 500 handler.
   * @see flask/app.py Flask.handle_exception
   */
  handleException(ctx: AppContext, error: unknown): MaybePromise<Response> {
    let propagate = this.config.PROPAGATE_EXCEPTIONS as boolean | null;
    if (propagate === null || propagate === undefined) propagate = this.testing || this.debug;
    if (propagate) throw error;
    this.logException(ctx, error);
    const wrapped = new InternalServerError({ originalError: error });
    // Flask calls it original_exception; offer that name too.
    Object.defineProperty(wrapped, "originalException", { value: error, enumerable: false });
    const handler = this.findErrorHandler(wrapped, ctx.hasRequest ? ctx.request.blueprints : []);
    const serverError = handler ? handler(wrapped) : wrapped;
    return andThen(serverError, (rv) => this.finalizeRequest(ctx, rv, true));
  }

  /** Log an unhandled error like Flask: `Exception on /path [GET]` and the stack. */
  logException(ctx: AppContext, error: unknown): void {
    const where = ctx.hasRequest ? `${ctx.request.path} [${ctx.request.method}]` : "";
    this.logger.error(`Exception on ${where}`, error);
  }

  /**
   * Run after-this-request functions, after-request hooks (blueprints, then app, each in
   * reverse order) and save the session.
   * @see flask/app.py Flask.process_response
   */
  processResponse(ctx: AppContext, response: Response): MaybePromise<Response> {
    let rv = response;
    const update = (next: unknown) => {
      rv = next as Response;
      return undefined;
    };
    const hooks = [...ctx.request.blueprints, null].flatMap((name) =>
      [...(this.afterRequestFuncs.get(name) ?? [])].reverse(),
    );
    const afterThisRequest = inTurn(ctx.afterRequestFunctions, (fn) => andThen(fn(rv), update));
    const afterRequest = andThen(afterThisRequest, () =>
      inTurn(hooks, (fn) => andThen(fn(rv), update)),
    );
    return andThen(afterRequest, () => {
      if (!ctx.sessionInUse || this.sessionInterface.isNullSession(ctx.session)) return rv;
      return andThen(this.sessionInterface.saveSession(this, ctx.session, rv), () => rv);
    });
  }

  /**
   * Run teardown-request functions (blueprints first, each in reverse order), one after
   * another: an async one is waited for before the next runs.
   * @see flask/app.py Flask.do_teardown_request
   */
  doTeardownRequest(ctx: AppContext, error: unknown): MaybePromise<void> {
    const funcs = [...ctx.request.blueprints, null].flatMap((name) =>
      [...(this.teardownRequestFuncs.get(name) ?? [])].reverse(),
    );
    return inTurn(funcs, (fn) => andThen(fn(error), () => undefined));
  }

  /**
   * Run teardown-appcontext functions in reverse order, one after another.
   * @see flask/app.py Flask.do_teardown_appcontext
   */
  doTeardownAppcontext(_ctx: AppContext, error: unknown): MaybePromise<void> {
    const funcs = [...this.teardownAppcontextFuncs].reverse();
    return inTurn(funcs, (fn) => andThen(fn(error), () => undefined));
  }

  /**
   * Turn any view return value into a Response: text, bytes, Response, `[body, status]`,
   * `[body, status, headers]`, `[body, headers]`, an object/array (JSON), an iterable (stream).
   * @see flask/app.py Flask.make_response
   */
  makeResponse(rv: ResponseValue): Response {
    return makeResponseFrom(this, rv, {
      endpoint: () => {
        const ctx = getContextStore<AppContext>().get();
        return ctx?.hasRequest ? ctx.request.endpoint : null;
      },
      typeName,
    });
  }

  // ---- URL building ----------------------------------------------------------------------

  /**
   * Fill in URL values with the url-defaults hooks for an endpoint.
   * @see flask/sansio/app.py App.inject_url_defaults
   */
  injectUrlDefaults(endpoint: string, values: ViewArgs): void {
    const names: (string | null)[] = [null];
    if (endpoint.includes(".")) {
      const parts = endpoint.slice(0, endpoint.lastIndexOf(".")).split(".");
      const paths = parts.map((_, i) => parts.slice(0, i + 1).join("."));
      names.push(...paths.reverse());
    }
    for (const name of names)
      for (const fn of this.urlDefaultFunctions.get(name) ?? []) fn(endpoint, values);
  }

  /**
   * Build a URL for an endpoint. Unknown values become the query string; `_external`,
   * `_anchor`, `_method` and `_scheme` work as in Flask.
   * @example
   * app.urlFor("profile", { id: 1, tab: "posts" }); // "/user/1?tab=posts"
   * @see flask/app.py Flask.url_for
   */
  urlFor(endpoint: string, values: ViewArgs = {}): string {
    const { _anchor, _method, _scheme, _external: externalGiven, ...rest } = values;
    let external = externalGiven as boolean | undefined | null;
    const ctx = getContextStore<AppContext>().get();
    let adapter: MapAdapter | null;
    let target = endpoint;
    if (ctx?.hasRequest && ctx.app === this) {
      adapter = ctx.urlAdapter;
      const bp = ctx.request.blueprint;
      if (target.startsWith(".")) target = bp !== null ? `${bp}${target}` : target.slice(1);
      if (external === undefined || external === null)
        external = _scheme !== undefined && _scheme !== null;
    } else {
      adapter = ctx && ctx.app === this ? ctx.urlAdapter : this.createUrlAdapter(null);
      if (!adapter) {
        throw new RuntimeError(
          "Unable to build URLs outside an active request without 'SERVER_NAME' configured. Also configure" +
            " 'APPLICATION_ROOT' and 'PREFERRED_URL_SCHEME' as needed.",
        );
      }
      if (external === undefined || external === null) external = true;
    }
    if (_scheme !== undefined && _scheme !== null && !external) {
      throw new Error("When specifying '_scheme', '_external' must be true.");
    }
    const buildValues: ViewArgs = {};
    for (const [k, v] of Object.entries(rest)) if (v !== undefined) buildValues[k] = v;
    this.injectUrlDefaults(target, buildValues);
    let rv: string;
    try {
      rv = (adapter as MapAdapter).build(target, buildValues, {
        method: (_method as string | undefined) ?? null,
        urlScheme: (_scheme as string | undefined) ?? null,
        forceExternal: Boolean(external),
      });
    } catch (error) {
      if (!(error instanceof BuildError)) throw error;
      const all = { ...buildValues, _anchor, _method, _scheme, _external: external };
      return this.handleUrlBuildError(error, target, all);
    }
    if (_anchor !== undefined && _anchor !== null) {
      rv = `${rv}#${quoteAnchor(String(_anchor))}`;
    }
    return rv;
  }

  /**
   * Give url-build-error handlers a chance; rethrow when none returns a URL.
   * @see flask/sansio/app.py App.handle_url_build_error
   */
  handleUrlBuildError(error: Error, endpoint: string, values: ViewArgs): string {
    for (const handler of this.urlBuildErrorHandlers) {
      try {
        const rv = handler(error, endpoint, values);
        if (rv !== undefined && rv !== null) return String(rv);
      } catch (e) {
        if (e instanceof BuildError) {
          error = e;
          continue;
        }
        throw e;
      }
    }
    throw error;
  }

  // ---- serving ---------------------------------------------------------------------------

  /**
   * Serve the app (Node): prints Flask's banner and answers on `host:port` (default
   * 127.0.0.1:5000).
   * @example
   * app.run({ port: 8000, debug: true });
   * @see flask/app.py Flask.run
   */
  run(options: RunOptions = {}): Promise<RunningServer | null> {
    if (isRunningFromCli()) {
      console.error(
        " * Ignoring a call to 'app.run()' that would block the current 'flask' CLI command.\n" +
          "   Only call 'app.run()' in an 'if (import.meta.main)' guard.",
      );
      return Promise.resolve(null);
    }
    const runner = getServerRunner();
    if (!runner) {
      throw new RuntimeError(
        "app.run() needs a server, and this runtime has none. In Node import the app from 'flask' (the Node entry); elsewhere use app.fetch.",
      );
    }
    if (options.debug !== undefined) this.debug = options.debug;
    return runner(this, options);
  }

  /**
   * A test request without a socket: `await app.request("/path", init)`.
   * @example
   * const res = await app.request("/hello?name=ana");
   * @see flask/testing.py FlaskClient.open
   */
  request(path: string, init: RequestInit = {}): Promise<globalThis.Response> {
    const url = /^[a-z][a-z0-9+.-]*:/i.test(path)
      ? path
      : `http://localhost${path.startsWith("/") ? "" : "/"}${path}`;
    return this.fetch(new globalThis.Request(url, init));
  }

  override toString(): string {
    return `<Flask '${this.name}'>`;
  }
}

/**
 * Python's AssertionError, which Flask raises for setup mistakes.
 * @example
 * app.route("/b", function index() {}); // AssertionError: View function mapping is overwriting…
 * @see flask/sansio/app.py App.add_url_rule
 */
export class AssertionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "AssertionError";
  }
}

// Flask 3.x quotes the anchor keeping "%!#$&'()*+,/:;=?@"; Flask 2.2 kept only "/:".
function quoteAnchor(anchor: string): string {
  const safe = "%!#$&'()*+,/:;=?@";
  let out = "";
  for (const byte of new TextEncoder().encode(anchor)) {
    const ch = String.fromCharCode(byte);
    if (byte < 128 && (/[A-Za-z0-9_.~-]/.test(ch) || safe.includes(ch))) out += ch;
    else out += `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return out;
}

// Python's MRO of the error's class: its JavaScript classes up to Error, with KeyError before
// Error for Werkzeug's BadRequestKeyError, which Python's `errorhandler(KeyError)` also catches.
function pythonMro(error: Error): ErrorClass[] {
  const out: ErrorClass[] = [];
  for (
    let cls = error.constructor;
    cls && cls !== Function.prototype;
    cls = Object.getPrototypeOf(cls)
  ) {
    if (cls === Error && error instanceof KeyError && !out.includes(KeyError)) out.push(KeyError);
    out.push(cls as ErrorClass);
    if (cls === Error) break;
  }
  return out;
}
