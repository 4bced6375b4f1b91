import { type FileStorage, Flask, jsonify, request } from "flask";

export const app = new Flask(import.meta.url);

function describe(f: FileStorage) {
  const first = f.read();
  const again = f.read();
  f.stream.seek(0);
  const head = f.read(4);
  const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
  return {
    filename: f.filename,
    name: f.name,
    content_type: f.contentType,
    mimetype: f.mimetype,
    mimetype_params: f.mimetypeParams,
    content_length: f.contentLength,
    size: first.length,
    read_again: again.length,
    head: text(head),
    text: text(first),
    has_filename: Boolean(f.filename),
    disposition: f.headers.get("Content-Disposition") ?? null,
    repr: String(f),
    str: `${f}`,
  };
}

app.route("/files", { methods: ["POST"] }, function files() {
  const names = [...new Set(request.files.keys())];
  return jsonify({
    fields: [...names].sort(),
    form: request.form.toDict(false),
    files: Object.fromEntries(
      names.map((name) => [name, request.files.getList(name).map(describe)]),
    ),
    missing: request.files.getList("missing"),
    first_photo: "photos" in request.files ? request.files.photos.filename : null,
  });
});
