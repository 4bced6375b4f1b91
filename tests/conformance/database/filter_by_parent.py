from flask import Flask
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///:memory:"
db = SQLAlchemy(app)


class Blog(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    slug = db.Column(db.String(20), unique=True)
    entries = db.relationship("BlogEntry", backref="blog")


class BlogEntry(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    heading = db.Column(db.String(40))
    blog_id = db.Column(db.Integer, db.ForeignKey("blog.id"))


with app.app_context():
    db.create_all()
    one, two = Blog(slug="one"), Blog(slug="two")
    db.session.add_all([one, two])
    for n in range(1, 8):
        db.session.add(BlogEntry(heading=f"entry {n}", blog=one if n % 3 else two))
    db.session.commit()


@app.get("/<slug>")
def blog(slug):
    b = Blog.query.filter_by(slug=slug).first_or_404()
    page = BlogEntry.query.filter_by(blog=b).order_by(BlogEntry.id.desc()).paginate(per_page=2)
    return {
        "count": len(b.entries),
        "page": [e.heading for e in page.items],
        "pages": page.pages,
        "by_key": BlogEntry.query.filter_by(blog_id=b.id).count(),
        "none": BlogEntry.query.filter_by(blog=None).count(),
    }
