import { Flask, request, urlFor } from "flask";

const app = new Flask(import.meta.url);

app.route("/", function index() {
  // TODO: add a link to the book list, built with urlFor
  return "<h1>Kolba library</h1>";
});

// TODO: /books/ with a list of titles

// TODO: /about, also reachable at /info

// TODO: /suggest for GET and POST

console.log(String(app.urlMap));

app.run();
