from flask import Blueprint, Flask, url_for

shop = Blueprint("shop", __name__)


@shop.route("/items")
def items():
    return f"items at {url_for('.items')}"


app = Flask(__name__)
app.register_blueprint(shop, url_prefix="/en/shop")
app.register_blueprint(shop, url_prefix="/lt/parduotuve", name="shop_lt")
