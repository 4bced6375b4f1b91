from flask import Flask, render_template, request

app = Flask(__name__)

titles = []


@app.get("/")
def index():
    return render_template("index.html", titles=titles)


@app.post("/add")
def add():
    title = request.form.get("title", "").strip()
    titles.append(title)
    return render_template("index.html", titles=titles)


if __name__ == "__main__":
    app.run()
