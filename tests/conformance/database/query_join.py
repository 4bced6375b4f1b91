from flask import Flask
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///:memory:"
db = SQLAlchemy(app)


class Writer(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    handle = db.Column(db.String(20))
    articles = db.relationship("Article", backref="writer")


class Article(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    headline = db.Column(db.String(60))
    views = db.Column(db.Integer)
    writer_id = db.Column(db.Integer, db.ForeignKey("writer.id"))


with app.app_context():
    db.create_all()
    ana, bob, cy = Writer(handle="ana"), Writer(handle="bob"), Writer(handle="cy")
    db.session.add_all([ana, bob, cy])
    for headline, views, writer in [("A1", 10, ana), ("A2", 30, ana), ("B1", 5, bob), ("A3", 20, ana)]:
        db.session.add(Article(headline=headline, views=views, writer=writer))
    db.session.commit()


@app.get("/")
def index():
    by_ana = Article.query.join(Writer).filter(Writer.handle == "ana").order_by(Article.views.desc()).all()
    writers_with = Writer.query.join(Article).filter(Article.views > 8).distinct().order_by(Writer.handle).all()
    counts = db.session.execute(
        db.select(Writer.handle, db.func.count(Article.id))
        .join(Article, isouter=True)
        .group_by(Writer.id)
        .order_by(Writer.handle)
    ).all()
    totals = db.session.execute(
        db.select(Writer.handle, db.func.sum(Article.views)).join(Writer.articles).group_by(Writer.handle).order_by(Writer.handle)
    ).all()
    return {
        "by_ana": [a.headline for a in by_ana],
        "writers_with_popular": [w.handle for w in writers_with],
        "counts": [list(r) for r in counts],
        "totals": [list(r) for r in totals],
        "select_join": db.session.execute(
            db.select(Article.headline).join(Article.writer).where(Writer.handle == "bob")
        ).scalars().all(),
    }
