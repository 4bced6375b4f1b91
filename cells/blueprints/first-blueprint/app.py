from flask import Flask, url_for

from blog import bp as blog_bp

app = Flask(__name__)
app.register_blueprint(blog_bp)


@app.route("/")
def home():
    return f'<h1>Home</h1><p><a href="{url_for("blog.index")}">Read the blog</a></p>'


# Every rule of the app with its endpoint: the blueprint's are named blog.something.
@app.route("/rules")
def rules():
    lines = [f"{rule.endpoint} {rule.rule}" for rule in app.url_map.iter_rules()]
    return "\n".join(sorted(lines)), {"Content-Type": "text/plain"}


if __name__ == "__main__":
    app.run()
