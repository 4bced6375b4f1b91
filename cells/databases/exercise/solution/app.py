from flask import Flask, request
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy.exc import IntegrityError

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///:memory:"
app.config["SQLALCHEMY_ECHO"] = True
db = SQLAlchemy(app)


class Wish(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    title = db.Column(db.String(120), unique=True, nullable=False)
    votes = db.Column(db.Integer, nullable=False, default=0)


with app.app_context():
    db.create_all()
    db.session.add_all([Wish(title="Dune"), Wish(title="Emma")])
    db.session.commit()


def wish_count():
    return db.session.execute(db.select(db.func.count()).select_from(Wish)).scalar()


@app.get("/wishes")
def list_wishes():
    wishes = (
        db.session.execute(db.select(Wish).order_by(Wish.votes.desc(), Wish.title))
        .scalars()
        .all()
    )
    return "\n".join(f"{wish.title}: {wish.votes}" for wish in wishes)


@app.post("/wishes")
def add_wish():
    title = request.form["title"]
    db.session.add(Wish(title=title))
    try:
        db.session.commit()
    except IntegrityError:
        db.session.rollback()
        return f"{title} is already on the list. {wish_count()} wishes now.", 409
    return f"Added {title}. {wish_count()} wishes now.", 201


@app.post("/wishes/<int:id>/vote")
def vote(id):
    wish = db.get_or_404(Wish, id)
    wish.votes += 1
    db.session.commit()
    return f"Voted for {wish.title} ({wish.votes})."


@app.post("/wishes/<int:id>/delete")
def remove_wish(id):
    wish = db.get_or_404(Wish, id)
    db.session.delete(wish)
    db.session.commit()
    return f"Removed {wish.title}."


if __name__ == "__main__":
    app.run()
