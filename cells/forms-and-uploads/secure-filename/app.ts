import { Flask, request, secureFilename } from "flask";

const app = new Flask(import.meta.url);

const PLAIN = { "Content-Type": "text/plain; charset=utf-8" };

const NAMES = [
  "My holiday photo.jpg",
  "../../etc/passwd",
  "Šuo ir katė.png",
  "мысық.png",
  "C:\\Users\\ona\\cv.pdf",
  ".bashrc",
  "..",
];

function show(name: string): string {
  return `${name}  ->  ${secureFilename(name) || "(nothing left)"}`;
}

app.get("/", function examples() {
  return [NAMES.map(show).join("\n"), PLAIN];
});

app.get("/try", function tryName() {
  return [show(request.args.get("name", "")), PLAIN];
});

app.run();
