from flask import Flask, render_template_string, request, redirect, url_for
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///:memory:"
db = SQLAlchemy(app)


class Task(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    text = db.Column(db.String(200), nullable=False)
    done = db.Column(db.Boolean, default=False)


with app.app_context():
    db.create_all()

PAGE = """<h1>Tasks ({{ tasks|length }})</h1>
<ul>
{%- for task in tasks %}
  <li id="task-{{ task.id }}">{{ task.text }}{% if task.done %} ✓{% endif %} <small>{{ task }} {{ task.done }}</small></li>
{%- else %}
  <li>Nothing to do.</li>
{%- endfor %}
</ul>"""


@app.get("/")
def index():
    return render_template_string(PAGE, tasks=Task.query.order_by(Task.id).all())


@app.post("/add")
def add():
    db.session.add(Task(text=request.form["text"]))
    db.session.commit()
    return redirect(url_for("index"))


@app.post("/done/<int:id>")
def done(id):
    db.get_or_404(Task, id).done = True
    db.session.commit()
    return redirect(url_for("index"))
