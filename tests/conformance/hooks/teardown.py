from flask import Flask

app = Flask(__name__)
LOG = []


@app.teardown_request
def teardown_request(exc):
    LOG.append(f"request:{type(exc).__name__ if exc else None}")


@app.teardown_appcontext
def teardown_app(exc):
    LOG.append(f"app:{type(exc).__name__ if exc else None}")


@app.route("/log")
def log():
    return ",".join(LOG)


@app.route("/boom")
def boom():
    raise ValueError("boom")
