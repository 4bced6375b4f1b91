import { Flask, request } from "flask";

const app = new Flask(import.meta.url);

const PLAIN = { "Content-Type": "text/plain; charset=utf-8" };

app.route("/shop/<category>", { methods: ["GET", "POST"] }, function shop({ category }) {
  const lines = [
    `category:  ${category}`,
    `method:    ${request.method}`,
    `path:      ${request.path}`,
    `full path: ${request.fullPath}`,
    `base url:  ${request.baseUrl}`,
    `url:       ${request.url}`,
  ];
  return [lines.join("\n"), PLAIN];
});

app.run();
