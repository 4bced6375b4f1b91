from flask import Flask

app = Flask(__name__)

LOANS = [
    {"title": "Flask Web Development", "days": 9},
    {"title": "Fluent Python", "days": 16},
]


@app.route("/")
def index():
    return f"<h1>{len(LOANS)} books on loan</h1>"


@app.route("/overdue")
def overdue():
    late = [loan for loan in LOANS if loan["days"] > 21]
    return f"<h1>First overdue: {late[0]['title']}</h1>"


if __name__ == "__main__":
    app.run()
