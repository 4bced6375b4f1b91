from flask import Flask, redirect, request, session, url_for


def create_app(config=None):
    app = Flask(__name__)
    app.config.from_mapping(SECRET_KEY="dev", NOTES=[])
    if config:
        app.config.from_mapping(config)

    @app.post("/login")
    def login():
        name = request.form.get("name", "")
        if not name:
            return {"error": "name is required"}, 400
        session["user"] = name
        return redirect(url_for("me"))

    @app.get("/me")
    def me():
        if "user" not in session:
            return {"error": "not logged in"}, 401
        return {"user": session["user"]}

    @app.post("/notes")
    def add_note():
        app.config["NOTES"].append(request.get_json()["text"])
        return {"count": len(app.config["NOTES"])}, 201

    return app


if __name__ == "__main__":
    create_app().run()
