from flask import Blueprint, request, url_for

# No url_prefix here: the app chooses one when it registers the blueprint.
bp = Blueprint("auth", __name__)


@bp.route("/login")
def login():
    return (
        f"<h1>Log in</h1><p>{request.endpoint} answers {request.path}</p>"
        f'<p><a href="{url_for("blog.index")}">Back to the blog</a></p>'
    )


@bp.route("/logout")
def logout():
    return f'<p>Bye! <a href="{url_for(".login")}">Log in again</a></p>'
