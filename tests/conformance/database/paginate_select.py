from flask import Flask, render_template_string
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///:memory:"
db = SQLAlchemy(app)


class Photo(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    caption = db.Column(db.String(50))


with app.app_context():
    db.create_all()
    for n in range(1, 13):
        db.session.add(Photo(caption=f"photo {n:02}"))
    db.session.commit()

PAGE = """<ul>{% for photo in page.items %}<li>{{ photo.caption }}</li>{% endfor %}</ul>
<nav>{% for n in page.iter_pages() %}{% if n %}{% if n == page.page %}<b>{{ n }}</b>{% else %}<a href="{{ url_for('photos', page=n) }}">{{ n }}</a>{% endif %}{% else %}…{% endif %} {% endfor %}</nav>
{% if page.has_prev %}<a href="{{ url_for('photos', page=page.prev_num) }}">newer</a>{% endif %}
{% if page.has_next %}<a href="{{ url_for('photos', page=page.next_num) }}">older</a>{% endif %}
<p>{{ page.total }} photos, page {{ page.page }} of {{ page.pages }}</p>"""


@app.get("/photos")
def photos():
    page = db.paginate(db.select(Photo).order_by(Photo.id.desc()), per_page=3)
    return render_template_string(PAGE, page=page)


@app.get("/api")
def api():
    page = db.paginate(db.select(Photo), max_per_page=5, count=False)
    return {"captions": [p.caption for p in page], "total": page.total, "pages": page.pages}
