import { Flask, request } from "flask";

const app = new Flask(import.meta.url);
// Tiny on purpose, so a long note is enough to go over it; uploads use megabytes.
app.config.set("MAX_CONTENT_LENGTH", 512);

const PLAIN = { "Content-Type": "text/plain; charset=utf-8" };

app.get("/", function index() {
  return `<form method="post" action="/note">
  <textarea name="note" rows="8" cols="60"></textarea>
  <button type="submit">Leave a note</button>
</form>`;
});

app.post("/note", function note() {
  const text = request.form.get("note", "");
  return [`Thank you for a note of ${text.length} characters.`, PLAIN];
});

app.errorHandler(413, function tooLarge() {
  return ["That note is too long: a request may carry at most 512 bytes.", 413, PLAIN];
});

app.run();
