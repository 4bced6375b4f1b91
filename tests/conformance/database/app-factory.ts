import { Blueprint, Flask, g } from "flask";
import { SQLAlchemy } from "flask-sqlalchemy";

const db = new SQLAlchemy();

class Visitor extends db.Model {
  static id = db.Column(db.Integer, { primaryKey: true });
  static nick = db.Column(db.String(20), { unique: true });
  static visits = db.Column(db.Integer, { default: 0 });
  declare nick: string;
  declare visits: number;
  static {
    db.register(Visitor);
  }
}

const bp = new Blueprint("site", "app_factory", { urlPrefix: "/site" });

bp.beforeAppRequest(function loadVisitor() {
  g.visitor = Visitor.query.filterBy({ nick: "guest" }).first();
});

bp.get("/visit", function visit() {
  const visitor = g.visitor as Visitor;
  visitor.visits += 1;
  db.session.commit();
  return `${visitor.nick} visit ${visitor.visits}`;
});

bp.get("/who", function who() {
  return String(g.visitor);
});

async function createApp() {
  const app = new Flask("app_factory");
  app.config.fromMapping({ SQLALCHEMY_DATABASE_URI: "sqlite://", SECRET_KEY: "dev" });
  db.initApp(app);
  app.registerBlueprint(bp);
  await app.appContext().run(() => {
    db.createAll();
    db.session.add(new Visitor({ nick: "guest" }));
    db.session.commit();
  });
  return app;
}

export const app = await createApp();
