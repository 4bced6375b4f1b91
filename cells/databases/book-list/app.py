from flask import Flask, redirect, render_template, request, url_for
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///:memory:"
app.config["SQLALCHEMY_ECHO"] = True
db = SQLAlchemy(app)


class Book(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    title = db.Column(db.String(100), nullable=False)
    author = db.Column(db.String(80), nullable=False)


with app.app_context():
    db.create_all()


@app.get("/")
def index():
    books = db.session.execute(db.select(Book).order_by(Book.title)).scalars().all()
    return render_template("books.html", books=books)


@app.get("/books/<int:id>")
def detail(id):
    return render_template("book.html", book=db.get_or_404(Book, id))


@app.post("/books")
def add():
    db.session.add(Book(title=request.form["title"], author=request.form["author"]))
    db.session.commit()
    return redirect(url_for("index"))


if __name__ == "__main__":
    app.run()
