import { Flask, request, session } from "flask";

export const app = new Flask("outside_request");

let REQUEST_ERROR = "";
try {
  request.path;
} catch (e) {
  REQUEST_ERROR = (e as Error).message;
}

let SESSION_ERROR = "";
try {
  session.get("x");
} catch (e) {
  SESSION_ERROR = (e as Error).message;
}

app.route("/", function index() {
  return REQUEST_ERROR + "\n---\n" + SESSION_ERROR;
});
