import { Flask } from "flask";

const app = new Flask(import.meta.url);

app.route("/", function index() {
  return "<h1>Hello, Flask!</h1><p>This page came from a view function.</p>";
});

app.run();
