from flask import Flask, render_template

app = Flask(__name__)


@app.route("/<ext>")
def by_ext(ext):
    template = {"html": "hello.html", "txt": "hello.txt", "xml": "feed.xml"}[ext]
    return render_template(template, name="<b>&</b>", raw="<i>")
