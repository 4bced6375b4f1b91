import { Flask, request, urlFor } from "flask";

const app = new Flask(import.meta.url);

app.route("/", function index() {
  return `<h1>Kolba library</h1><p><a href="${urlFor("books")}">See all books</a></p>`;
});

app.route("/books/", function books() {
  return "<h1>Books</h1><ul><li>The Little Prince</li><li>Dune</li><li>Emma</li></ul>";
});

function about() {
  return "<h1>About</h1><p>Kolba library lends books to everyone in town, for free.</p>";
}

app.route("/about", about);
app.route("/info", about);

app.route("/suggest", { methods: ["GET", "POST"] }, function suggest() {
  if (request.method === "POST") {
    return "Thank you for your suggestion!";
  }
  return "To suggest a book, send its title in a POST request to this address.";
});

console.log(String(app.urlMap));

app.run();
