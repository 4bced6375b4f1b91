from flask import Flask, render_template, render_template_string

app = Flask(__name__)

books = [
    {"title": "Momo", "pages": 304},
    {"title": "The Hobbit", "pages": 310},
    {"title": "War and Peace", "pages": 1225},
]


@app.context_processor
def inject_library():
    return {"library": "Kolba library", "hours": "9:00–18:00"}


@app.template_filter("reading_time")
def reading_time(pages):
    hours = max(1, pages // 40)
    return "about an hour" if hours == 1 else f"about {hours} hours"


@app.route("/")
def index():
    return render_template("index.html", books=books)


@app.route("/contact")
def contact():
    return render_template_string("<p>{{ library }} is open {{ hours }}.</p>")


if __name__ == "__main__":
    app.run()
