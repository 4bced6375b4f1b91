import { Blueprint, request, urlFor } from "flask";

// No urlPrefix here: the app chooses one when it registers the blueprint.
export const bp = new Blueprint("auth", import.meta.url);

bp.route("/login", function login() {
  return (
    `<h1>Log in</h1><p>${request.endpoint} answers ${request.path}</p>` +
    `<p><a href="${urlFor("blog.index")}">Back to the blog</a></p>`
  );
});

bp.route("/logout", function logout() {
  return `<p>Bye! <a href="${urlFor(".login")}">Log in again</a></p>`;
});
