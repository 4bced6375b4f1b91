from flask import Flask

app = Flask(__name__)


@app.route("/")
def index():
    return "<h1>Hello, Flask!</h1><p>This page came from a view function.</p>"


if __name__ == "__main__":
    app.run()
