from flask import Flask
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///:memory:"
db = SQLAlchemy(app)


class Folder(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    label = db.Column(db.String(30))
    files = db.relationship("File", backref="folder")


class File(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    filename = db.Column(db.String(30))
    folder_id = db.Column(db.Integer, db.ForeignKey("folder.id"))


class Album(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    label = db.Column(db.String(30))
    tracks = db.relationship("Track", backref="album", cascade="all, delete-orphan")


class Track(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    song = db.Column(db.String(30))
    album_id = db.Column(db.Integer, db.ForeignKey("album.id"), nullable=False)


with app.app_context():
    db.create_all()
    docs = Folder(label="docs")
    docs.files.append(File(filename="a.txt"))
    docs.files.append(File(filename="b.txt"))
    album = Album(label="first")
    album.tracks.append(Track(song="one"))
    album.tracks.append(Track(song="two"))
    album.tracks.append(Track(song="three"))
    db.session.add_all([docs, album])
    db.session.commit()


def state():
    return {
        "folders": Folder.query.count(),
        "files": [(f.filename, f.folder_id) for f in File.query.order_by(File.id)],
        "albums": Album.query.count(),
        "tracks": [(t.song, t.album_id) for t in Track.query.order_by(Track.id)],
    }


@app.get("/")
def index():
    return state()


@app.post("/folders/1/delete")
def delete_folder():
    db.session.delete(db.session.get(Folder, 1))
    db.session.commit()
    return state()


@app.post("/albums/1/drop-first")
def drop_first():
    album = db.session.get(Album, 1)
    album.tracks.remove(album.tracks[0])
    db.session.commit()
    return state()


@app.post("/albums/1/delete")
def delete_album():
    db.session.delete(db.session.get(Album, 1))
    db.session.commit()
    return state()
