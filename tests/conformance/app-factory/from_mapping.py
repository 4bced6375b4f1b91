from flask import Flask, jsonify


def create_app(test_config=None):
    app = Flask(__name__)
    app.config.from_mapping(SECRET_KEY="dev", PER_PAGE=5, per_page=50)
    if test_config is not None:
        app.config.from_mapping(test_config)
    return app


app = create_app(
    {
        "TESTING": True,
        "PER_PAGE": 10,
        "lowercase": 1,
        "MixedCase": 2,
        "WITH_DIGITS_2": 3,
        "__DUNDER__": 4,
        "_": 5,
        "123": 6,
        "ÄPFEL": 7,
        "STRAßE": 8,
        "ÄÖ": 9,
    }
)
KEYS = ["lowercase", "MixedCase", "WITH_DIGITS_2", "__DUNDER__", "_", "123", "ÄPFEL", "STRAßE", "ÄÖ", "per_page"]


@app.route("/")
def show():
    return jsonify(
        testing=app.testing,
        secret_key=app.config["SECRET_KEY"],
        per_page=app.config["PER_PAGE"],
        kept=[key for key in KEYS if key in app.config],
        returned=app.config.from_mapping({"lower": 1}),
    )
