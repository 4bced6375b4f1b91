import { Flask, urlFor } from "flask";

const app = new Flask(import.meta.url);

app.route("/", function index() {
  return `<a href="${urlFor("about")}">About the library</a>`;
});

app.route("/about-us", function about() {
  return `<a href="${urlFor("index")}">Back to the start</a>`;
});

app.run();
