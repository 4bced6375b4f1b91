from flask import Flask, redirect, render_template_string, request, url_for
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///:memory:"
db = SQLAlchemy(app)


class User(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    username = db.Column(db.String, unique=True, nullable=False)
    email = db.Column(db.String)


with app.app_context():
    db.create_all()

LIST = """<ul>{% for user in users %}<li><a href="{{ url_for('user_detail', id=user.id) }}">{{ user.username }}</a></li>{% endfor %}</ul>"""
DETAIL = """<h1>{{ user.username }}</h1><p>{{ user.email }}</p><form method="post" action="{{ url_for('user_delete', id=user.id) }}"><button>Delete</button></form>"""


@app.route("/users")
def user_list():
    users = db.session.execute(db.select(User).order_by(User.username)).scalars()
    return render_template_string(LIST, users=users)


@app.route("/users/create", methods=["GET", "POST"])
def user_create():
    if request.method == "POST":
        user = User(username=request.form["username"], email=request.form["email"])
        db.session.add(user)
        db.session.commit()
        return redirect(url_for("user_detail", id=user.id))
    return '<form method="post"><input name="username"><input name="email"></form>'


@app.route("/user/<int:id>")
def user_detail(id):
    user = db.get_or_404(User, id)
    return render_template_string(DETAIL, user=user)


@app.route("/user/<int:id>/delete", methods=["GET", "POST"])
def user_delete(id):
    user = db.get_or_404(User, id)
    if request.method == "POST":
        db.session.delete(user)
        db.session.commit()
        return redirect(url_for("user_list"))
    return f"Delete {user.username}?"
