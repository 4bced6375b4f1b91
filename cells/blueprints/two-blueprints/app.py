from flask import Flask, url_for

from auth import bp as auth_bp
from blog import bp as blog_bp

app = Flask(__name__)
# A prefix given here applies to this registration only.
app.register_blueprint(auth_bp, url_prefix="/auth")
app.register_blueprint(blog_bp)


@app.route("/")
def index():
    return (
        "<h1>Home</h1>"
        f'<p><a href="{url_for("blog.index")}">Blog</a> · <a href="{url_for("auth.login")}">Log in</a></p>'
    )


if __name__ == "__main__":
    app.run()
