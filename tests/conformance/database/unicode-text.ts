import { Flask, renderTemplateString, request } from "flask";
import { SQLAlchemy } from "flask-sqlalchemy";

export const app = new Flask("unicode_text");
app.config.set("SQLALCHEMY_DATABASE_URI", "sqlite:///:memory:");
const db = new SQLAlchemy(app);

class Word extends db.Model {
  static id = db.Column(db.Integer, { primaryKey: true });
  static text = db.Column(db.String(40), { unique: true });
  static lang = db.Column(db.String(2));
  declare id: number;
  declare text: string;
  declare lang: string;
  static {
    db.register(Word);
  }
}

await app.appContext().run(() => {
  db.createAll();
  db.session.addAll([
    new Word({ text: "kolba", lang: "lt" }),
    new Word({ text: "ąžuolas", lang: "lt" }),
    new Word({ text: "Žalgiris", lang: "lt" }),
    new Word({ text: "колба", lang: "kk" }),
    new Word({ text: "қазақ", lang: "kk" }),
    new Word({ text: "flask", lang: "en" }),
  ]);
  db.session.commit();
});

app.get("/", function index() {
  const words = Word.query.orderBy(Word.text).all();
  return renderTemplateString(
    "{% for w in words %}{{ w.text }} ({{ w.lang }}){{ ', ' if not loop.last }}{% endfor %}",
    { words },
  );
});

app.get("/find", function find() {
  const q = String(request.args.q);
  const first = Word.query.filter(Word.text.eq(q)).first() as Word | null;
  return {
    exact: (Word.query.filterBy({ text: q }).all() as Word[]).map((w) => w.id),
    like: (
      Word.query
        .filter(Word.text.like(`%${q}%`))
        .orderBy(Word.id)
        .all() as Word[]
    ).map((w) => w.text),
    lang: first ? first.lang : null,
  };
});

app.post("/add", function add() {
  db.session.add(new Word({ text: request.form.text, lang: request.form.lang }));
  db.session.commit();
  return String(Word.query.count());
});
