from flask import Flask
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///:memory:"
db = SQLAlchemy(app)


class Post(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    title = db.Column(db.String(50))


with app.app_context():
    db.create_all()
    db.session.add_all([Post(title=f"Post {n}") for n in range(1, 24)])
    db.session.commit()


def summary(page):
    return {
        "items": [p.title for p in page.items],
        "page": page.page,
        "per_page": page.per_page,
        "total": page.total,
        "pages": page.pages,
        "has_prev": page.has_prev,
        "prev_num": page.prev_num,
        "has_next": page.has_next,
        "next_num": page.next_num,
        "first": page.first,
        "last": page.last,
        "iter_pages": list(page.iter_pages()),
    }


@app.get("/posts")
def posts():
    return summary(Post.query.order_by(Post.id.desc()).paginate(per_page=5))


@app.get("/default")
def default():
    return summary(Post.query.paginate())


@app.get("/lenient")
def lenient():
    return summary(Post.query.paginate(error_out=False, max_per_page=4))


@app.get("/edges")
def edges():
    page = Post.query.paginate(page=12, per_page=1)
    return {
        "default": list(page.iter_pages()),
        "wide": list(page.iter_pages(left_edge=1, left_current=1, right_current=1, right_edge=1)),
        "next": [p.title for p in page.next().items],
        "prev": [p.title for p in page.prev().items],
        "iterated": [p.title for p in page],
    }


@app.get("/empty")
def empty():
    return summary(Post.query.filter(Post.id > 100).paginate(page=1, per_page=5))
