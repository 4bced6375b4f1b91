import { Flask, jsonify, request } from "flask";

export const app = new Flask("content_info");

app.route("/echo", { methods: ["POST"] }, function echo() {
  return jsonify({
    mimetype: request.mimetype,
    params: request.mimetypeParams,
    content_type: request.contentType ?? null,
    content_length: request.contentLength,
    is_json: request.isJson,
  });
});
