from flask import Blueprint, Flask, current_app

pages = Blueprint("pages", __name__)


@pages.route("/")
def index():
    config = current_app.config
    return f"<h1>{config['SITE_NAME']}</h1><p>{config['NOTES_PER_PAGE']} notes per page.</p>"


# Settings as a class: from_object copies its UPPERCASE names and skips the rest.
class Config:
    SITE_NAME = "Kolba notes"
    NOTES_PER_PAGE = 10
    site_colour = "green"


def create_app(test_config=None):
    """The application factory: every call makes a new app, configured and ready."""
    app = Flask(__name__)
    app.config.from_mapping(SECRET_KEY="dev", NOTES_PER_PAGE=5)
    app.config.from_object(Config)
    if test_config:
        app.config.from_mapping(test_config)
    app.register_blueprint(pages)
    return app


app = create_app()
test_app = create_app(
    {"TESTING": True, "SITE_NAME": "Kolba notes (test)", "NOTES_PER_PAGE": 2, "per_page": 2}
)


def summary(some_app):
    config = some_app.config
    return " ".join(
        [
            f"{config['SITE_NAME']}:",
            f"testing {'on' if some_app.testing else 'off'},",
            f"{config['NOTES_PER_PAGE']} per page,",
            f"site_colour {'kept' if 'site_colour' in config else 'dropped'},",
            f"per_page {'kept' if 'per_page' in config else 'dropped'}",
        ]
    )


# Only on this app, after the factory made it: the two apps side by side.
@app.route("/apps")
def apps():
    return f"{summary(app)}\n{summary(test_app)}", {"Content-Type": "text/plain"}


if __name__ == "__main__":
    app.run()
