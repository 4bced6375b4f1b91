from flask import Flask, request
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///:memory:"
db = SQLAlchemy(app)


class User(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    username = db.Column(db.String(80), unique=True, nullable=False)
    email = db.Column(db.String(120))


with app.app_context():
    db.create_all()


@app.post("/users")
def create():
    user = User(username=request.form["username"], email=request.form.get("email"))
    db.session.add(user)
    db.session.commit()
    return f"created {user!r} with id {user.id}", 201


@app.get("/users")
def index():
    users = User.query.order_by(User.username).all()
    return ", ".join(f"{u.id}:{u.username}:{u.email}" for u in users) or "no users"


@app.get("/users/<int:id>")
def show(id):
    user = db.get_or_404(User, id)
    return {"id": user.id, "username": user.username, "email": user.email}


@app.post("/users/<int:id>/email")
def change_email(id):
    user = db.get_or_404(User, id)
    user.email = request.form["email"]
    db.session.commit()
    return f"{user.username} now has {user.email}"


@app.post("/users/<int:id>/delete")
def delete(id):
    user = db.get_or_404(User, id)
    db.session.delete(user)
    db.session.commit()
    return f"deleted {id}"
