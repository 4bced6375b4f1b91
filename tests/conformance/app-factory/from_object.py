from flask import Flask, jsonify


class BaseConfig:
    SITE_NAME = "Kolba"
    PER_PAGE = 5
    site_colour = "green"


class TestConfig(BaseConfig):
    TESTING = True
    PER_PAGE = 2
    _HIDDEN = "underscore"


class Settings:
    def __init__(self):
        self.FROM_INSTANCE = "yes"
        self.from_instance_lower = "no"


def create_app(config_class=BaseConfig):
    app = Flask(__name__)
    app.config.from_object(config_class)
    app.config.from_object(Settings())
    return app


app = create_app(TestConfig)


@app.route("/")
def show():
    return jsonify(
        site=app.config["SITE_NAME"],
        per_page=app.config["PER_PAGE"],
        testing=app.testing,
        hidden=app.config.get("_HIDDEN"),
        from_instance=app.config.get("FROM_INSTANCE"),
        dropped=[k for k in ["site_colour", "from_instance_lower"] if k not in app.config],
    )
