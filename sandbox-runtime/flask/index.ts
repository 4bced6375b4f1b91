export { AssertionError, Flask, type FlaskOptions, type HandleOptions } from "./app.ts";
export {
  Blueprint,
  type BlueprintInit,
  type BlueprintOptions,
  BlueprintSetupState,
} from "./blueprints.ts";
export { Config } from "./config.ts";
export { AppContext, AppCtxGlobals, RequestContext, type SessionLike } from "./ctx.ts";
export {
  CombinedMultiDict,
  EnvironHeaders,
  FileStorage,
  Headers,
  ImmutableMultiDict,
  KeyError,
  MultiDict,
} from "./datastructures.ts";
export * from "./exceptions.ts";
export { flash, getFlashedMessages } from "./flashing.ts";
export {
  currentApp,
  g,
  hasAppContext,
  hasRequestContext,
  RuntimeError,
  request,
  session,
} from "./globals.ts";
export {
  afterThisRequest,
  copyCurrentRequestContext,
  makeResponse,
  redirect,
  sendFile,
  sendFromDirectory,
  streamWithContext,
  urlFor,
} from "./helpers.ts";
export { dumpCookie, httpDate, parseCookie, parseDate } from "./http.ts";
export { DefaultJSONProvider, dumps, jsonify, loads } from "./json.ts";
export type { ResponseValue } from "./make-response.ts";
export {
  renderTemplate,
  renderTemplateString,
  streamTemplate,
} from "./rendering.ts";
export {
  BaseConverter,
  BuildError,
  Map as UrlMap,
  MapAdapter,
  RequestRedirect,
  Rule,
  ValidationError,
} from "./routing/index.ts";
export type { RunOptions } from "./runtime-hooks.ts";
export type {
  ErrorClass,
  ErrorHandler,
  RouteOptions,
  View as ViewFunction,
  ViewArgs,
} from "./scaffold.ts";
export {
  NullSession,
  SecureCookieSession,
  SecureCookieSessionInterface,
  SessionInterface,
} from "./sessions.ts";
export { type SendFileOptions, safeJoin } from "./static-files.ts";
export {
  escapeHtml as escape,
  Markup,
  TemplateNotFound,
  TemplateSyntaxError,
} from "./templating.ts";
export {
  FlaskClient,
  type TestClientOptions,
  type TestRequestOptions,
  type TestResponse,
} from "./testing.ts";
export { secureFilename } from "./utils.ts";
export { UUID } from "./uuid.ts";
export { type ClassViewFunction, MethodView, View } from "./views.ts";
export { Request, UserAgent } from "./wrappers/request.ts";
export { Response, type ResponseInit } from "./wrappers/response.ts";
