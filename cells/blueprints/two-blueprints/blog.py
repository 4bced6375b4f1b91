from flask import Blueprint, url_for

bp = Blueprint("blog", __name__, url_prefix="/blog")


# The blog has a view called index, and so has the app: the dot tells them apart.
@bp.route("/")
def index():
    return (
        "<h1>Blog</h1><ul>"
        f"<li>.index: {url_for('.index')}</li>"
        f"<li>blog.index: {url_for('blog.index')}</li>"
        f"<li>index: {url_for('index')}</li>"
        f"<li>auth.login: {url_for('auth.login')}</li>"
        "</ul>"
    )
