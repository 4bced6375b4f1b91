/**
 * The `flask` entry is the learner's API: what Flask's and Werkzeug's public names map to, and
 * the few Python built-ins a Flask app uses. Engines and the test runner take the rest from
 * `flask/runtime`. The lists below are reviewed by hand: a new export is a choice, made here.
 */
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ENTRY = fileURLToPath(new URL("../../sandbox-runtime/flask/index.ts", import.meta.url));

/** Values: classes, functions and objects a learner's code uses at run time. */
const VALUES = {
  // flask: the top level of Flask 3.1 (`json` is `dumps`/`loads`/`jsonify` here).
  flask: [
    "Blueprint",
    "Config",
    "Flask",
    "Request",
    "Response",
    "abort",
    "afterThisRequest",
    "copyCurrentRequestContext",
    "currentApp",
    "dumps",
    "flash",
    "g",
    "getFlashedMessages",
    "hasAppContext",
    "hasRequestContext",
    "jsonify",
    "loads",
    "makeResponse",
    "redirect",
    "renderTemplate",
    "renderTemplateString",
    "request",
    "sendFile",
    "sendFromDirectory",
    "session",
    "streamTemplate",
    "streamWithContext",
    "urlFor",
  ],
  // flask's public modules: blueprints, ctx, json.provider, sessions, testing, views.
  flaskModules: [
    "AppContext",
    "AppCtxGlobals",
    "BlueprintSetupState",
    "DefaultJSONProvider",
    "FlaskClient",
    "MethodView",
    "NullSession",
    "RequestContext",
    "SecureCookieSession",
    "SecureCookieSessionInterface",
    "SessionInterface",
    "View",
  ],
  // werkzeug.exceptions
  exceptions: [
    "Aborter",
    "BadGateway",
    "BadHost",
    "BadRequest",
    "BadRequestKeyError",
    "ClientDisconnected",
    "Conflict",
    "ExpectationFailed",
    "FailedDependency",
    "Forbidden",
    "GatewayTimeout",
    "Gone",
    "HTTPException",
    "HTTPVersionNotSupported",
    "ImATeapot",
    "InternalServerError",
    "LengthRequired",
    "Locked",
    "MethodNotAllowed",
    "MisdirectedRequest",
    "NotAcceptable",
    "NotFound",
    "NotImplemented",
    "PreconditionFailed",
    "PreconditionRequired",
    "RequestEntityTooLarge",
    "RequestHeaderFieldsTooLarge",
    "RequestTimeout",
    "RequestURITooLarge",
    "RequestedRangeNotSatisfiable",
    "RetryAfterException",
    "SecurityError",
    "ServiceUnavailable",
    "TooManyRequests",
    "Unauthorized",
    "UnavailableForLegalReasons",
    "UnprocessableEntity",
    "UnsupportedMediaType",
    "defaultExceptions",
  ],
  // werkzeug.datastructures, .http, .routing (`Map` is `UrlMap`), .security, .user_agent, .utils
  werkzeug: [
    "BaseConverter",
    "BuildError",
    "CombinedMultiDict",
    "EnvironHeaders",
    "FileStorage",
    "HTTP_STATUS_CODES",
    "Headers",
    "ImmutableMultiDict",
    "MapAdapter",
    "MultiDict",
    "RequestRedirect",
    "Rule",
    "UrlMap",
    "UserAgent",
    "ValidationError",
    "dumpCookie",
    "httpDate",
    "parseCookie",
    "parseDate",
    "safeJoin",
    "secureFilename",
  ],
  // markupsafe and jinja2, as Flask apps import them
  templates: ["Markup", "TemplateNotFound", "TemplateSyntaxError", "escape"],
  // Python built-ins an app catches or raises: the errors and uuid.UUID. (Python's repr() and
  // tuples are the port's own machinery: flask-sqlalchemy takes them from `flask/runtime`.)
  python: ["AssertionError", "KeyError", "LookupError", "RuntimeError", "UUID", "ValueError"],
};

/** Types a learner's code may name (options objects, view signatures, the test client's answer). */
const TYPES = [
  "BlueprintInit",
  "BlueprintOptions",
  "ClassViewFunction",
  "ErrorClass",
  "ErrorHandler",
  "FlaskOptions",
  "HTTPExceptionClass",
  "HTTPExceptionOptions",
  "HandleOptions",
  "InternalServerErrorOptions",
  "MethodNotAllowedOptions",
  "RangeOptions",
  "ResponseInit",
  "ResponseValue",
  "RetryAfterOptions",
  "RouteOptions",
  "RunOptions",
  "SendFileOptions",
  "SessionLike",
  "TestClientOptions",
  "TestRequestOptions",
  "TestResponse",
  "UnauthorizedOptions",
  "ViewArgs",
  "ViewFunction",
];

const sorted = (names: Iterable<string>) => [...names].sort();
const reviewedValues = sorted(Object.values(VALUES).flat());

/** The entry's exports as the compiler sees them, split into values and type-only names. */
function compiledExports(): { values: string[]; types: string[] } {
  const program = ts.createProgram([ENTRY], {
    allowImportingTsExtensions: true,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    noEmit: true,
    skipLibCheck: true,
    target: ts.ScriptTarget.ES2023,
    types: [],
  });
  const checker = program.getTypeChecker();
  const file = program.getSourceFile(ENTRY);
  const module = file && checker.getSymbolAtLocation(file);
  if (!module) throw new Error(`no module symbol for ${ENTRY}`);
  const values: string[] = [];
  const types: string[] = [];
  for (const symbol of checker.getExportsOfModule(module)) {
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    (target.flags & ts.SymbolFlags.Value ? values : types).push(symbol.name);
  }
  return { values: sorted(values), types: sorted(types) };
}

describe("the flask entry", () => {
  // Loads the whole port twice (the browser's entry and the Node entry).
  it("exports exactly the reviewed values, in every runtime", { timeout: 30_000 }, async () => {
    expect(new Set(reviewedValues).size).toBe(reviewedValues.length);
    expect(sorted(Object.keys(await import("flask")))).toEqual(reviewedValues);
    // The Node entry (what `flask` is under Node) installs the runtime and exposes the same names.
    const node = await import("../../sandbox-runtime/engines/node/flask.ts");
    expect(sorted(Object.keys(node))).toEqual(reviewedValues);
  });

  // The compiler reads the whole port: seconds on a loaded machine.
  it("exports exactly the reviewed types", { timeout: 60_000 }, () => {
    const { values, types } = compiledExports();
    expect(values).toEqual(reviewedValues);
    expect(types).toEqual(sorted(TYPES));
  });

  it("holds what flask-sqlalchemy takes from the port, with flask/runtime", async () => {
    // In the in-page engine that module reads the namespaces the Worker already loaded.
    const flask: Record<string, unknown> = await import("flask");
    const runtime: Record<string, unknown> = await import("flask/runtime");
    const taken = Object.entries(
      await import("../../sandbox-runtime/flask-sqlalchemy/flask-api.ts"),
    );
    expect(taken.length).toBeGreaterThan(5);
    const homeless = taken.filter(
      ([name, value]) => flask[name] !== value && runtime[name] !== value,
    );
    expect(homeless.map(([name]) => name)).toEqual([]);
  });

  it("shares no name with flask/runtime: each name has one home", async () => {
    const runtime = Object.keys(await import("flask/runtime"));
    expect(runtime.length).toBeGreaterThan(20);
    expect(runtime.filter((name) => reviewedValues.includes(name))).toEqual([]);
    // What engines install lives there, not in the learner's entry.
    expect(runtime).toEqual(
      expect.arrayContaining(["setContextStore", "setSourceMapResolver", "createSlotStore"]),
    );
  });
});
