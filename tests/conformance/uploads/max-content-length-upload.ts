import { abort, Flask, request } from "flask";

export const app = new Flask(import.meta.url);
app.config.MAX_CONTENT_LENGTH = 1024;

app.errorHandler(413, function tooLarge() {
  return [`Too large: at most ${app.config.MAX_CONTENT_LENGTH} bytes`, 413];
});

app.route("/upload", { methods: ["POST"] }, function upload() {
  const photo = request.files.get("photo") ?? abort(400);
  return `${photo.filename}: ${photo.read().length} bytes`;
});

app.route("/no-read", { methods: ["POST"] }, function noRead() {
  return "the view never touched the body";
});
