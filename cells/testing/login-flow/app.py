from flask import Flask, redirect, request, session, url_for

# One member, for the lesson; a real app keeps hashed passwords in a database.
USERS = {"ana": "s3cret"}


def create_app(config=None):
    app = Flask(__name__)
    app.config["SECRET_KEY"] = "lesson-key-not-a-secret"
    if config:
        app.config.from_mapping(config)

    @app.route("/login", methods=["GET", "POST"])
    def login():
        if request.method == "POST":
            name = request.form.get("name", "")
            password = request.form.get("password", "")
            if name in USERS and USERS[name] == password:
                session["user"] = name
                return redirect(url_for("account"))
            return "Wrong name or password", 401
        return '<form method="post"><input name="name"> <input name="password" type="password"> <button>Log in</button></form>'

    @app.get("/account")
    def account():
        user = session.get("user")
        if not user:
            return redirect(url_for("login"))
        return f"Hello, {user}"

    @app.post("/logout")
    def logout():
        session.pop("user", None)
        return redirect(url_for("login"))

    return app


app = create_app()

if __name__ == "__main__":
    app.run()
