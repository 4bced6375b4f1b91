import { Flask, jsonify, request } from "flask";

export const app = new Flask("form_multipart");

app.route("/echo", { methods: ["POST"] }, function echo() {
  const upload = request.files.get("doc");
  return jsonify({
    title: request.form.get("title") ?? null,
    tags: request.form.getList("tag"),
    files: [...request.files.keys()].sort(),
    filename: upload ? upload.filename : null,
    content_type: upload ? upload.contentType : null,
    content: upload ? new TextDecoder().decode(upload.read()) : null,
    many: request.files.getList("many").map((f) => f.filename),
    mimetype: request.mimetype,
  });
});
