import { Flask, renderTemplateString } from "flask";
import { SQLAlchemy } from "flask-sqlalchemy";

export const app = new Flask("types_defaults");
app.config.set("SQLALCHEMY_DATABASE_URI", "sqlite:///:memory:");
const db = new SQLAlchemy(app);

const LAUNCH = new Date(Date.UTC(2024, 4, 1, 12, 30, 15));

class Event extends db.Model {
  static id = db.Column(db.Integer, { primaryKey: true });
  static title = db.Column(db.String(50), { nullable: false });
  static notes = db.Column(db.Text, { default: "none yet" });
  static public = db.Column(db.Boolean, { default: true });
  static price = db.Column(db.Float, { default: 0.5 });
  static seats = db.Column(db.Integer, { default: () => 10 * 5 });
  static starts = db.Column(db.DateTime, { default: () => LAUNCH });
  declare title: string;
  declare notes: string | null;
  declare public: boolean | null;
  declare price: number | null;
  declare seats: number | null;
  declare starts: Date | null;
  static {
    db.register(Event);
  }
}

await app.appContext().run(() => db.createAll());

app.post("/events/<title>", function add({ title }: { title: string }) {
  const event = new Event({ title });
  const before = [event.notes, event.public, event.price, event.seats, event.starts];
  db.session.add(event);
  db.session.commit();
  return renderTemplateString(
    "before: {{ before }}\nafter: {{ e.notes }} {{ e.public }} {{ e.price }} {{ e.seats }} {{ e.starts }}",
    { before, e: event },
  );
});

app.post("/events/<title>/private", function privateEvent({ title }: { title: string }) {
  const event = new Event({
    title,
    public: false,
    price: 12.25,
    starts: new Date(Date.UTC(2025, 0, 2, 3, 4, 5, 600)),
  });
  db.session.add(event);
  db.session.commit();
  const starts = (event.starts as Date).toISOString();
  return {
    public: event.public,
    price: event.price,
    starts: `${starts.slice(0, 10)} ${starts.slice(11, 23)}000`,
  };
});

app.get("/public", function publicEvents() {
  const titles = (events: Iterable<Event>) => [...events].map((e) => e.title);
  return {
    true: titles(Event.query.filter(Event.public.eq(true))),
    false: titles(Event.query.filter(Event.public.is_(false))),
    later: titles(Event.query.filter(Event.starts.gt(new Date(Date.UTC(2024, 11, 31))))),
    stored: [...db.session.execute(db.text("SELECT public, starts FROM event ORDER BY id"))].map(
      (r) => [...r],
    ),
  };
});
