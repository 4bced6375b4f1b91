import { Flask } from "flask";

export const app = new Flask("url_map_str");

app.route("/", function index() {
  return String(app.urlMap);
});

app.route("/user/<int:uid>", { methods: ["GET", "POST"] }, function user() {
  return "";
});

app.route("/files/<path:name>", function files() {
  return "";
});
