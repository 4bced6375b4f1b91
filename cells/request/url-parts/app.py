from flask import Flask, request

app = Flask(__name__)

PLAIN = {"Content-Type": "text/plain; charset=utf-8"}


@app.route("/shop/<category>", methods=["GET", "POST"])
def shop(category):
    lines = [
        f"category:  {category}",
        f"method:    {request.method}",
        f"path:      {request.path}",
        f"full path: {request.full_path}",
        f"base url:  {request.base_url}",
        f"url:       {request.url}",
    ]
    return "\n".join(lines), PLAIN


if __name__ == "__main__":
    app.run()
