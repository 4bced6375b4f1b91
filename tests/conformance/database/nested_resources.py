from flask import Flask
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///:memory:"
db = SQLAlchemy(app)


class Course(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    title = db.Column(db.String(40))
    units = db.relationship("Unit", backref="course", order_by="Unit.position")


class Unit(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    position = db.Column(db.Integer)
    heading = db.Column(db.String(40))
    course_id = db.Column(db.Integer, db.ForeignKey("course.id"))


with app.app_context():
    db.create_all()
    flask, sql = Course(title="Flask"), Course(title="SQL")
    db.session.add_all([flask, sql])
    db.session.add_all(
        [
            Unit(position=2, heading="Routing", course=flask),
            Unit(position=1, heading="Hello", course=flask),
            Unit(position=1, heading="SELECT", course=sql),
        ]
    )
    db.session.commit()


@app.get("/courses/<int:course_id>/units/<int:unit_id>")
def unit(course_id, unit_id):
    course = db.get_or_404(Course, course_id)
    unit = Unit.query.filter_by(id=unit_id, course_id=course.id).first_or_404()
    return f"{course.title} / {unit.position}. {unit.heading}"


@app.get("/courses/<int:course_id>")
def course(course_id):
    course = db.get_or_404(Course, course_id)
    return " | ".join(f"{u.position}. {u.heading}" for u in course.units)


@app.post("/units/<int:unit_id>/detach")
def detach(unit_id):
    unit = db.get_or_404(Unit, unit_id)
    old = unit.course
    unit.course = None
    in_old = unit in old.units
    db.session.commit()
    return {"in_old_list": in_old, "course_id": unit.course_id, "old_units": [u.heading for u in old.units]}
