import { Blueprint, currentApp, Flask, request, urlFor } from "flask";

const blog = new Blueprint("blog", import.meta.url, { urlPrefix: "/blog" });
const admin = new Blueprint("admin", import.meta.url, { urlPrefix: "/admin" });

const posts = ["Hello, blueprints", "Why a factory"];

blog.route("/", function index() {
  return (
    `<h1>Blog</h1><p>${posts.length} posts.</p>` +
    `<p><a href="${urlFor("admin.dashboard")}">Dashboard</a></p>`
  );
});

// Only the admin blueprint's views are guarded; the blog stays open.
admin.beforeRequest(function onlyAdmins() {
  if (request.args.get("user") !== currentApp.config.ADMIN_NAME) {
    return ["Admins only", 403];
  }
  return undefined;
});

admin.route("/", function dashboard() {
  return (
    `<h1>Admin dashboard</h1><p>${posts.length} posts.</p>` +
    `<p><a href="${urlFor("blog.index")}">Back to the blog</a></p>`
  );
});

export function createApp(testConfig?: Record<string, unknown>) {
  const app = new Flask(import.meta.url);
  app.config.fromMapping({ ADMIN_NAME: "admin" });
  if (testConfig) app.config.fromMapping(testConfig);
  app.registerBlueprint(blog);
  app.registerBlueprint(admin);
  return app;
}

const app = createApp();
app.run();
