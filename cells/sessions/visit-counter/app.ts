import { Flask, session } from "flask";

const app = new Flask(import.meta.url);
// A key for this lesson only; a real app reads its own from the environment.
app.secretKey = "lesson-key-not-a-secret";

app.route("/", function index() {
  const visits = session.get("visits", 0) + 1;
  session.visits = visits;
  return (
    `<p>Visits in this session: ${visits}</p>` +
    '<p><a href="/">Count again</a> · <a href="/forget">Forget me</a></p>'
  );
});

app.route("/forget", function forget() {
  session.clear();
  return '<p>Forgotten.</p><p><a href="/">Start again</a></p>';
});

app.run();
