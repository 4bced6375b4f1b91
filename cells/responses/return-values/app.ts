import { Flask } from "flask";

const app = new Flask(import.meta.url);

app.route("/", function index() {
  return "<h1>Kolba library</h1>";
});

app.route("/book", function book() {
  return { title: "Flask Web Development", copies: 2 };
});

app.route("/reserve", { methods: ["POST"] }, function reserve() {
  return ["Reserved: come by within three days.", 201];
});

app.route("/teapot", function teapot() {
  return ["We only brew tea here.", 418, { "X-Brew": "green tea" }];
});

app.route("/notes.txt", function notes() {
  return ["Open every weekday.", { "Content-Type": "text/plain; charset=utf-8" }];
});

app.run();
