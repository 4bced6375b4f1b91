import { BadRequest, Flask, KeyError, request } from "flask";

export const app = new Flask("key_error_handler");

app.errorHandler(KeyError, function missing_key(e: KeyError) {
  const py = (b: boolean) => (b ? "True" : "False");
  return [`${e.constructor.name}: ${e.key} (bad request: ${py(e instanceof BadRequest)})`, 400];
});

app.route("/form", { methods: ["POST"] }, function form() {
  return request.form.name;
});

app.route("/dict", function plain_dict() {
  const prices = new Map([["tea", 2]]);
  if (!prices.has("coffee")) throw new KeyError("coffee");
  return String(prices.get("coffee"));
});
