import { Flask, jsonify, request } from "flask";
import { IntegrityError, SQLAlchemy } from "flask-sqlalchemy";

export const app = new Flask("json_api");
app.config.set("SQLALCHEMY_DATABASE_URI", "sqlite:///:memory:");
const db = new SQLAlchemy(app);

class Movie extends db.Model {
  static id = db.Column(db.Integer, { primaryKey: true });
  static title = db.Column(db.String(80), { unique: true, nullable: false });
  static year = db.Column(db.Integer);
  static watched = db.Column(db.Boolean, { default: false });
  declare id: number;
  declare title: string;
  declare year: number | null;
  declare watched: boolean;
  static {
    db.register(Movie);
  }

  toDict() {
    return { id: this.id, title: this.title, year: this.year, watched: this.watched };
  }
}

await app.appContext().run(() => db.createAll());

app.get("/api/movies", function movies() {
  let query = Movie.query;
  if ("watched" in request.args) query = query.filterBy({ watched: request.args.watched === "1" });
  return jsonify((query.orderBy(Movie.year, Movie.title).all() as Movie[]).map((m) => m.toDict()));
});

app.post("/api/movies", function create() {
  const data = request.getJson() as { title?: string; year?: number } | null;
  if (!data || !("title" in data)) return [{ error: "title is required" }, 400];
  const movie = new Movie({ title: data.title, year: data.year ?? null });
  db.session.add(movie);
  try {
    db.session.commit();
  } catch (e) {
    if (!(e instanceof IntegrityError)) throw e;
    db.session.rollback();
    return [{ error: `${data.title} is already listed` }, 409];
  }
  return [movie.toDict(), 201];
});

app.patch("/api/movies/<int:id>", function update({ id }: { id: number }) {
  const movie = db.getOr404(Movie, id);
  const changes = request.json as Record<string, unknown>;
  for (const key of ["title", "year", "watched"]) {
    if (key in changes) (movie as unknown as Record<string, unknown>)[key] = changes[key];
  }
  db.session.commit();
  return movie.toDict();
});

app.delete("/api/movies/<int:id>", function deleteMovie({ id }: { id: number }) {
  db.session.delete(db.getOr404(Movie, id));
  db.session.commit();
  return ["", 204];
});

app.errorHandler(404, function notFound() {
  return [{ error: "not found" }, 404];
});
