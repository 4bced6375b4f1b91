import { Flask } from "flask";

export const app = new Flask("teardown");
const LOG: string[] = [];

app.teardownRequest(function teardown_request(exc) {
  LOG.push(`request:${exc ? exc.constructor.name : "None"}`);
});

app.teardownAppcontext(function teardown_app(exc) {
  LOG.push(`app:${exc ? exc.constructor.name : "None"}`);
});

app.route("/log", function log() {
  return LOG.join(",");
});

app.route("/boom", function boom() {
  throw new ValueError("boom");
});

class ValueError extends Error {}
