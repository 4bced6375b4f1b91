import { Flask } from "flask";
import { bp as apiBp } from "./api.ts";
import { bp as errorsBp } from "./errors.ts";

const app = new Flask(import.meta.url);
app.registerBlueprint(apiBp);
app.registerBlueprint(errorsBp);

app.route("/", function index() {
  return "<h1>Library</h1><p>Try /api/books/1?key=demo</p>";
});

app.run();
