from flask import Flask, request

app = Flask(__name__)

PLAIN = {"Content-Type": "text/plain; charset=utf-8"}

GREETINGS = {"en": "Hello", "lt": "Labas", "kk": "Сәлем"}


@app.route("/hello")
def hello():
    language = request.headers.get("Accept-Language", "en")[:2]
    greeting = GREETINGS.get(language, GREETINGS["en"])
    lines = [
        f"{greeting}!",
        f"language header: {request.headers.get('Accept-Language', '(not sent)')}",
        f"theme cookie:    {request.cookies.get('theme', 'light')}",
        f"your address:    {request.remote_addr}",
        f"your browser:    {request.user_agent}",
    ]
    return "\n".join(lines), PLAIN


if __name__ == "__main__":
    app.run()
