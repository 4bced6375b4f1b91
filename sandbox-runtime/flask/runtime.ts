/**
 * `flask/runtime`: what engines and the test runner need from the port, kept out of the `flask`
 * entry a learner imports. The setters that install a runtime (the context store, file access,
 * the server behind `app.run`, source maps), the debug page's pieces, and the helpers the
 * engines and flask-sqlalchemy share with the port (base64, Set-Cookie parsing, Python's repr,
 * float formatting and tuples) so that there is one copy of each.
 * Everything here may change with the engines; the learner's API is `flask`.
 * @example
 * import { createSlotStore, setContextStore } from "flask/runtime";
 * setContextStore(createSlotStore());
 */
export { DEFAULT_CONFIG } from "./config.ts";
export { type ContextStore, createSlotStore } from "./context-store.ts";
export {
  FileStream,
  type ItemAccess,
  setFileWriter,
  type TypeConverter,
  type WritableFile,
  type WritableItemAccess,
} from "./datastructures.ts";
export { describeError, parseStack, renderDebugPage, type TraceFrame } from "./debug-page.ts";
export { NO_APP_MESSAGE, NO_REQUEST_MESSAGE } from "./globals.ts";
export { cookiePathMatches, type ParsedSetCookie, parseSetCookie } from "./http/set-cookie.ts";
export { pythonJsonDumps } from "./json.ts";
export { isResponseTuple } from "./make-response.ts";
export {
  andThen,
  attempt,
  ensure,
  inTurn,
  isPromiseLike,
  type MaybePromise,
} from "./maybe-promise.ts";
export { guessType } from "./mimetypes.ts";
export { b64decode, b64encode, urlsafeB64decode, urlsafeB64encode } from "./python/base64.ts";
export { pyFormatFloat } from "./python/float-format.ts";
export { pyRepr } from "./python/repr.ts";
export { markTuple } from "./python/tuple.ts";
export { updateTemplateContext } from "./rendering.ts";
export {
  type FileSource,
  type FileStat,
  fileSourceFor,
  getContextStore,
  getServerRunner,
  isRunningFromCli,
  type RunningServer,
  type RunOptions,
  type ServableApp,
  type ServerRunner,
  type SourceMapResolver,
  setAppCreatedHook,
  setContextStore,
  setFileSourceFactory,
  setRunningFromCli,
  setServerRunner,
  setSourceMapResolver,
} from "./runtime-hooks.ts";
export { buildTestRequest } from "./testing.ts";
export type { IncomingRequest } from "./wrappers/request.ts";
export { getContentType } from "./wrappers/response.ts";
