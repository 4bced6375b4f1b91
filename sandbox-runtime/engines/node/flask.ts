/**
 * The Node entry of the `flask` package: installs AsyncLocalStorage contexts, disk files and the
 * node:http server, then exposes the port.
 * @see flask/__init__.py
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  setContextStore,
  setFileSourceFactory,
  setFileWriter,
  setServerRunner,
  setSourceMapResolver,
} from "flask/runtime";
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

// The learner's API, the same names as the browser's entry; what engines need is in `flask/runtime`.
export * from "../../flask/index.ts";
