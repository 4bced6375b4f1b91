from flask import Blueprint, Flask, abort, g, request

api = Blueprint("api", __name__, url_prefix="/api")
errors = Blueprint("errors", __name__)


@api.before_request
def api_before():
    g.hooks = g.get("hooks", "") + "api "


@api.errorhandler(404)
def api_not_found(error):
    return {"error": "api 404", "hooks": g.get("hooks", "")}, 404


@api.errorhandler(405)
def api_not_allowed(error):
    return {"error": "api 405"}, 405


@api.route("/items/<int:id>")
def item(id):
    if id > 3:
        abort(404)
    return {"id": id, "hooks": g.hooks}


@errors.before_app_request
def everywhere():
    g.hooks = g.get("hooks", "") + "app "


@errors.app_errorhandler(404)
def app_not_found(error):
    return f"app 404 hooks={g.get('hooks', '')} blueprint={request.blueprint or '-'}", 404


app = Flask(__name__)
app.register_blueprint(api)
app.register_blueprint(errors)


@app.route("/")
def index():
    return f"index hooks={g.hooks}"
