import { Flask, type HTTPException } from "flask";
import { SQLAlchemy } from "flask-sqlalchemy";

export const app = new Flask("not_found_helpers");
app.config.set("SQLALCHEMY_DATABASE_URI", "sqlite:///:memory:");
const db = new SQLAlchemy(app);

class Page extends db.Model {
  static id = db.Column(db.Integer, { primaryKey: true });
  static slug = db.Column(db.String(40), { unique: true });
  static title = db.Column(db.String(80));
  declare title: string;
  static {
    db.register(Page);
  }
}

await app.appContext().run(() => {
  db.createAll();
  db.session.addAll([
    new Page({ slug: "home", title: "Home" }),
    new Page({ slug: "about", title: "About us" }),
  ]);
  db.session.commit();
});

app.get("/legacy/<int:id>", function legacyGet({ id }: { id: number }) {
  return Page.query.getOr404(id).title;
});

app.get("/legacy/slug/<slug>", function legacyFirst({ slug }: { slug: string }) {
  return Page.query.filterBy({ slug }).firstOr404(`No page called ${slug}`).title;
});

app.get("/legacy/one/<slug>", function legacyOne({ slug }: { slug: string }) {
  return Page.query.filterBy({ slug }).oneOr404().title;
});

app.get("/pages/<int:id>", function get({ id }: { id: number }) {
  return db.getOr404(Page, id, { description: "That page does not exist." }).title;
});

app.get("/pages/slug/<slug>", function first({ slug }: { slug: string }) {
  return db.firstOr404(db.select(Page).filterBy({ slug })).title;
});

app.get("/pages/one/<slug>", function one({ slug }: { slug: string }) {
  return db.oneOr404(db.select(Page).where(Page.slug.eq(slug))).title;
});

app.get("/pages/any-one", function anyOne() {
  return db.oneOr404(db.select(Page)).title;
});

app.errorHandler(404, function notFound(e: HTTPException) {
  return [`404: ${e.description}`, 404];
});
