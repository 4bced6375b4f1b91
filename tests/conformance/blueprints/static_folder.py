from flask import Blueprint, Flask, url_for

admin = Blueprint("admin", __name__, url_prefix="/admin", static_folder="admin_static")
shop = Blueprint(
    "shop", __name__, url_prefix="/shop", static_folder="shop_files", static_url_path="/assets"
)
plain = Blueprint("plain", __name__, static_folder="admin_static")


@admin.route("/urls")
def admin_urls():
    return f"{url_for('.static', filename='note.txt')} {url_for('shop.static', filename='shop.css')}"


app = Flask(__name__)
app.register_blueprint(admin)
app.register_blueprint(shop)
app.register_blueprint(plain)


@app.route("/urls")
def urls():
    return " ".join(
        [
            url_for("admin.static", filename="note.txt"),
            url_for("shop.static", filename="shop.css"),
            url_for("plain.static", filename="note.txt"),
            url_for("static", filename="x.txt"),
        ]
    )
