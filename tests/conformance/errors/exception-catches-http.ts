import { Flask } from "flask";

export const app = new Flask("exception_catches_http");

class ValueError extends Error {}

app.errorHandler(Error, function everything(e) {
  return [`caught ${e.constructor.name}`, (e as { code?: number }).code ?? 500];
});

app.route("/value", function value() {
  throw new ValueError("bad");
});
