import { Flask, makeResponse, Response } from "flask";

const app = new Flask(import.meta.url);

app.route("/catalog.csv", function catalog() {
  const rows = ["title,copies", "Flask Web Development,2", "Fluent Python,1"];
  const response = makeResponse(rows.join("\n"));
  response.mimetype = "text/csv";
  response.headers.set("Content-Disposition", "attachment; filename=catalog.csv");
  return response;
});

app.route("/closed", function closed() {
  const response = makeResponse("<h1>Closed for inventory</h1>", 503);
  response.headers.set("Retry-After", "3600");
  return response;
});

app.route("/robots.txt", function robots() {
  return new Response("User-agent: *\nDisallow: /admin/\n", { mimetype: "text/plain" });
});

app.run();
