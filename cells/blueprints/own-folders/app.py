from flask import Flask, render_template

from shop import bp as shop_bp

app = Flask(__name__)
app.register_blueprint(shop_bp)


@app.route("/")
def index():
    return render_template("index.html")


if __name__ == "__main__":
    app.run()
