from flask import Flask, render_template_string, session

app = Flask(__name__)
app.secret_key = "none from calls"

PAGE = (
    "[{{ session.get('missing') }}] [{{ request.args.get('q') }}] "
    "[{{ request.args.get('q')|default('fallback') }}] [{{ missing|default('fallback') }}] "
    "[{{ session.get('missing') is none }}] [{% if request.args.get('q') %}yes{% else %}no{% endif %}] "
    "[{{ missing }}]"
)


@app.route("/")
def index():
    session["seen"] = True
    return render_template_string(PAGE)
