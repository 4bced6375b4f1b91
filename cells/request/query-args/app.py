from flask import Flask, request

app = Flask(__name__)


@app.route("/search")
def search():
    q = request.args.get("q", "")
    page = request.args.get("page", 1, type=int)
    tags = request.args.getlist("tag")
    return {"q": q, "page": page, "tags": tags}


if __name__ == "__main__":
    app.run()
