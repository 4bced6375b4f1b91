from flask import Flask, current_app, request

app = Flask(__name__)
app.config["SHOP_NAME"] = "Kolba Tea"


@app.route("/")
def index():
    return f"<h1>Welcome to {current_app.config['SHOP_NAME']}</h1>"


# 1. No context at all: there is no request to read.
try:
    print(request.path)
except RuntimeError as error:
    print(f"RuntimeError: {error}")

# 2. A made-up request: inside the with block, request works as in a view.
with app.test_request_context("/search?q=tea&page=2"):
    print(request.method, request.path, request.args.get("q"))
    print("page:", request.args.get("page", 1, type=int))

with app.test_request_context("/subscribe", method="POST", data={"email": "ona@example.com"}):
    print(request.method, request.form.get("email"))

# 3. Only the application context: current_app works, request does not.
with app.app_context():
    print("shop:", current_app.config["SHOP_NAME"])

if __name__ == "__main__":
    app.run()
