from flask import Blueprint, Flask, render_template

admin = Blueprint("admin", __name__, url_prefix="/admin", template_folder="admin_templates")
blog = Blueprint("blog", __name__, url_prefix="/blog", template_folder="blog_templates")


@admin.route("/page")
def page():
    return render_template("admin/page.html")


@admin.route("/shared")
def shared():
    return render_template("shared.html")


@admin.route("/both")
def admin_both():
    return render_template("both.html")


@blog.route("/both")
def blog_both():
    return render_template("both.html")


@blog.route("/admin-page")
def admin_page_from_blog():
    return render_template("admin/page.html")


@blog.route("/missing")
def missing():
    return render_template("blog/missing.html")


app = Flask(__name__)
app.register_blueprint(admin)
app.register_blueprint(blog)


@app.route("/from-app")
def from_app():
    return render_template("both.html")
