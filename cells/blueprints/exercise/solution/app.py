from flask import Blueprint, Flask, current_app, request, url_for

blog = Blueprint("blog", __name__, url_prefix="/blog")
admin = Blueprint("admin", __name__, url_prefix="/admin")

posts = ["Hello, blueprints", "Why a factory"]


@blog.route("/")
def index():
    return (
        f"<h1>Blog</h1><p>{len(posts)} posts.</p>"
        f'<p><a href="{url_for("admin.dashboard")}">Dashboard</a></p>'
    )


# Only the admin blueprint's views are guarded; the blog stays open.
@admin.before_request
def only_admins():
    if request.args.get("user") != current_app.config["ADMIN_NAME"]:
        return "Admins only", 403
    return None


@admin.route("/")
def dashboard():
    return (
        f"<h1>Admin dashboard</h1><p>{len(posts)} posts.</p>"
        f'<p><a href="{url_for("blog.index")}">Back to the blog</a></p>'
    )


def create_app(test_config=None):
    app = Flask(__name__)
    app.config.from_mapping(ADMIN_NAME="admin")
    if test_config:
        app.config.from_mapping(test_config)
    app.register_blueprint(blog)
    app.register_blueprint(admin)
    return app


app = create_app()

if __name__ == "__main__":
    app.run()
