import { Flask, request, urlFor } from "flask";

const app = new Flask(import.meta.url);

const PLAIN = { "Content-Type": "text/plain; charset=utf-8" };

app.route("/user/<int:id>", function profile({ id }) {
  return `User number ${id}`;
});

app.route("/posts/<int:year>/<slug>", function post({ year, slug }) {
  return [`Post ${slug} from ${year}`, PLAIN];
});

app.route("/files/<path:subpath>", function files({ subpath }) {
  return [`You asked for the file ${subpath}`, PLAIN];
});

app.route("/search", function search() {
  return [`Searching for ${request.args.get("q", "")}`, PLAIN];
});

app.route("/links", function links() {
  const urls = [
    urlFor("profile", { id: 7 }),
    urlFor("post", { year: 2024, slug: "first-steps" }),
    urlFor("profile", { id: 7, tab: "posts", page: 2 }),
    urlFor("files", { subpath: "notes/week 1.txt" }),
    urlFor("search", { q: "cats & dogs" }),
    urlFor("profile", { id: 7, _external: true }),
  ];
  return [urls.join("\n"), PLAIN];
});

app.run();
