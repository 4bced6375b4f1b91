import { Flask } from "flask";
import { SQLAlchemy } from "flask-sqlalchemy";

export const app = new Flask("relationship_back_populates");
app.config.set("SQLALCHEMY_DATABASE_URI", "sqlite:///:memory:");
const db = new SQLAlchemy(app);

class Team extends db.Model {
  static id = db.Column(db.Integer, { primaryKey: true });
  static title = db.Column(db.String(40));
  static members = db.relationship("Member", { backPopulates: "team", orderBy: () => Member.nick });
  declare title: string;
  declare members: Member[];
  static {
    db.register(Team);
  }
}

class Member extends db.Model {
  static id = db.Column(db.Integer, { primaryKey: true });
  static nick = db.Column(db.String(40));
  static team_id = db.Column(db.Integer, db.ForeignKey("team.id"));
  static team = db.relationship("Team", { backPopulates: "members" });
  declare nick: string;
  declare team_id: number | null;
  declare team: Team | null;
  static {
    db.register(Member);
  }
}

await app.appContext().run(() => {
  db.createAll();
  const red = new Team({ title: "red" });
  const blue = new Team({ title: "blue" });
  db.session.addAll([red, blue]);
  db.session.addAll([
    new Member({ nick: "zoe", team: red }),
    new Member({ nick: "adam", team: red }),
    new Member({ nick: "kim" }),
  ]);
  db.session.commit();
});

app.get("/", function index() {
  const out: Record<string, string[]> = {};
  for (const team of Team.query.orderBy(Team.id) as Iterable<Team>) {
    out[team.title] = team.members.map((m) => m.nick);
  }
  out["no team"] = (Member.query.filter(Member.team_id.is_(null)).all() as Member[]).map(
    (m) => m.nick,
  );
  return out;
});

app.get("/join/<nick>/<title>", function join({ nick, title }: { nick: string; title: string }) {
  const member: Member = Member.query.filterBy({ nick }).firstOr404();
  const team: Team = Team.query.filterBy({ title }).firstOr404();
  const before = team.members.map((m) => m.nick);
  member.team = team;
  const inList = team.members.includes(member);
  db.session.commit();
  return { before, in_list_before_commit: inList, after: team.members.map((m) => m.nick) };
});

app.get("/leave/<nick>", function leave({ nick }: { nick: string }) {
  const member: Member = Member.query.filterBy({ nick }).firstOr404();
  (member.team as Team & { members: { remove(m: Member): void } }).members.remove(member);
  db.session.commit();
  return { team: member.team, team_id: member.team_id };
});
