from flask import Flask, flash, redirect, render_template, request, url_for

app = Flask(__name__)
app.secret_key = "dev"

titles = []


@app.get("/")
def index():
    return render_template("index.html", titles=titles)


@app.post("/add")
def add():
    title = request.form.get("title", "").strip()
    if not title:
        flash("Write a title first.", "error")
    elif len(title) > 60:
        flash("A title has at most 60 characters.", "error")
        flash("Tip: leave out the subtitle.", "info")
    elif title in titles:
        flash(f"{title} is already on your list.", "error")
    else:
        titles.append(title)
        flash(f"Added {title}.", "success")
        return redirect(url_for("index"))
    return render_template("index.html", titles=titles), 400


if __name__ == "__main__":
    app.run()
