from flask import Flask

from models import db
from notes import bp as notes_bp


def create_app(test_config=None):
    app = Flask(__name__)
    # The default: a file in the instance folder. A test passes an in-memory database.
    app.config.from_mapping(SQLALCHEMY_DATABASE_URI="sqlite:///notes.db")
    if test_config:
        app.config.from_mapping(test_config)

    db.init_app(app)
    app.register_blueprint(notes_bp)

    with app.app_context():
        db.create_all()
    return app


app = create_app()

if __name__ == "__main__":
    app.run()
