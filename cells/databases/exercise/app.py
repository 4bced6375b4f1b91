from flask import Flask, request
from flask_sqlalchemy import SQLAlchemy

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
    # TODO: the most votes first; equal votes by title.
    wishes = db.session.execute(db.select(Wish).order_by(Wish.id)).scalars().all()
    return "\n".join(f"{wish.title}: {wish.votes}" for wish in wishes)


@app.post("/wishes")
def add_wish():
    title = request.form["title"]
    db.session.add(Wish(title=title))
    # TODO: a title that is already on the list breaks the unique column.
    db.session.commit()
    return f"Added {title}. {wish_count()} wishes now.", 201


# TODO: POST /wishes/<id>/vote and POST /wishes/<id>/delete

if __name__ == "__main__":
    app.run()
