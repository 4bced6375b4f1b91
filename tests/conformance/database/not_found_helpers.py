from flask import Flask
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///:memory:"
db = SQLAlchemy(app)


class Page(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    slug = db.Column(db.String(40), unique=True)
    title = db.Column(db.String(80))


with app.app_context():
    db.create_all()
    db.session.add_all([Page(slug="home", title="Home"), Page(slug="about", title="About us")])
    db.session.commit()


@app.get("/legacy/<int:id>")
def legacy_get(id):
    return Page.query.get_or_404(id).title


@app.get("/legacy/slug/<slug>")
def legacy_first(slug):
    return Page.query.filter_by(slug=slug).first_or_404(description=f"No page called {slug}").title


@app.get("/legacy/one/<slug>")
def legacy_one(slug):
    return Page.query.filter_by(slug=slug).one_or_404().title


@app.get("/pages/<int:id>")
def get(id):
    return db.get_or_404(Page, id, description="That page does not exist.").title


@app.get("/pages/slug/<slug>")
def first(slug):
    return db.first_or_404(db.select(Page).filter_by(slug=slug)).title


@app.get("/pages/one/<slug>")
def one(slug):
    return db.one_or_404(db.select(Page).where(Page.slug == slug)).title


@app.get("/pages/any-one")
def any_one():
    return db.one_or_404(db.select(Page)).title


@app.errorhandler(404)
def not_found(e):
    return f"404: {e.description}", 404
