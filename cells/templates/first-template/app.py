from flask import Flask, render_template, render_template_string

app = Flask(__name__)

book = {"title": "The Little Prince", "author": "Antoine de Saint-Exupéry", "year": 1943}


@app.route("/")
def index():
    return render_template("index.html", library="Kolba library", book=book)


@app.route("/hello/<name>")
def hello(name):
    return render_template_string("<p>Hello, {{ name|title }}!</p>", name=name)


if __name__ == "__main__":
    app.run()
