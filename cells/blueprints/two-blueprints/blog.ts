import { Blueprint, urlFor } from "flask";

export const bp = new Blueprint("blog", import.meta.url, { urlPrefix: "/blog" });

// The blog has a view called index, and so has the app: the dot tells them apart.
bp.route("/", function index() {
  return (
    "<h1>Blog</h1><ul>" +
    `<li>.index: ${urlFor(".index")}</li>` +
    `<li>blog.index: ${urlFor("blog.index")}</li>` +
    `<li>index: ${urlFor("index")}</li>` +
    `<li>auth.login: ${urlFor("auth.login")}</li>` +
    "</ul>"
  );
});
