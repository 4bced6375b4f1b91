import { Flask, renderTemplateString } from "flask";
import { SQLAlchemy } from "flask-sqlalchemy";

export const app = new Flask("paginate_select");
app.config.set("SQLALCHEMY_DATABASE_URI", "sqlite:///:memory:");
const db = new SQLAlchemy(app);

class Photo extends db.Model {
  static id = db.Column(db.Integer, { primaryKey: true });
  static caption = db.Column(db.String(50));
  declare caption: string;
  static {
    db.register(Photo);
  }
}

await app.appContext().run(() => {
  db.createAll();
  for (let n = 1; n <= 12; n++) {
    db.session.add(new Photo({ caption: `photo ${String(n).padStart(2, "0")}` }));
  }
  db.session.commit();
});

const PAGE = `<ul>{% for photo in page.items %}<li>{{ photo.caption }}</li>{% endfor %}</ul>
<nav>{% for n in page.iter_pages() %}{% if n %}{% if n == page.page %}<b>{{ n }}</b>{% else %}<a href="{{ url_for('photos', page=n) }}">{{ n }}</a>{% endif %}{% else %}…{% endif %} {% endfor %}</nav>
{% if page.has_prev %}<a href="{{ url_for('photos', page=page.prev_num) }}">newer</a>{% endif %}
{% if page.has_next %}<a href="{{ url_for('photos', page=page.next_num) }}">older</a>{% endif %}
<p>{{ page.total }} photos, page {{ page.page }} of {{ page.pages }}</p>`;

app.get("/photos", function photos() {
  const page = db.paginate(db.select(Photo).orderBy(Photo.id.desc()), { perPage: 3 });
  return renderTemplateString(PAGE, { page });
});

app.get("/api", function api() {
  const page = db.paginate(db.select(Photo), { maxPerPage: 5, count: false });
  return { captions: [...page].map((p) => p.caption), total: page.total, pages: page.pages };
});
