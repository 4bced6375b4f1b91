from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/auto", methods=["POST"])
def auto():
    return "posted"


@app.route("/manual", methods=["GET", "OPTIONS"], provide_automatic_options=False)
def manual():
    if request.method == "OPTIONS":
        response = make_response("custom options")
        response.headers["Allow"] = "GET"
        return response
    return "manual get"


def no_options():
    return "no options"


no_options.provide_automatic_options = False
app.add_url_rule("/none", view_func=no_options)
