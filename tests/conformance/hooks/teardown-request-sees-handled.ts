import { abort, Flask } from "flask";

export const app = new Flask("teardown_request_sees_handled");
const LOG: string[] = [];

class ZeroDivisionError extends Error {}

app.teardownRequest(function record(exc) {
  const error = exc as Error | null;
  LOG.push(error ? `${error.constructor.name}(${JSON.stringify(error.message)})` : "None");
});

app.errorHandler(ZeroDivisionError, function handle() {
  return ["handled", 500];
});

app.route("/div", function div() {
  throw new ZeroDivisionError("division by zero");
});

app.route("/nf", function nf() {
  abort(404);
});

app.route("/log", function log() {
  return LOG.join(" | ");
});
