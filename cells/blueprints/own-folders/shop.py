from flask import Blueprint, render_template

# Folder names are relative to this module's folder.
bp = Blueprint(
    "shop",
    __name__,
    url_prefix="/shop",
    template_folder="shop_templates",
    static_folder="shop_static",
    static_url_path="/static",
)

items = ["Flask", "Funnel", "Test tube"]


@bp.route("/")
def index():
    return render_template("shop/index.html", items=items)


# The same name as the app's template: which index.html wins?
@bp.route("/collision")
def collision():
    return render_template("index.html")
