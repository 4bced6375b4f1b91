from flask import Flask, redirect, request, url_for

app = Flask(__name__)

WEEK = 60 * 60 * 24 * 7


@app.route("/")
def index():
    if request.cookies.get("notice") == "hidden":
        notice = '<form method="post" action="/notice/show"><button>Show the notice</button></form>'
    else:
        notice = (
            '<p class="notice">The reading room is now open on Sundays.</p>'
            '<form method="post" action="/notice/hide"><button>Hide it</button></form>'
        )
    return f"<h1>Kolba library</h1>{notice}"


@app.post("/notice/hide")
def hide_notice():
    response = redirect(url_for("index"), 303)
    response.set_cookie("notice", "hidden", max_age=WEEK, samesite="Lax")
    return response


@app.post("/notice/show")
def show_notice():
    response = redirect(url_for("index"), 303)
    response.delete_cookie("notice")
    return response


if __name__ == "__main__":
    app.run()
