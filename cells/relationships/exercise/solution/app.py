from flask import Flask, jsonify, render_template
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///:memory:"
app.config["SQLALCHEMY_ECHO"] = True
db = SQLAlchemy(app)


class Post(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    title = db.Column(db.String(100), nullable=False)
    comments = db.relationship(
        "Comment", back_populates="post", cascade="all, delete-orphan", order_by="Comment.id"
    )


class Comment(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    text = db.Column(db.String(200), nullable=False)
    post_id = db.Column(db.Integer, db.ForeignKey("post.id"), nullable=False)
    post = db.relationship("Post", back_populates="comments")


with app.app_context():
    db.create_all()
    titles = ["Hello, Flask", "Routing notes", "Templates", "Databases", "Relationships"]
    db.session.add_all([Post(title=title) for title in titles])
    db.session.commit()
    db.session.add_all(
        [
            Comment(text="Welcome!", post_id=1),
            Comment(text="Nice start.", post_id=1),
            Comment(text="Very clear.", post_id=2),
            Comment(text="More please!", post_id=4),
            Comment(text="SQL in the console is great.", post_id=4),
        ]
    )
    db.session.commit()


@app.get("/")
def index():
    return jsonify([post.title for post in Post.query.order_by(Post.id).all()])


@app.get("/posts/<int:id>")
def post(id):
    post = db.get_or_404(Post, id)
    return {"title": post.title, "comments": [comment.text for comment in post.comments]}


@app.get("/posts")
def posts():
    page = db.paginate(db.select(Post).order_by(Post.id.desc()), per_page=2)
    return render_template("posts.html", page=page)


@app.get("/commented")
def commented():
    statement = db.select(Post).join(Comment).distinct().order_by(Post.title)
    posts = db.session.execute(statement).scalars().all()
    return jsonify([post.title for post in posts])


@app.post("/posts/<int:id>/delete")
def delete_post(id):
    db.session.delete(db.get_or_404(Post, id))
    db.session.commit()
    return {"posts": Post.query.count(), "comments": Comment.query.count()}


if __name__ == "__main__":
    app.run()
