import { Flask, jsonify, request } from "flask";

export const app = new Flask("file_edge_cases");

app.route("/upload", { methods: ["POST"] }, function upload() {
  const out: Record<string, unknown> = {};
  for (const [name, f] of request.files.items()) {
    out[name] = {
      filename: f.filename,
      mimetype: f.mimetype,
      size: f.read().length,
      truthy: Boolean(f.filename),
    };
  }
  return jsonify(out);
});
