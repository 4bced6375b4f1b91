from flask import Flask, jsonify
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///:memory:"
app.config["SQLALCHEMY_ECHO"] = True
db = SQLAlchemy(app)


class Post(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    title = db.Column(db.String(100), nullable=False)
    # TODO: a relationship to the comments, with back_populates on both sides.


class Comment(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    text = db.Column(db.String(200), nullable=False)
    post_id = db.Column(db.Integer, db.ForeignKey("post.id"), nullable=False)


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


# TODO: /posts/<int:id>, /posts, /commented and POST /posts/<int:id>/delete

if __name__ == "__main__":
    app.run()
