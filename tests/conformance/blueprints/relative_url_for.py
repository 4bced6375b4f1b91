from flask import Blueprint, Flask, request, url_for

shop = Blueprint("shop", __name__, url_prefix="/shop")
cart = Blueprint("cart", __name__, url_prefix="/cart")
auth = Blueprint("auth", __name__, url_prefix="/auth")


@shop.route("/")
def index():
    return " ".join(
        [url_for(".index"), url_for("shop.index"), url_for("index"), url_for(".cart.view"), url_for("auth.login", next=request.endpoint)]
    )


@shop.route("/wrong")
def wrong():
    return url_for(".login")


@cart.route("/")
def view():
    return f"{request.endpoint} {request.blueprint} {' '.join(request.blueprints)} {url_for('.view')} {url_for('shop.index')}"


@auth.route("/login")
def login():
    return f"login {url_for('.login', _external=True)} {url_for('index', _anchor='top')}"


shop.register_blueprint(cart)

app = Flask(__name__)
app.register_blueprint(shop)
app.register_blueprint(auth)


@app.route("/")
def index():
    return f"home {url_for('.index')} {url_for('shop.cart.view')} {request.blueprint or '-'}"
