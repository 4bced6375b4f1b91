import { Flask, jsonify, request } from "flask";

export const app = new Flask("get_json_force_error");

app.route("/echo", { methods: ["POST"] }, function echo() {
  return jsonify({ forced: request.getJson({ force: true }) });
});
