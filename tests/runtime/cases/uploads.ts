/**
 * Cases about uploads: a file saved into the instance folder and served back, in every engine
 * (the disk under Node and in a WebContainer, the in-memory file system in the page).
 */
import type { RuntimeCase } from "../case-types.ts";

const BOUNDARY = "----kolba-upload";

function multipart(parts: { name: string; filename?: string; type?: string; content: string }[]) {
  let body = "";
  for (const part of parts) {
    body += `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${part.name}"`;
    if (part.filename !== undefined) body += `; filename="${part.filename}"`;
    body += "\r\n";
    if (part.type) body += `Content-Type: ${part.type}\r\n`;
    body += `\r\n${part.content}\r\n`;
  }
  return {
    method: "POST",
    headers: { "Content-Type": `multipart/form-data; boundary=${BOUNDARY}` },
    body: `${body}--${BOUNDARY}--\r\n`,
  };
}

const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="2" height="2"/>';

export const uploadCases: RuntimeCase[] = [
  {
    name: "an upload saved and served back",
    about:
      "A file posted as multipart is saved under app.instancePath with secureFilename (node:fs makes the folder), listed and sent back by sendFromDirectory; save() makes no folder; MAX_CONTENT_LENGTH answers 413.",
    files: {
      "app.ts": `import { mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { Flask, redirect, request, secureFilename, sendFromDirectory, urlFor } from "flask";

const app = new Flask(import.meta.url);
app.config.MAX_CONTENT_LENGTH = 4096;
const uploads = join(app.instancePath, "uploads");
mkdirSync(uploads, { recursive: true });

app.post("/upload", function upload() {
  const photos = request.files.getList("photo");
  for (const photo of photos) photo.save(join(uploads, secureFilename(photo.filename ?? "")));
  return redirect(urlFor("uploaded", { name: secureFilename(photos[0]?.filename ?? "") }));
});

app.get("/uploads/<name>", function uploaded({ name }) {
  return sendFromDirectory(uploads, String(name));
});

app.get("/list", function list() {
  return readdirSync(uploads).sort().join(",");
});

app.post("/nowhere", function nowhere() {
  request.files.photo.save(join(app.instancePath, "missing", "a.txt"));
  return "saved";
});

app.run();
`,
    },
    steps: [
      { request: "/list", expect: { status: 200, body: "" } },
      {
        request: {
          path: "/upload",
          ...multipart([
            { name: "title", content: "holiday" },
            { name: "photo", filename: "../My dot.svg", type: "image/svg+xml", content: svg },
            { name: "photo", filename: "notes ė.txt", type: "text/plain", content: "hello" },
          ]),
        },
        expect: { status: 302, headers: { location: /\/uploads\/My_dot\.svg$/ } },
      },
      {
        request: "/uploads/My_dot.svg",
        expect: { status: 200, body: svg, headers: { "content-type": "image/svg+xml" } },
      },
      { request: "/uploads/notes_e.txt", expect: { status: 200, body: "hello" } },
      { request: "/list", expect: { status: 200, body: "My_dot.svg,notes_e.txt" } },
      { request: "/uploads/..%2Fapp.ts", expect: { status: 404 } },
      {
        request: {
          path: "/nowhere",
          ...multipart([{ name: "photo", filename: "a.txt", type: "text/plain", content: "x" }]),
        },
        expect: { status: 500 },
      },
      {
        request: {
          path: "/upload",
          ...multipart([
            { name: "photo", filename: "big.txt", type: "text/plain", content: "x".repeat(5000) },
          ]),
        },
        expect: { status: 413 },
      },
    ],
  },
];
