from flask import Flask, abort

app = Flask(__name__)


@app.get("/")
def index():
    return "Hello, tests"


@app.get("/books/<int:book_id>")
def book(book_id):
    if book_id > 2:
        abort(404)
    return {"id": book_id, "title": f"Book {book_id}"}


@app.get("/boom")
def boom():
    raise ValueError("the view broke")


if __name__ == "__main__":
    app.run()
