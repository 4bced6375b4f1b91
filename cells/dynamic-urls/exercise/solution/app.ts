import { abort, Flask, urlFor } from "flask";

const app = new Flask(import.meta.url);

const PLAIN = { "Content-Type": "text/plain; charset=utf-8" };

const posts = [
  { year: 2024, slug: "first-steps", tag: "flask" },
  { year: 2024, slug: "routing-notes", tag: "web" },
  { year: 2025, slug: "converters", tag: "python" },
];

app.route("/blog/", function blog() {
  const years = [...new Set(posts.map((p) => p.year))];
  const links = [
    ...years.map((year) => urlFor("archive", { year, sort: "new" })),
    ...posts.map((p) => urlFor("post", { year: p.year, slug: p.slug })),
  ];
  return [links.join("\n"), PLAIN];
});

app.route("/blog/<int(fixed_digits=4):year>/", function archive({ year }) {
  const found = posts.filter((p) => p.year === year);
  return [found.map((p) => `${p.year}/${p.slug}`).join("\n"), PLAIN];
});

app.route("/blog/<int(fixed_digits=4):year>/<slug>", function post({ year, slug }) {
  const found = posts.find((p) => p.year === year && p.slug === slug);
  if (!found) abort(404);
  return [`Post ${slug} from ${year}, tagged ${found.tag}`, PLAIN];
});

app.route("/blog/tag/<any(flask, python, web):tag>", function tagged({ tag }) {
  const found = posts.filter((p) => p.tag === tag);
  return [found.map((p) => `${p.year}/${p.slug}`).join("\n"), PLAIN];
});

app.run();
