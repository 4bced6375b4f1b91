from flask import Blueprint, abort, url_for

# A blueprint: views that wait to be registered on an app, all under /blog.
bp = Blueprint("blog", __name__, url_prefix="/blog")

posts = {1: "Hello, blueprints", 2: "Why split an app"}


@bp.route("/")
def index():
    links = [f'<li><a href="{url_for(".post", id=id)}">{title}</a></li>' for id, title in posts.items()]
    return f"<h1>Blog</h1><ul>{''.join(links)}</ul>"


@bp.route("/<int:id>")
def post(id):
    if id not in posts:
        abort(404)
    return f'<h1>{posts[id]}</h1><p><a href="{url_for("home")}">Home</a></p>'
