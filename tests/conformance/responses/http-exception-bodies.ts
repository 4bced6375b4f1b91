import { abort, Flask } from "flask";

export const app = new Flask("http_exception_bodies");

app.route("/<int:code>", function fail({ code }) {
  abort(code);
});
