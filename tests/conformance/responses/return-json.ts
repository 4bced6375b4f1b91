import { Flask } from "flask";

export const app = new Flask("return_json");

app.route("/dict", function as_dict() {
  return { name: "Kolba", langs: ["en", "lt", "kk"], nested: { b: 2, a: 1 }, none: null };
});

app.route("/list", function as_list() {
  return [1, "two", { three: 3.5 }, true];
});

app.route("/dict-status", function dict_status() {
  return [{ error: "nope" }, 400];
});

app.route("/unicode", function unicode() {
  return { text: "Labas, pasauli! Сәлем" };
});
