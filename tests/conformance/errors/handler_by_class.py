from flask import Flask

app = Flask(__name__)


class AppError(Exception):
    pass


class DatabaseError(AppError):
    pass


class ConnectionLost(DatabaseError):
    pass


@app.errorhandler(AppError)
def app_error(e):
    return f"AppError handler got {type(e).__name__}: {e}", 500


@app.errorhandler(DatabaseError)
def db_error(e):
    return f"DatabaseError handler got {type(e).__name__}: {e}", 503


@app.route("/app")
def raise_app():
    raise AppError("generic")


@app.route("/db")
def raise_db():
    raise DatabaseError("db down")


@app.route("/conn")
def raise_conn():
    raise ConnectionLost("socket closed")
