import { abort, Flask } from "flask";

export const app = new Flask("register_error_handler");

function teapot(e: { code: number }) {
  return [`registered handler: ${e.code}`, 418];
}

app.registerErrorHandler(418, teapot);

app.route("/", function index() {
  abort(418);
});
