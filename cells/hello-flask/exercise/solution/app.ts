import { Flask } from "flask";

const app = new Flask(import.meta.url);

app.route("/", function index() {
  return '<h1>Kolba library</h1><p><a href="/about">About the library</a></p>';
});

app.route("/about", function about() {
  let page = "<h1>About</h1>";
  page += "<p>Kolba library lends books to everyone in town, for free.</p>";
  return page;
});

app.route("/hours", function hours() {
  return "<h1>Opening hours</h1><p>Monday to Friday, 10:00 to 18:00.</p>";
});

app.run({ debug: true });
