from flask import Blueprint, Flask, request, url_for

admin = Blueprint("admin", __name__, url_prefix="/admin")


@admin.route("/")
def index():
    return f"admin index {request.endpoint} {request.blueprint} {url_for('.users')} {url_for('home')}"


@admin.route("/users")
def users():
    return "admin users"


app = Flask(__name__)
app.register_blueprint(admin)


@app.route("/")
def home():
    return f"home {url_for('admin.index')} {url_for('admin.users', page=2)}"
