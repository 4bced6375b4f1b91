from flask import Blueprint, Flask, abort, g

api = Blueprint("api", __name__, url_prefix="/api")


@api.before_request
def api_before():
    g.scope = "api"


@api.errorhandler(404)
def api_not_found(e):
    return {"error": "not found", "scope": g.get("scope")}, 404


@api.after_request
def api_after(response):
    response.headers["X-Scope"] = "api"
    return response


@api.route("/thing/<int:n>")
def thing(n):
    if n > 10:
        abort(404)
    return {"n": n, "scope": g.scope}


app = Flask(__name__)
app.register_blueprint(api)


@app.before_request
def app_before():
    g.scope = g.get("scope", "app")


@app.route("/plain")
def plain():
    return f"scope {g.scope}"
