export { AssertionError, Flask, type FlaskOptions, type HandleOptions } from "./app.ts";
export {
  Blueprint,
  type BlueprintInit,
  type BlueprintOptions,
  BlueprintSetupState,
} from "./blueprints.ts";
export { Config, DEFAULT_CONFIG } from "./config.ts";
export { type ContextStore, createSlotStore } from "./context-store.ts";
export { AppContext, AppCtxGlobals, RequestContext, type SessionLike } from "./ctx.ts";
export {
  CombinedMultiDict,
  EnvironHeaders,
  FileStorage,
  FileStream,
  Headers,
  ImmutableMultiDict,
  type ItemAccess,
  KeyError,
  MultiDict,
  setFileWriter,
  type TypeConverter,
  type WritableFile,
  type WritableItemAccess,
} from "./datastructures.ts";
export { describeError, parseStack, renderDebugPage, type TraceFrame } from "./debug-page.ts";
export * from "./exceptions.ts";
export { flash, getFlashedMessages } from "./flashing.ts";
export {
  currentApp,
  g,
  hasAppContext,
  hasRequestContext,
  NO_APP_MESSAGE,
  NO_REQUEST_MESSAGE,
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
export { DefaultJSONProvider, dumps, jsonify, loads, pythonJsonDumps } from "./json.ts";
export { markTuple } from "./json-tag.ts";
export { isResponseTuple, type ResponseValue } from "./make-response.ts";
export { guessType } from "./mimetypes.ts";
export {
  renderTemplate,
  renderTemplateString,
  streamTemplate,
  updateTemplateContext,
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
export {
  type FileSource,
  type FileStat,
  fileSourceFor,
  getContextStore,
  getServerRunner,
  isRunningFromCli,
  type RunningServer,
  type RunOptions,
  type ServerRunner,
  type SourceMapResolver,
  setAppCreatedHook,
  setContextStore,
  setFileSourceFactory,
  setRunningFromCli,
  setServerRunner,
  setSourceMapResolver,
} from "./runtime.ts";
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
  pyRepr,
  TemplateNotFound,
  TemplateSyntaxError,
} from "./templating.ts";
export {
  buildTestRequest,
  FlaskClient,
  type TestClientOptions,
  type TestRequestOptions,
  type TestResponse,
} from "./testing.ts";
export { secureFilename } from "./utils.ts";
export { UUID } from "./uuid.ts";
export { type ClassViewFunction, MethodView, View } from "./views.ts";
export { type IncomingRequest, Request, UserAgent } from "./wrappers/request.ts";
export { getContentType, Response, type ResponseInit } from "./wrappers/response.ts";
