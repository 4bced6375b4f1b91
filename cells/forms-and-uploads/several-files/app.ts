import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { Flask, request, secureFilename, sendFromDirectory, urlFor } from "flask";

const app = new Flask(import.meta.url);
app.config.set("MAX_CONTENT_LENGTH", 4 * 1024 * 1024);

const UPLOAD_FOLDER = join(app.instancePath, "uploads");
mkdirSync(UPLOAD_FOLDER, { recursive: true });

const PLAIN = { "Content-Type": "text/plain; charset=utf-8" };

app.get("/", function index() {
  return `<form method="post" action="/upload" enctype="multipart/form-data">
  <input type="file" name="photos" multiple>
  <button type="submit">Upload them all</button>
</form>`;
});

app.post("/upload", function upload() {
  const photos = request.files.getList("photos").filter((photo) => photo.filename);
  if (photos.length === 0) {
    return ["Choose at least one file.", 400, PLAIN];
  }
  const items: string[] = [];
  for (const photo of photos) {
    const name = secureFilename(photo.filename ?? "");
    if (!name) {
      continue;
    }
    photo.save(join(UPLOAD_FOLDER, name));
    const url = urlFor("uploaded", { name });
    items.push(`  <li><a href="${url}">${name}</a> (${photo.mimetype})</li>`);
  }
  return `<p>${items.length} of ${photos.length} files saved:</p>\n<ul>\n${items.join("\n")}\n</ul>`;
});

app.get("/uploads/<name>", function uploaded({ name }) {
  return sendFromDirectory(UPLOAD_FOLDER, name);
});

app.run();
