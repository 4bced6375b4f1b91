import { Flask, renderTemplate } from "flask";
import { SQLAlchemy } from "flask-sqlalchemy";

export const app = new Flask(import.meta.url);
app.config.set("SQLALCHEMY_DATABASE_URI", "sqlite:///:memory:");
const db = new SQLAlchemy(app);

class Club extends db.Model {
  static id = db.Column(db.Integer, { primaryKey: true });
  static title = db.Column(db.String(40));
  static members = db.relationship("ClubMember", { backref: "club", orderBy: "ClubMember.nick" });
  static {
    db.register(Club);
  }
}

class ClubMember extends db.Model {
  static id = db.Column(db.Integer, { primaryKey: true });
  static nick = db.Column(db.String(40));
  static admin = db.Column(db.Boolean, { default: false });
  static club_id = db.Column(db.Integer, db.ForeignKey("club.id"));
  static {
    db.register(ClubMember);
  }
}

await app.appContext().run(() => {
  db.createAll();
  const chess = new Club({ title: "Chess <&> Go" });
  db.session.addAll([chess, new Club({ title: "Empty" })]);
  db.session.addAll([
    new ClubMember({ nick: "zed", club: chess }),
    new ClubMember({ nick: "amy", club: chess, admin: true }),
    new ClubMember({ nick: "solo" }),
  ]);
  db.session.commit();
});

app.get("/clubs/<int:id>", function club({ id }: { id: number }) {
  return renderTemplate("members.html", { club: db.getOr404(Club, id) });
});

app.get("/members/<int:id>", function member({ id }: { id: number }) {
  return renderTemplate("member.html", { member: db.getOr404(ClubMember, id) });
});
