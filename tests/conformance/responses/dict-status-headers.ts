import { Flask } from "flask";

export const app = new Flask("dict_status_headers");

app.route("/created", function created() {
  return [{ id: 7 }, 201, { Location: "/items/7", "X-Request-Id": "abc" }];
});

app.route("/list-headers", function list_headers() {
  return [["a", "b"], { "X-Total": "2" }];
});
