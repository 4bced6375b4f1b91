import { Flask, urlFor } from "flask";
import { bp as blogBp } from "./blog.ts";

const app = new Flask(import.meta.url);
app.registerBlueprint(blogBp);

app.route("/", function home() {
  return `<h1>Home</h1><p><a href="${urlFor("blog.index")}">Read the blog</a></p>`;
});

// Every rule of the app with its endpoint: the blueprint's are named blog.something.
app.route("/rules", function rules() {
  const lines = [...app.urlMap.iterRules()].map((rule) => `${rule.endpoint} ${rule.rule}`);
  return [lines.sort().join("\n"), { "Content-Type": "text/plain" }];
});

app.run();
