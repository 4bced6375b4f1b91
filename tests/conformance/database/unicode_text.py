from flask import Flask, render_template_string, request
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///:memory:"
db = SQLAlchemy(app)


class Word(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    text = db.Column(db.String(40), unique=True)
    lang = db.Column(db.String(2))


with app.app_context():
    db.create_all()
    db.session.add_all(
        [
            Word(text="kolba", lang="lt"),
            Word(text="ąžuolas", lang="lt"),
            Word(text="Žalgiris", lang="lt"),
            Word(text="колба", lang="kk"),
            Word(text="қазақ", lang="kk"),
            Word(text="flask", lang="en"),
        ]
    )
    db.session.commit()


@app.get("/")
def index():
    words = Word.query.order_by(Word.text).all()
    return render_template_string("{% for w in words %}{{ w.text }} ({{ w.lang }}){{ ', ' if not loop.last }}{% endfor %}", words=words)


@app.get("/find")
def find():
    q = request.args["q"]
    return {
        "exact": [w.id for w in Word.query.filter_by(text=q)],
        "like": [w.text for w in Word.query.filter(Word.text.like(f"%{q}%")).order_by(Word.id)],
        "lang": Word.query.filter(Word.text == q).first().lang if Word.query.filter(Word.text == q).first() else None,
    }


@app.post("/add")
def add():
    db.session.add(Word(text=request.form["text"], lang=request.form["lang"]))
    db.session.commit()
    return str(Word.query.count())
