from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/post/<int:pid>/<slug>")
def post(pid, slug):
    return jsonify(
        endpoint=request.endpoint,
        view_args=request.view_args,
        rule=request.url_rule.rule,
        methods=sorted(request.url_rule.methods),
    )


@app.errorhandler(404)
def not_found(e):
    return jsonify(endpoint=request.endpoint, view_args=request.view_args, rule=None), 404
