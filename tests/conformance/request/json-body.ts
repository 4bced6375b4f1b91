import { Flask, jsonify, request } from "flask";

export const app = new Flask("json_body");

app.route("/echo", { methods: ["POST"] }, function echo() {
  return jsonify({
    json: request.json,
    is_json: request.isJson,
    mimetype: request.mimetype,
  });
});
