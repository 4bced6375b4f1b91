import { abort, Blueprint, urlFor } from "flask";

// A blueprint: views that wait to be registered on an app, all under /blog.
export const bp = new Blueprint("blog", import.meta.url, { urlPrefix: "/blog" });

const posts: Record<number, string> = { 1: "Hello, blueprints", 2: "Why split an app" };

bp.route("/", function index() {
  const links = Object.entries(posts).map(
    ([id, title]) => `<li><a href="${urlFor(".post", { id })}">${title}</a></li>`,
  );
  return `<h1>Blog</h1><ul>${links.join("")}</ul>`;
});

bp.route("/<int:id>", function post({ id }) {
  if (!(id in posts)) abort(404);
  return `<h1>${posts[id]}</h1><p><a href="${urlFor("home")}">Home</a></p>`;
});
