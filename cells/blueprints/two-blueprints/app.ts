import { Flask, urlFor } from "flask";
import { bp as authBp } from "./auth.ts";
import { bp as blogBp } from "./blog.ts";

const app = new Flask(import.meta.url);
// A prefix given here applies to this registration only.
app.registerBlueprint(authBp, { urlPrefix: "/auth" });
app.registerBlueprint(blogBp);

app.route("/", function index() {
  return (
    "<h1>Home</h1>" +
    `<p><a href="${urlFor("blog.index")}">Blog</a> · <a href="${urlFor("auth.login")}">Log in</a></p>`
  );
});

app.run();
