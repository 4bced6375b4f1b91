import { Flask, request } from "flask";
import { SQLAlchemy } from "flask-sqlalchemy";

export const app = new Flask("crud_basics");
app.config.set("SQLALCHEMY_DATABASE_URI", "sqlite:///:memory:");
const db = new SQLAlchemy(app);

class User extends db.Model {
  static id = db.Column(db.Integer, { primaryKey: true });
  static username = db.Column(db.String(80), { unique: true, nullable: false });
  static email = db.Column(db.String(120));
  declare id: number;
  declare username: string;
  declare email: string | null;
  static {
    db.register(User);
  }
}

await app.appContext().run(() => db.createAll());

app.post("/users", function create() {
  const user = new User({ username: request.form.username, email: request.form.get("email") });
  db.session.add(user);
  db.session.commit();
  return [`created ${user} with id ${user.id}`, 201];
});

app.get("/users", function index() {
  const users: User[] = User.query.orderBy(User.username).all();
  return users.map((u) => `${u.id}:${u.username}:${u.email ?? "None"}`).join(", ") || "no users";
});

app.get("/users/<int:id>", function show({ id }: { id: number }) {
  const user = db.getOr404(User, id);
  return { id: user.id, username: user.username, email: user.email };
});

app.post("/users/<int:id>/email", function changeEmail({ id }: { id: number }) {
  const user = db.getOr404(User, id);
  user.email = String(request.form.email);
  db.session.commit();
  return `${user.username} now has ${user.email}`;
});

app.post("/users/<int:id>/delete", function deleteUser({ id }: { id: number }) {
  const user = db.getOr404(User, id);
  db.session.delete(user);
  db.session.commit();
  return `deleted ${id}`;
});
