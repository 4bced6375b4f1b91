import { abort, Flask, jsonify, Response } from "flask";

export const app = new Flask("abort_response");

app.route("/custom", function custom() {
  abort(new Response("custom refusal", { status: 418, headers: { "X-Why": "teapot" } }));
});

app.route("/json", function json_abort() {
  abort(jsonify({ error: "bad input" }), 400);
});
