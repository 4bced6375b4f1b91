import { Flask, jsonify, request } from "flask";

export const app = new Flask("json_wrong_content_type");

app.route("/echo", { methods: ["POST"] }, function echo() {
  return jsonify({ json: request.json });
});
