from flask import Flask
from flask_sqlalchemy import SQLAlchemy

# The extension first, with no app yet: models can be declared on it already.
db = SQLAlchemy()


class Visit(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    path = db.Column(db.String(200), nullable=False)


app = Flask(__name__)
# A relative file name: the database file instance/library.db.
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///library.db"
app.config["SQLALCHEMY_ECHO"] = True
# Now tie the extension to the app.
db.init_app(app)

with app.app_context():
    db.create_all()


@app.get("/", defaults={"page": ""})
@app.get("/<path:page>")
def visit(page):
    db.session.add(Visit(path=page))
    db.session.commit()
    total = db.session.execute(db.select(db.func.count()).select_from(Visit)).scalar()
    here = db.session.execute(
        db.select(db.func.count()).select_from(Visit).where(Visit.path == page)
    ).scalar()
    return f"Visits to /{page}: {here}. Visits in all: {total}."


if __name__ == "__main__":
    app.run()
