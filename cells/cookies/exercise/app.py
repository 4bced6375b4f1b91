from flask import Flask, redirect, request, url_for

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
    # TODO: read the theme from the "theme" cookie; only the THEMES count
    theme = "light"
    return page(theme)


@app.post("/theme")
def choose_theme():
    theme = request.form.get("theme", "")
    # TODO: abort(400) for a theme that is not in THEMES
    response = redirect(url_for("index"), 303)
    # TODO: remember the theme for a YEAR, hidden from scripts, with SameSite=Lax
    return response


# TODO: POST /theme/reset forgets the choice and goes back to /


if __name__ == "__main__":
    app.run()
