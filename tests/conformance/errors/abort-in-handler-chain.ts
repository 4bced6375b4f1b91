import { abort, Flask } from "flask";

export const app = new Flask("abort_in_handler_chain");

class Gone extends Error {}

app.errorHandler(Gone, function gone() {
  abort(410);
});

app.route("/", function index() {
  throw new Gone();
});
