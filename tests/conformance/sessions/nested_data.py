from flask import Flask, session

app = Flask(__name__)
app.secret_key = "kolba-conformance"


@app.route("/set")
def set_value():
    session["cart"] = {"items": [{"sku": "a1", "qty": 2}], "total": 9.5, "note": None}
    session["flag"] = True
    return "set"


@app.route("/get")
def get_value():
    cart = session["cart"]
    return f"{cart['items'][0]['sku']} {cart['items'][0]['qty']} {cart['total']} {cart['note']} {session['flag']}"
