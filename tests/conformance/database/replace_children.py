from flask import Flask
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///:memory:"
db = SQLAlchemy(app)


class Playlist(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    songs = db.relationship("Song", backref="playlist", cascade="all, delete-orphan")


class Song(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    title = db.Column(db.String(30))
    seconds = db.Column(db.Integer)
    playlist_id = db.Column(db.Integer, db.ForeignKey("playlist.id"))


with app.app_context():
    db.create_all()
    p = Playlist()
    p.songs = [Song(title="intro", seconds=65), Song(title="theme", seconds=200), Song(title="outro", seconds=90)]
    db.session.add(p)
    db.session.commit()


@app.get("/")
def index():
    return {
        "songs": [(s.id, s.title, s.playlist_id) for s in Song.query.order_by(Song.id)],
        "long": [s.title for s in Song.query.filter(Song.seconds * 2 > 150).order_by(Song.title)],
        "minutes": [s.title for s in Song.query.filter((Song.seconds / 60) >= 1).order_by(Song.seconds.desc())],
    }


@app.post("/keep-theme")
def keep_theme():
    p = db.session.get(Playlist, 1)
    p.songs = [s for s in p.songs if s.title == "theme"] + [Song(title="bonus", seconds=30)]
    db.session.commit()
    return index()
