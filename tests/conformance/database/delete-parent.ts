import { Flask } from "flask";
import { SQLAlchemy } from "flask-sqlalchemy";

export const app = new Flask("delete_parent");
app.config.set("SQLALCHEMY_DATABASE_URI", "sqlite:///:memory:");
const db = new SQLAlchemy(app);

class Folder extends db.Model {
  static id = db.Column(db.Integer, { primaryKey: true });
  static label = db.Column(db.String(30));
  static files = db.relationship("File", { backref: "folder" });
  declare files: File[];
  static {
    db.register(Folder);
  }
}

class File extends db.Model {
  static id = db.Column(db.Integer, { primaryKey: true });
  static filename = db.Column(db.String(30));
  static folder_id = db.Column(db.Integer, db.ForeignKey("folder.id"));
  declare filename: string;
  declare folder_id: number | null;
  static {
    db.register(File);
  }
}

class Album extends db.Model {
  static id = db.Column(db.Integer, { primaryKey: true });
  static label = db.Column(db.String(30));
  static tracks = db.relationship("Track", { backref: "album", cascade: "all, delete-orphan" });
  declare tracks: Track[] & { remove(t: Track): void };
  static {
    db.register(Album);
  }
}

class Track extends db.Model {
  static id = db.Column(db.Integer, { primaryKey: true });
  static song = db.Column(db.String(30));
  static album_id = db.Column(db.Integer, db.ForeignKey("album.id"), { nullable: false });
  declare song: string;
  declare album_id: number;
  static {
    db.register(Track);
  }
}

await app.appContext().run(() => {
  db.createAll();
  const docs = new Folder({ label: "docs" });
  docs.files.push(new File({ filename: "a.txt" }));
  docs.files.push(new File({ filename: "b.txt" }));
  const album = new Album({ label: "first" });
  album.tracks.push(new Track({ song: "one" }));
  album.tracks.push(new Track({ song: "two" }));
  album.tracks.push(new Track({ song: "three" }));
  db.session.addAll([docs, album]);
  db.session.commit();
});

function state() {
  return {
    folders: Folder.query.count(),
    files: (File.query.orderBy(File.id).all() as File[]).map((f) => [f.filename, f.folder_id]),
    albums: Album.query.count(),
    tracks: (Track.query.orderBy(Track.id).all() as Track[]).map((t) => [t.song, t.album_id]),
  };
}

app.get("/", function index() {
  return state();
});

app.post("/folders/1/delete", function deleteFolder() {
  db.session.delete(db.session.get(Folder, 1) as Folder);
  db.session.commit();
  return state();
});

app.post("/albums/1/drop-first", function dropFirst() {
  const album = db.session.get(Album, 1) as Album;
  album.tracks.remove(album.tracks[0] as Track);
  db.session.commit();
  return state();
});

app.post("/albums/1/delete", function deleteAlbum() {
  db.session.delete(db.session.get(Album, 1) as Album);
  db.session.commit();
  return state();
});
