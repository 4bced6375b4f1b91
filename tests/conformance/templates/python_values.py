from flask import Flask, render_template_string

app = Flask(__name__)


@app.route("/")
def index():
    return render_template_string(
        "none={{ nothing }} true={{ yes }} false={{ no }} list={{ items }} dict={{ mapping }} float={{ half }} int_div={{ 7 // 2 }}",
        nothing=None,
        yes=True,
        no=False,
        items=[1, "a"],
        mapping={"k": "v"},
        half=0.5,
    )
