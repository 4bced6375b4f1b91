from flask import Flask
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///:memory:"
db = SQLAlchemy(app)


class Job(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    done = db.Column(db.Boolean, default=False)


def seed():
    db.drop_all()
    db.create_all()
    db.session.add_all([Job(done=n % 2 == 0) for n in range(6)])
    db.session.commit()


with app.app_context():
    seed()


@app.post("/clear-done")
def clear_done():
    removed = Job.query.filter(Job.done == True).delete()  # noqa: E712
    db.session.commit()
    return {"removed": removed, "left": [j.id for j in Job.query.order_by(Job.id)]}


@app.post("/reset")
def reset():
    seed()
    return {"jobs": Job.query.count()}


@app.post("/delete-one/<int:id>")
def delete_one(id):
    job = db.get_or_404(Job, id)
    db.session.delete(job)
    db.session.flush()
    return {"gone": db.session.get(Job, id) is None, "count": Job.query.count()}
