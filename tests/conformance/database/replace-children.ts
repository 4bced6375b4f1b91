import { Flask } from "flask";
import { SQLAlchemy } from "flask-sqlalchemy";

export const app = new Flask("replace_children");
app.config.set("SQLALCHEMY_DATABASE_URI", "sqlite:///:memory:");
const db = new SQLAlchemy(app);

class Playlist extends db.Model {
  static id = db.Column(db.Integer, { primaryKey: true });
  static songs = db.relationship("Song", { backref: "playlist", cascade: "all, delete-orphan" });
  declare songs: Song[];
  static {
    db.register(Playlist);
  }
}

class Song extends db.Model {
  static id = db.Column(db.Integer, { primaryKey: true });
  static title = db.Column(db.String(30));
  static seconds = db.Column(db.Integer);
  static playlist_id = db.Column(db.Integer, db.ForeignKey("playlist.id"));
  declare id: number;
  declare title: string;
  declare playlist_id: number | null;
  static {
    db.register(Song);
  }
}

await app.appContext().run(() => {
  db.createAll();
  const p = new Playlist();
  p.songs = [
    new Song({ title: "intro", seconds: 65 }),
    new Song({ title: "theme", seconds: 200 }),
    new Song({ title: "outro", seconds: 90 }),
  ];
  db.session.add(p);
  db.session.commit();
});

function index() {
  const titles = (songs: Song[]) => songs.map((s) => s.title);
  return {
    songs: (Song.query.orderBy(Song.id).all() as Song[]).map((s) => [s.id, s.title, s.playlist_id]),
    long: titles(Song.query.filter(Song.seconds.mul(2).gt(150)).orderBy(Song.title).all()),
    minutes: titles(
      Song.query.filter(Song.seconds.div(60).ge(1)).orderBy(Song.seconds.desc()).all(),
    ),
  };
}

app.get("/", index);

app.post("/keep-theme", function keepTheme() {
  const p = db.session.get(Playlist, 1) as Playlist;
  p.songs = [
    ...p.songs.filter((s) => s.title === "theme"),
    new Song({ title: "bonus", seconds: 30 }),
  ];
  db.session.commit();
  return index();
});
