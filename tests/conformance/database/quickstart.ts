import { Flask, redirect, renderTemplateString, request, urlFor } from "flask";
import { SQLAlchemy } from "flask-sqlalchemy";

export const app = new Flask("quickstart");
app.config.set("SQLALCHEMY_DATABASE_URI", "sqlite:///:memory:");
const db = new SQLAlchemy(app);

class User extends db.Model {
  static id = db.Column(db.Integer, { primaryKey: true });
  static username = db.Column(db.String, { unique: true, nullable: false });
  static email = db.Column(db.String);
  declare id: number;
  declare username: string;
  static {
    db.register(User);
  }
}

await app.appContext().run(() => db.createAll());

const LIST = `<ul>{% for user in users %}<li><a href="{{ url_for('user_detail', id=user.id) }}">{{ user.username }}</a></li>{% endfor %}</ul>`;
const DETAIL = `<h1>{{ user.username }}</h1><p>{{ user.email }}</p><form method="post" action="{{ url_for('user_delete', id=user.id) }}"><button>Delete</button></form>`;

app.route("/users", function user_list() {
  const users = db.session.execute(db.select(User).orderBy(User.username)).scalars();
  return renderTemplateString(LIST, { users: [...users] });
});

app.route("/users/create", { methods: ["GET", "POST"] }, function user_create() {
  if (request.method === "POST") {
    const user = new User({ username: request.form.username, email: request.form.email });
    db.session.add(user);
    db.session.commit();
    return redirect(urlFor("user_detail", { id: user.id }));
  }
  return '<form method="post"><input name="username"><input name="email"></form>';
});

app.route("/user/<int:id>", function user_detail({ id }: { id: number }) {
  const user = db.getOr404(User, id);
  return renderTemplateString(DETAIL, { user });
});

app.route(
  "/user/<int:id>/delete",
  { methods: ["GET", "POST"] },
  function user_delete({ id }: { id: number }) {
    const user = db.getOr404(User, id);
    if (request.method === "POST") {
      db.session.delete(user);
      db.session.commit();
      return redirect(urlFor("user_list"));
    }
    return `Delete ${user.username}?`;
  },
);
