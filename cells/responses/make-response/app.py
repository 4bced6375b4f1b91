from flask import Flask, Response, make_response

app = Flask(__name__)


@app.route("/catalog.csv")
def catalog():
    rows = ["title,copies", "Flask Web Development,2", "Fluent Python,1"]
    response = make_response("\n".join(rows))
    response.mimetype = "text/csv"
    response.headers["Content-Disposition"] = "attachment; filename=catalog.csv"
    return response


@app.route("/closed")
def closed():
    response = make_response("<h1>Closed for inventory</h1>", 503)
    response.headers["Retry-After"] = "3600"
    return response


@app.route("/robots.txt")
def robots():
    return Response("User-agent: *\nDisallow: /admin/\n", mimetype="text/plain")


if __name__ == "__main__":
    app.run()
