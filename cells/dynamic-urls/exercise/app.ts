import { Flask, urlFor } from "flask";

const app = new Flask(import.meta.url);

const PLAIN = { "Content-Type": "text/plain; charset=utf-8" };

const posts = [
  { year: 2024, slug: "first-steps", tag: "flask" },
  { year: 2024, slug: "routing-notes", tag: "web" },
  { year: 2025, slug: "converters", tag: "python" },
];

app.route("/blog/", function blog() {
  // TODO: one link per year and per post, built with urlFor
  return ["Blog", PLAIN];
});

// TODO: /blog/<year>/ with the posts of that year

// TODO: /blog/<year>/<slug> with one post

// TODO: /blog/tag/<tag> for flask, python and web only

app.run();
