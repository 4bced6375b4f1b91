from flask import Flask, make_response, request

app = Flask(__name__)

PLAIN = {"Content-Type": "text/plain; charset=utf-8"}


@app.route("/")
def index():
    visits = request.cookies.get("visits", 0, type=int) + 1
    response = make_response(f"Visit number {visits}.", PLAIN)
    response.set_cookie("visits", str(visits))
    return response


if __name__ == "__main__":
    app.run()
