/**
 * Everything the database module takes from the port of Flask, in one place: the in-page
 * engine's bundle points this one module at the port the Worker already loaded (each block at
 * the namespace the Worker publishes for that entry), so contexts, `abort` and Python's tuple
 * marks are the app's own, never a second copy.
 */
export {
  abort,
  currentApp,
  type Flask,
  g,
  hasAppContext,
  hasRequestContext,
  RuntimeError,
  request,
} from "../flask/index.ts";
export { markTuple, pyFormatFloat, pyRepr } from "../flask/runtime.ts";
