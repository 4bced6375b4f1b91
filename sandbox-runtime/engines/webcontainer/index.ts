export {
  b64decode as base64ToBytes,
  b64encode as bytesToBase64,
} from "flask/runtime";
export { asContainer, type Container, type ContainerProcess } from "./container.ts";
export { ContainerHost, type PortWatcher } from "./container-host.ts";
export { flattenFileSystemTree, toFileSystemTree } from "./mount-tree.ts";
export { OutputSplitter } from "./output-splitter.ts";
export { BOOT_OPTIONS, pageContainerHost } from "./page-host.ts";
export { cellMountPayload } from "./payload.ts";
export { type WebContainerCellOptions, WebContainerRunningCell } from "./running-cell.ts";
export { type RuntimeFiles, WEBCONTAINER_BOOTSTRAP } from "./runtime-files.ts";
export {
  type FailureEnvelope,
  type RequestEnvelope,
  type ResponseEnvelope,
  SIDE_CHANNEL_HEADERS,
} from "./side-channel.ts";
export { STDERR_PREFIX, stderrLine } from "./stderr-lines.ts";
export { WebContainerEngine, type WebContainerEngineOptions } from "./webcontainer-engine.ts";
