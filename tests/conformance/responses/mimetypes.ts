import { Flask, Response } from "flask";

export const app = new Flask("mimetypes");

app.route("/<kind>", function by_kind({ kind }) {
  const mimetypes: Record<string, string> = {
    plain: "text/plain",
    xml: "application/xml",
    js: "application/javascript",
    svg: "image/svg+xml",
    bin: "application/octet-stream",
    csv: "text/csv",
  };
  return new Response("data", { mimetype: mimetypes[kind] });
});

app.route("/explicit", function explicit() {
  return new Response("data", { contentType: "text/plain; charset=latin-1" });
});
