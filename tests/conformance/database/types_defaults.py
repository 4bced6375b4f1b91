from datetime import datetime

from flask import Flask, render_template_string
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///:memory:"
db = SQLAlchemy(app)

LAUNCH = datetime(2024, 5, 1, 12, 30, 15)


class Event(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    title = db.Column(db.String(50), nullable=False)
    notes = db.Column(db.Text, default="none yet")
    public = db.Column(db.Boolean, default=True)
    price = db.Column(db.Float, default=0.5)
    seats = db.Column(db.Integer, default=lambda: 10 * 5)
    starts = db.Column(db.DateTime, default=lambda: LAUNCH)


with app.app_context():
    db.create_all()


@app.post("/events/<title>")
def add(title):
    event = Event(title=title)
    before = [event.notes, event.public, event.price, event.seats, event.starts]
    db.session.add(event)
    db.session.commit()
    return render_template_string(
        "before: {{ before }}\nafter: {{ e.notes }} {{ e.public }} {{ e.price }} {{ e.seats }} {{ e.starts }}",
        before=before,
        e=event,
    )


@app.post("/events/<title>/private")
def private(title):
    event = Event(title=title, public=False, price=12.25, starts=datetime(2025, 1, 2, 3, 4, 5, 600000))
    db.session.add(event)
    db.session.commit()
    return {"public": event.public, "price": event.price, "starts": event.starts.isoformat(sep=" ")}


@app.get("/public")
def public():
    return {
        "true": [e.title for e in Event.query.filter(Event.public == True)],  # noqa: E712
        "false": [e.title for e in Event.query.filter(Event.public.is_(False))],
        "later": [e.title for e in Event.query.filter(Event.starts > datetime(2024, 12, 31))],
        "stored": [list(r) for r in db.session.execute(db.text("SELECT public, starts FROM event ORDER BY id"))],
    }
