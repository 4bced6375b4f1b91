import { Flask, urlFor } from "flask";

export const app = new Flask("build_error");

import { BuildError } from "flask";

function buildError() {
  const messages: string[] = [];
  for (const [endpoint, values] of [
    ["usr", {}],
    ["user", {}],
    ["nothing_like_it", {}],
    ["user", { name: "x" }],
  ] as const) {
    try {
      messages.push(urlFor(endpoint, values));
    } catch (e) {
      if (!(e instanceof BuildError)) throw e;
      messages.push(e.message);
    }
  }
  return messages.join("\n---\n");
}

app.route("/user/<int:uid>", function user() {
  return "";
});

app.route("/", function index() {
  return buildError();
});
