from flask import Flask
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///:memory:"
db = SQLAlchemy(app)

with app.app_context():
    db.session.execute(db.text("CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT, at TEXT)"))
    db.session.execute(db.text("INSERT INTO note (body, at) VALUES (:b, '12:30')"), {"b": "lunch"})
    db.session.execute(db.text("INSERT INTO note (body, at) VALUES (:b, :t)"), {"b": "tea", "t": "16:00"})
    db.session.commit()


@app.get("/")
def index():
    rows = db.session.execute(db.text("SELECT id, body, at FROM note WHERE at > :after ORDER BY at"), {"after": "12:00"})
    return {
        "rows": [[r.id, r.body, r.at] for r in rows],
        "literal": db.session.execute(db.text("SELECT 'time\\:' || at FROM note WHERE id = 1")).scalar(),
        "count": db.session.execute(db.text("SELECT count(*) AS n FROM note")).one().n,
        "empty": db.session.execute(db.text("SELECT body FROM note WHERE id = 99")).first(),
    }


@app.get("/missing-param")
def missing():
    try:
        db.session.execute(db.text("SELECT * FROM note WHERE id = :id")).all()
        return "ran"
    except Exception as e:
        return type(e).__name__, 400
