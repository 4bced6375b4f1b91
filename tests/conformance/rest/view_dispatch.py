from flask import Flask, request
from flask.views import View

app = Flask("view_dispatch")


class Greeting(View):
    methods = ["GET", "POST"]

    def __init__(self, word):
        self.word = word
        self.calls = 0

    def dispatch_request(self, name="world"):
        self.calls += 1
        return f"{self.word}, {name}! ({request.method}, call {self.calls})"


class OnlyGet(View):
    def dispatch_request(self):
        return "default methods"


class Shared(View):
    init_every_request = False

    def __init__(self):
        self.calls = 0

    def dispatch_request(self):
        self.calls += 1
        return f"call {self.calls}"


greet = Greeting.as_view("greet", "Hello")
app.add_url_rule("/hello", view_func=greet)
app.add_url_rule("/hello/<name>", view_func=greet)
app.add_url_rule("/only-get", view_func=OnlyGet.as_view("only_get"))
app.add_url_rule("/shared", view_func=Shared.as_view("shared"))


@app.get("/names")
def names():
    return {"greet": greet.__name__, "view_class": greet.view_class.__name__}
