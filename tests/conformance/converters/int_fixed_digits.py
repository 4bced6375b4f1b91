from flask import Flask, url_for

app = Flask(__name__)


@app.route("/archive/<int(fixed_digits=4):year>")
def archive(year):
    return f"{year} {url_for('archive', year=year)} {url_for('archive', year=42)}"
