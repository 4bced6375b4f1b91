from flask import Blueprint

# A blueprint with no views at all: it only brings the app its error pages.
bp = Blueprint("errors", __name__)


@bp.app_errorhandler(404)
def page_not_found(error):
    return '<h1>Page not found</h1><p>Try the <a href="/">home page</a>.</p>', 404
