export { CellError, plainError } from "./cell-error.ts";
export { codeFrame, lineColumnAt } from "./code-frame.ts";
export { importSpecifiers, type ImportSpecifier } from "./import-specifiers.ts";
export {
  createSourceMapResolver,
  firstCellFrame,
  type FramePosition,
  type FrameResolver,
  mapStack,
  type ResolverOptions,
} from "./source-map-resolver.ts";
export {
  decodeMappings,
  encodeMappings,
  originalPositionFor,
  type SourceMap,
} from "./source-map.ts";
export { matchingPrebuilt } from "./prebuilt.ts";
export { type TranspiledCell, transpileCell } from "./transpile-cell.ts";
export { locatedAt, locateThrown } from "./located.ts";
export { type TranspiledModule, transpileModule } from "./transpile-module.ts";
