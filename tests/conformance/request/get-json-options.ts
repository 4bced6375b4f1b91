import { Flask, jsonify, request } from "flask";

export const app = new Flask("get_json_options");

app.route("/echo", { methods: ["POST"] }, function echo() {
  return jsonify({
    silent: request.getJson({ silent: true }),
    forced: request.getJson({ force: true, silent: true }),
    is_json: request.isJson,
  });
});
