from flask import Flask, request, url_for

app = Flask(__name__)
app.config.update(
    SERVER_NAME="shop.example", APPLICATION_ROOT="/shop", PREFERRED_URL_SCHEME="https"
)


@app.get("/where")
def where():
    return {
        "path": request.path,
        "script_root": request.script_root,
        "url": request.url,
        "link": url_for("where"),
        "external": url_for("where", _external=True),
    }


if __name__ == "__main__":
    app.run()
