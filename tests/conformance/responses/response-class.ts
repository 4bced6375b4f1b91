import { Flask, jsonify, Response } from "flask";

export const app = new Flask("response_class");

app.route("/", function index() {
  const response = new Response("made by hand", {
    status: 201,
    mimetype: "text/plain",
    headers: { "X-Kind": "manual" },
  });
  response.headers.set("X-Extra", "1");
  return response;
});

app.route("/attrs", function attrs() {
  const r = new Response("abc", { status: 202, mimetype: "application/xml" });
  return jsonify({
    status: r.status,
    status_code: r.statusCode,
    mimetype: r.mimetype,
    content_type: r.contentType,
    data: r.getData({ asText: true }),
    length: r.contentLength,
    is_json: r.isJson,
    default_mimetype: Response.defaultMimetype,
  });
});

app.route("/status-change", function status_change() {
  const r = new Response("changed");
  r.statusCode = 404;
  return r;
});
