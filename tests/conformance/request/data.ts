import { Flask, jsonify, request } from "flask";

export const app = new Flask("data");

app.route("/echo", { methods: ["POST", "PUT"] }, function echo() {
  return jsonify({
    data: new TextDecoder().decode(request.data),
    text: request.getData({ asText: true }),
    length: request.contentLength,
    content_type: request.contentType ?? null,
  });
});
