import { Flask, redirect, renderTemplateString, request, urlFor } from "flask";
import { SQLAlchemy } from "flask-sqlalchemy";

export const app = new Flask("template_rows");
app.config.set("SQLALCHEMY_DATABASE_URI", "sqlite:///:memory:");
const db = new SQLAlchemy(app);

class Task extends db.Model {
  static id = db.Column(db.Integer, { primaryKey: true });
  static text = db.Column(db.String(200), { nullable: false });
  static done = db.Column(db.Boolean, { default: false });
  declare done: boolean;
  static {
    db.register(Task);
  }
}

await app.appContext().run(() => db.createAll());

const PAGE = `<h1>Tasks ({{ tasks|length }})</h1>
<ul>
{%- for task in tasks %}
  <li id="task-{{ task.id }}">{{ task.text }}{% if task.done %} ✓{% endif %} <small>{{ task }} {{ task.done }}</small></li>
{%- else %}
  <li>Nothing to do.</li>
{%- endfor %}
</ul>`;

app.get("/", function index() {
  return renderTemplateString(PAGE, { tasks: Task.query.orderBy(Task.id).all() });
});

app.post("/add", function add() {
  db.session.add(new Task({ text: request.form.text }));
  db.session.commit();
  return redirect(urlFor("index"));
});

app.post("/done/<int:id>", function done({ id }: { id: number }) {
  db.getOr404(Task, id).done = true;
  db.session.commit();
  return redirect(urlFor("index"));
});
