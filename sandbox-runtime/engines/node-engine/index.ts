export { createCellResponse, parseSetCookie } from "./cell-response.ts";
export { BOOTSTRAP_PATH, cellPayload, writeTree } from "./cell-tree.ts";
export {
  type BuiltTree,
  buildModuleTree,
  type ModuleTreeOptions,
  type TreeFiles,
} from "./module-tree.ts";
export { NodeEngine, type NodeEngineOptions } from "./node-engine.ts";
export { buildPort, PORT_RUNTIME } from "./port-build.ts";
export { type NodeCellOptions, NodeRunningCell } from "./running-cell.ts";
