import { abort, Flask } from "flask";

export const app = new Flask("abort");

app.route("/code/<int:code>", function by_code({ code }) {
  abort(code);
});

app.route("/described", function described() {
  abort(403, "You shall not pass.");
});

app.route("/unknown", function unknown() {
  try {
    abort(299);
  } catch (e) {
    return `LookupError: ${(e as Error).message}`;
  }
});
