from flask import Flask, request
from werkzeug.utils import secure_filename

app = Flask(__name__)

PLAIN = {"Content-Type": "text/plain; charset=utf-8"}

NAMES = [
    "My holiday photo.jpg",
    "../../etc/passwd",
    "Šuo ir katė.png",
    "мысық.png",
    "C:\\Users\\ona\\cv.pdf",
    ".bashrc",
    "..",
]


def show(name):
    return f"{name}  ->  {secure_filename(name) or '(nothing left)'}"


@app.get("/")
def examples():
    return "\n".join(show(name) for name in NAMES), PLAIN


@app.get("/try")
def try_name():
    return show(request.args.get("name", "")), PLAIN


if __name__ == "__main__":
    app.run()
