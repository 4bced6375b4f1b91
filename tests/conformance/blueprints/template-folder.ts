import { Blueprint, Flask, renderTemplate } from "flask";

const admin = new Blueprint("admin", import.meta.url, {
  urlPrefix: "/admin",
  templateFolder: "admin_templates",
});
const blog = new Blueprint("blog", import.meta.url, {
  urlPrefix: "/blog",
  templateFolder: "blog_templates",
});

admin.route("/page", function page() {
  return renderTemplate("admin/page.html");
});

admin.route("/shared", function shared() {
  return renderTemplate("shared.html");
});

admin.route("/both", function admin_both() {
  return renderTemplate("both.html");
});

blog.route("/both", function blog_both() {
  return renderTemplate("both.html");
});

blog.route("/admin-page", function admin_page_from_blog() {
  return renderTemplate("admin/page.html");
});

blog.route("/missing", function missing() {
  return renderTemplate("blog/missing.html");
});

export const app = new Flask(import.meta.url);
app.registerBlueprint(admin);
app.registerBlueprint(blog);

app.route("/from-app", function from_app() {
  return renderTemplate("both.html");
});
