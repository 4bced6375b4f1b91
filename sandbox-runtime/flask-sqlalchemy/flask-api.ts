/**
 * Everything the database module takes from the port of Flask, in one place: the in-page
 * engine's bundle points this one module at the port the Worker already loaded, so contexts
 * and `abort` are the app's own, never a second copy.
 */
export {
  abort,
  currentApp,
  type Flask,
  g,
  hasAppContext,
  hasRequestContext,
  markTuple,
  pyRepr,
  RuntimeError,
  request,
} from "../flask/index.ts";
