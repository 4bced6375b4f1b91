import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { Flask, redirect, request, secureFilename, sendFromDirectory, urlFor } from "flask";

const app = new Flask(import.meta.url);
app.config.set("MAX_CONTENT_LENGTH", 1024 * 1024);

const UPLOAD_FOLDER = join(app.instancePath, "uploads");
mkdirSync(UPLOAD_FOLDER, { recursive: true });

const ALLOWED = ["png", "jpg", "jpeg", "gif", "txt"];
const PLAIN = { "Content-Type": "text/plain; charset=utf-8" };

app.get("/", function index() {
  return `<form method="post" action="/upload" enctype="multipart/form-data">
  <input type="file" name="photo">
  <button type="submit">Upload</button>
</form>`;
});

app.post("/upload", function upload() {
  if (!("photo" in request.files)) {
    return ["No file arrived. Does the form have enctype=multipart/form-data?", 400, PLAIN];
  }
  const photo = request.files.photo;
  if (!photo.filename) {
    return ["Choose a file first.", 400, PLAIN];
  }
  const name = secureFilename(photo.filename);
  const extension = name.includes(".") ? name.split(".").pop()?.toLowerCase() : "";
  if (!ALLOWED.includes(extension ?? "")) {
    return [`Only these files, please: ${ALLOWED.join(", ")}.`, 400, PLAIN];
  }
  photo.save(join(UPLOAD_FOLDER, name));
  return redirect(urlFor("uploaded", { name }));
});

app.get("/uploads/<name>", function uploaded({ name }) {
  return sendFromDirectory(UPLOAD_FOLDER, name);
});

app.run();
