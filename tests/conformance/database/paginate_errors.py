from flask import Flask
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///:memory:"
db = SQLAlchemy(app)


class Log(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    line = db.Column(db.String(20))


with app.app_context():
    db.create_all()


@app.get("/logs")
def logs():
    page = db.paginate(db.select(Log).order_by(Log.id))
    return {"items": [l.line for l in page.items], "per_page": page.per_page, "pages": page.pages, "total": page.total}


@app.post("/fill/<int:n>")
def fill(n):
    db.session.add_all([Log(line=f"line {i}") for i in range(n)])
    db.session.commit()
    return str(Log.query.count())
