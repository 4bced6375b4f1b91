from flask import Flask

from api import bp as api_bp
from errors import bp as errors_bp

app = Flask(__name__)
app.register_blueprint(api_bp)
app.register_blueprint(errors_bp)


@app.route("/")
def index():
    return "<h1>Library</h1><p>Try /api/books/1?key=demo</p>"


if __name__ == "__main__":
    app.run()
