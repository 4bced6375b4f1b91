from flask import Flask
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///:memory:"
db = SQLAlchemy(app)


class Team(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    title = db.Column(db.String(40))
    members = db.relationship("Member", back_populates="team", order_by="Member.nick")


class Member(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    nick = db.Column(db.String(40))
    team_id = db.Column(db.Integer, db.ForeignKey("team.id"))
    team = db.relationship("Team", back_populates="members")


with app.app_context():
    db.create_all()
    red = Team(title="red")
    blue = Team(title="blue")
    db.session.add_all([red, blue])
    db.session.add_all([Member(nick="zoe", team=red), Member(nick="adam", team=red), Member(nick="kim")])
    db.session.commit()


@app.get("/")
def index():
    out = {}
    for team in Team.query.order_by(Team.id):
        out[team.title] = [m.nick for m in team.members]
    out["no team"] = [m.nick for m in Member.query.filter(Member.team_id.is_(None))]
    return out


@app.get("/join/<nick>/<title>")
def join(nick, title):
    member = Member.query.filter_by(nick=nick).first_or_404()
    team = Team.query.filter_by(title=title).first_or_404()
    before = [m.nick for m in team.members]
    member.team = team
    in_list = member in team.members
    db.session.commit()
    return {"before": before, "in_list_before_commit": in_list, "after": [m.nick for m in team.members]}


@app.get("/leave/<nick>")
def leave(nick):
    member = Member.query.filter_by(nick=nick).first_or_404()
    member.team.members.remove(member)
    db.session.commit()
    return {"team": member.team, "team_id": member.team_id}
