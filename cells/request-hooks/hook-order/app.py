from flask import Flask, request

app = Flask(__name__)

PLAIN = {"Content-Type": "text/plain; charset=utf-8"}


class OutOfCoffee(Exception):
    pass


class OutOfMilk(Exception):
    pass


log = []


def error_name(error):
    return type(error).__name__ if error else "None"


@app.before_request
def before():
    log.extend([f"{request.method} {request.path}", "  before_request"])


@app.after_request
def after(response):
    log.append(f"  after_request ({response.status_code})")
    return response


@app.teardown_request
def tear_down_request(error):
    log.append(f"  teardown_request (error: {error_name(error)})")


@app.teardown_appcontext
def tear_down_appcontext(error):
    log.append(f"  teardown_appcontext (error: {error_name(error)})")


@app.errorhandler(OutOfMilk)
def no_milk(e):
    log.append("  error handler")
    return "No milk today", 503


@app.route("/")
def index():
    log.append("  view")
    return "Coffee is ready"


@app.route("/boom")
def boom():
    log.append("  view raises OutOfCoffee")
    raise OutOfCoffee("the pot is empty")


@app.route("/milk")
def milk():
    log.append("  view raises OutOfMilk")
    raise OutOfMilk("the fridge is empty")


@app.route("/log")
def show_log():
    log.append("  view")
    return "\n".join(log), PLAIN


if __name__ == "__main__":
    app.run()
