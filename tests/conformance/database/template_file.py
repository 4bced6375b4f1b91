from flask import Flask, render_template
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///:memory:"
db = SQLAlchemy(app)


class Club(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    title = db.Column(db.String(40))
    members = db.relationship("ClubMember", backref="club", order_by="ClubMember.nick")


class ClubMember(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    nick = db.Column(db.String(40))
    admin = db.Column(db.Boolean, default=False)
    club_id = db.Column(db.Integer, db.ForeignKey("club.id"))


with app.app_context():
    db.create_all()
    chess = Club(title="Chess <&> Go")
    db.session.add_all([chess, Club(title="Empty")])
    db.session.add_all(
        [ClubMember(nick="zed", club=chess), ClubMember(nick="amy", club=chess, admin=True), ClubMember(nick="solo")]
    )
    db.session.commit()


@app.get("/clubs/<int:id>")
def club(id):
    return render_template("members.html", club=db.get_or_404(Club, id))


@app.get("/members/<int:id>")
def member(id):
    return render_template("member.html", member=db.get_or_404(ClubMember, id))
