from flask import Flask, request

app = Flask(__name__)
# Tiny on purpose, so a long note is enough to go over it; uploads use megabytes.
app.config["MAX_CONTENT_LENGTH"] = 512

PLAIN = {"Content-Type": "text/plain; charset=utf-8"}


@app.get("/")
def index():
    return """<form method="post" action="/note">
  <textarea name="note" rows="8" cols="60"></textarea>
  <button type="submit">Leave a note</button>
</form>"""


@app.post("/note")
def note():
    text = request.form.get("note", "")
    return f"Thank you for a note of {len(text)} characters.", PLAIN


@app.errorhandler(413)
def too_large(error):
    return "That note is too long: a request may carry at most 512 bytes.", 413, PLAIN


if __name__ == "__main__":
    app.run()
