export type { CellFiles } from "../cell.ts";
export {
  CookieJar,
  cookiePathMatches,
  defaultCookiePath,
  type StoredCookie,
} from "../cookie-jar.ts";
export { CellWorkerHost, type WorkerEvent } from "./cell-worker-host.ts";
export { PreviewHost, type PreviewHostOptions } from "./preview-host.ts";
export { previewErrorPage, previewHeaders, previewLocation } from "./preview-response.ts";
export * from "./protocol.ts";
export { WorkerEngine, type WorkerEngineOptions } from "./worker-engine.ts";
export { type WorkerCellOptions, WorkerRunningCell } from "./worker-running-cell.ts";
