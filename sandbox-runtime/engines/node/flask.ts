/**
 * The Node entry of the `flask` package: installs AsyncLocalStorage contexts, disk files and the
 * node:http server, then exposes the port.
 * @see flask/__init__.py
 */
import { setFileWriter } from "../../flask/datastructures.ts";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  setContextStore,
  setFileSourceFactory,
  setServerRunner,
  setSourceMapResolver,
} from "../../flask/runtime.ts";
import { createAsyncLocalStore } from "./context-store.ts";
import { createFsFileSource, writeUpload } from "./file-source.ts";
import { serve } from "./server.ts";

setContextStore(createAsyncLocalStore());
setFileSourceFactory(createFsFileSource);
setServerRunner(serve);
setFileWriter(writeUpload);
// Node runs .ts files by stripping types in place, so stack positions already match the source.
setSourceMapResolver(undefined, (file) => {
  try {
    return readFileSync(file.startsWith("file:") ? fileURLToPath(file) : file, "utf8");
  } catch {
    return null;
  }
});

export * from "../../flask/index.ts";
export { createAsyncLocalStore } from "./context-store.ts";
export { createFsFileSource } from "./file-source.ts";
export { serve } from "./server.ts";
