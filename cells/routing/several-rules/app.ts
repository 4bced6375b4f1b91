import { Flask } from "flask";

const app = new Flask(import.meta.url);

function home() {
  return "<h1>Kolba library</h1>";
}

app.route("/", home);
app.route("/home", home);
app.route("/index.html", home);

app.run();
