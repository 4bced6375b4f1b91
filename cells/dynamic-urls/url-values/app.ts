import { Flask } from "flask";

const app = new Flask(import.meta.url);

const PLAIN = { "Content-Type": "text/plain; charset=utf-8" };

app.route("/posts/<int:year>/<slug>", function post({ year, slug }) {
  return [`Post ${slug} from ${year}`, PLAIN];
});

app.run();
