import { mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { abort, Flask, redirect, request, secureFilename, sendFromDirectory, urlFor } from "flask";

export const app = new Flask(import.meta.url);
const uploads = join(app.instancePath, "uploads");
app.config.UPLOAD_FOLDER = uploads;
mkdirSync(uploads, { recursive: true });

app.route("/upload", { methods: ["POST"] }, function upload() {
  const photo = request.files.get("photo");
  if (photo === undefined) return ["No file part", 400];
  if (photo.filename === "") return ["No selected file", 400];
  const name = secureFilename(photo.filename ?? "");
  if (!name) abort(400);
  photo.save(join(uploads, name));
  return redirect(urlFor("uploaded", { name }));
});

app.route("/uploads/<path:name>", function uploaded({ name }) {
  return sendFromDirectory(uploads, String(name));
});

app.route("/list", function listing() {
  return readdirSync(uploads).sort().join(", ");
});

app.route("/read-then-save", { methods: ["POST"] }, function readThenSave() {
  const f = request.files.get("doc") ?? abort(400);
  const size = f.read().length;
  f.save(join(uploads, "after-read.txt"));
  f.stream.seek(0);
  f.save(join(uploads, "after-seek.txt"));
  return `read ${size} bytes`;
});

app.route("/nowhere", { methods: ["POST"] }, function nowhere() {
  (request.files.get("doc") ?? abort(400)).save(join(app.instancePath, "missing-folder", "a.txt"));
  return "saved";
});
