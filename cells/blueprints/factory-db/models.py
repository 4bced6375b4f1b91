from flask_sqlalchemy import SQLAlchemy

# Made without an app: create_app binds it to every app it makes.
db = SQLAlchemy()


class Note(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    text = db.Column(db.String(200), nullable=False)
