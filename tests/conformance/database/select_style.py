from flask import Flask
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///:memory:"
db = SQLAlchemy(app)


class City(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    title = db.Column(db.String(50), nullable=False)
    country = db.Column(db.String(50))
    population = db.Column(db.Integer)


with app.app_context():
    db.create_all()
    db.session.add_all(
        [
            City(title="Vilnius", country="LT", population=588000),
            City(title="Kaunas", country="LT", population=305000),
            City(title="Almaty", country="KZ", population=2000000),
            City(title="Astana", country="KZ", population=1350000),
            City(title="Riga", country="LV", population=605000),
        ]
    )
    db.session.commit()


@app.get("/")
def index():
    cities = db.session.execute(db.select(City).order_by(City.title)).scalars().all()
    lt = db.session.execute(db.select(City).where(City.country == "LT").order_by(City.id)).scalars()
    first = db.session.execute(db.select(City).filter_by(country="KZ").order_by(City.population)).scalars().first()
    names = db.session.execute(db.select(City.title).order_by(City.population.desc()).limit(2)).scalars().all()
    rows = db.session.execute(db.select(City.title, City.population).where(City.population > 1000000).order_by(City.id)).all()
    total = db.session.execute(db.select(db.func.count()).select_from(City)).scalar()
    counted = db.session.execute(db.select(db.func.count(City.id)).where(City.country == "LT")).scalar()
    biggest = db.session.execute(db.select(db.func.max(City.population))).scalar()
    per_country = db.session.execute(
        db.select(City.country, db.func.count(City.id)).group_by(City.country).order_by(City.country)
    ).all()
    return {
        "all": [c.title for c in cities],
        "lt": [c.title for c in lt],
        "first": first.title,
        "names": names,
        "rows": [[r.title, r.population] for r in rows],
        "total": total,
        "counted": counted,
        "biggest": biggest,
        "per_country": [list(r) for r in per_country],
        "scalar_one": db.session.execute(db.select(City).where(City.title == "Riga")).scalar_one().country,
        "scalar_none": db.session.execute(db.select(City).where(City.title == "Oslo")).scalar_one_or_none(),
        "scalar": db.session.scalar(db.select(City.title).where(City.id == 2)),
        "scalars": [c.title for c in db.session.scalars(db.select(City).where(City.country == "LV"))],
        "get": repr(db.session.get(City, 3)),
        "get_missing": db.session.get(City, 30),
    }
