from flask import Blueprint, Flask, current_app, g, url_for

pages = Blueprint("pages", __name__, url_prefix="/pages")


@pages.before_request
def count():
    current_app.config["HITS"] += 1
    g.hits = current_app.config["HITS"]


@pages.route("/")
def index():
    return f"{current_app.config['SITE']} hit {g.hits} at {url_for('.index')}"


def create_app(config=None):
    app = Flask(__name__)
    app.config.from_mapping(SITE="main", HITS=0)
    if config:
        app.config.from_mapping(config)
    app.register_blueprint(pages)
    return app


app = create_app()
other = create_app({"SITE": "other", "HITS": 100})


@app.route("/compare")
def compare():
    with other.test_request_context("/pages/"):
        other_url = url_for("pages.index")
    return " ".join(
        [
            str(app is not other),
            app.config["SITE"],
            other.config["SITE"],
            str(other.config["HITS"]),
            other_url,
            ",".join(sorted(other.blueprints)),
            str(len(list(other.url_map.iter_rules()))),
        ]
    )
