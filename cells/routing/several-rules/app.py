from flask import Flask

app = Flask(__name__)


@app.route("/index.html")
@app.route("/home")
@app.route("/")
def home():
    return "<h1>Kolba library</h1>"


if __name__ == "__main__":
    app.run()
