from flask import Flask, g

app = Flask(__name__)

PLAIN = {"Content-Type": "text/plain; charset=utf-8"}


class DiskFull(Exception):
    pass


next_id = 1
journal = []


# A pretend database connection: opened on first use, at most once per request.
def get_db():
    global next_id
    if "db" not in g:
        g.db = f"connection #{next_id}"
        next_id += 1
        journal.append(f"opened {g.db}")
    return g.db


@app.teardown_appcontext
def close_db(error):
    db = g.pop("db", None)
    if db is None:
        return
    reason = f" after {type(error).__name__}" if error else ""
    journal.append(f"closed {db}{reason}")


@app.route("/")
def index():
    return f"Working with {get_db()}"


@app.route("/crash")
def crash():
    get_db()
    raise DiskFull("no space left on the disk")


@app.route("/journal")
def show_journal():
    return "\n".join(journal), PLAIN


if __name__ == "__main__":
    app.run()
