import { Flask } from "flask";

export const app = new Flask("endpoint_overwrite");

app.route("/first", { endpoint: "shared" }, function first() {
  return "first";
});

let MESSAGE: string;
try {
  app.route("/second", { endpoint: "shared" }, function second() {
    return "second";
  });
  MESSAGE = "no error";
} catch (e) {
  MESSAGE = (e as Error).message;
}

app.route("/", function show() {
  return MESSAGE;
});
