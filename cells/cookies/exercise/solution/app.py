from flask import Flask, abort, redirect, request, url_for

app = Flask(__name__)

THEMES = ["light", "dark"]
YEAR = 60 * 60 * 24 * 365


def page(theme):
    return (
        "<style>.dark { background: #222; color: #eee }</style>"
        f'<main class="{theme}">'
        "<h1>Reading room</h1>"
        f"<p>Theme: {theme}</p>"
        '<form method="post" action="/theme">'
        '<button name="theme" value="light">Light</button>'
        '<button name="theme" value="dark">Dark</button>'
        "</form>"
        '<form method="post" action="/theme/reset"><button>Forget my choice</button></form>'
        "</main>"
    )


@app.route("/")
def index():
    theme = request.cookies.get("theme", "light")
    if theme not in THEMES:
        theme = "light"
    return page(theme)


@app.post("/theme")
def choose_theme():
    theme = request.form.get("theme", "")
    if theme not in THEMES:
        abort(400)
    response = redirect(url_for("index"), 303)
    response.set_cookie("theme", theme, max_age=YEAR, httponly=True, samesite="Lax")
    return response


@app.post("/theme/reset")
def reset_theme():
    response = redirect(url_for("index"), 303)
    response.delete_cookie("theme")
    return response


if __name__ == "__main__":
    app.run()
