import { Blueprint, Flask } from "flask";

const blog = new Blueprint("blog", import.meta.url, { urlPrefix: "/blog" });

const posts = ["Hello, blueprints", "Why a factory"];

blog.route("/", function index() {
  // TODO 4: link to the admin dashboard, built with urlFor.
  return `<h1>Blog</h1><p>${posts.length} posts.</p>`;
});

// TODO 1-2: an "admin" blueprint under /admin, with its own before-request guard
// and a dashboard view.

export function createApp(testConfig?: Record<string, unknown>) {
  const app = new Flask(import.meta.url);
  app.config.fromMapping({ ADMIN_NAME: "admin" });
  if (testConfig) app.config.fromMapping(testConfig);
  app.registerBlueprint(blog);
  // TODO 3: register the admin blueprint as well.
  return app;
}

const app = createApp();
app.run();
