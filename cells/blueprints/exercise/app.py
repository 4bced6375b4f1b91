from flask import Blueprint, Flask

blog = Blueprint("blog", __name__, url_prefix="/blog")

posts = ["Hello, blueprints", "Why a factory"]


@blog.route("/")
def index():
    # TODO 4: link to the admin dashboard, built with url_for.
    return f"<h1>Blog</h1><p>{len(posts)} posts.</p>"


# TODO 1-2: an "admin" blueprint under /admin, with its own before-request guard
# and a dashboard view.


def create_app(test_config=None):
    app = Flask(__name__)
    app.config.from_mapping(ADMIN_NAME="admin")
    if test_config:
        app.config.from_mapping(test_config)
    app.register_blueprint(blog)
    # TODO 3: register the admin blueprint as well.
    return app


app = create_app()

if __name__ == "__main__":
    app.run()
