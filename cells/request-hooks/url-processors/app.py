from flask import Flask, g, url_for

app = Flask(__name__)

PLAIN = {"Content-Type": "text/plain; charset=utf-8"}

GREETINGS = {"en": "Hello", "lt": "Labas", "kk": "Сәлем"}


# Take lang out of the URL values and keep it in g: views need not ask for it.
@app.url_value_preprocessor
def pull_lang(endpoint, values):
    g.lang = values.pop("lang", None) if values else None


# Put it back when url_for builds a URL for a rule that has <lang>.
@app.url_defaults
def add_lang(endpoint, values):
    if "lang" in values or not g.get("lang"):
        return
    if app.url_map.is_endpoint_expecting(endpoint, "lang"):
        values["lang"] = g.lang


@app.route("/")
def chooser():
    links = [url_for("home", lang=lang) for lang in ["en", "lt", "kk"]]
    return "\n".join(links), PLAIN


@app.route("/<any(en, lt, kk):lang>/")
def home():
    lines = [
        f"{GREETINGS[g.lang]}!",
        f"About: {url_for('about')}",
        f"In Kazakh: {url_for('home', lang='kk')}",
        f"All languages: {url_for('chooser')}",
    ]
    return "\n".join(lines), PLAIN


@app.route("/<any(en, lt, kk):lang>/about")
def about():
    return f"About Kolba (language: {g.lang})\nHome: {url_for('home')}", PLAIN


if __name__ == "__main__":
    app.run()
