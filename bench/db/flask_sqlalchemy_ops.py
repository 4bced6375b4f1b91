"""The database benchmark's operations under Flask-SQLAlchemy, timed the same way as the port.

Usage: /usr/bin/python3 bench/db/flask_sqlalchemy_ops.py N
Prints one JSON line: seconds per phase.
"""

import json
import sys
import time

from flask import Flask
from flask_sqlalchemy import SQLAlchemy

n = int(sys.argv[1])
app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///:memory:"
db = SQLAlchemy(app)


class User(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    username = db.Column(db.String(80), unique=True, nullable=False)
    email = db.Column(db.String(120))


out = {}
with app.app_context():
    db.create_all()
    started = time.perf_counter()
    for i in range(n):
        db.session.add(User(username=f"user{i}", email=f"user{i}@example.com"))
        db.session.commit()
    out["insert_commit"] = time.perf_counter() - started

    started = time.perf_counter()
    for i in range(n):
        db.session.add(User(username=f"bulk{i}"))
    db.session.commit()
    out["insert_batch"] = time.perf_counter() - started

    started = time.perf_counter()
    for i in range(n):
        User.query.filter_by(username=f"user{i}").first()
    out["query_filter_first"] = time.perf_counter() - started

    started = time.perf_counter()
    for i in range(n):
        db.session.execute(db.select(User).where(User.id == i + 1)).scalar_one()
    out["select_by_id"] = time.perf_counter() - started
print(json.dumps(out))
