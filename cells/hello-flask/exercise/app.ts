import { Flask } from "flask";

const app = new Flask(import.meta.url);

app.route("/", function index() {
  return "Kolba library";
});

app.route("/about", function about() {
  let page = "<h1>About</h1>";
  page += "<p>Kolba library lends books to everyone in town, for free.</p>";
});

app.run();
