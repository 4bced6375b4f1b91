from flask import Flask, g, url_for

app = Flask(__name__)


@app.url_value_preprocessor
def pull_lang(endpoint, values):
    g.lang = values.pop("lang", None) if values else None


@app.url_defaults
def add_lang(endpoint, values):
    if "lang" in values or not g.get("lang"):
        return
    if app.url_map.is_endpoint_expecting(endpoint, "lang"):
        values["lang"] = g.lang


@app.route("/<lang>/about")
def about():
    return f"about in {g.lang}: {url_for('about')} {url_for('about', lang='kk')} {url_for('home')}"


@app.route("/")
def home():
    return f"home {g.lang}"
