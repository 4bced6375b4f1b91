import { abort, Flask, redirect, request, urlFor } from "flask";

const app = new Flask(import.meta.url);

const LINKS: Record<string, string> = {
  docs: "https://flask.palletsprojects.com/",
  kolba: "https://kolba.example/",
};

app.route("/", function index() {
  return LINKS;
});

app.route("/<code>", function follow({ code }) {
  // Send the visitor on to the link's address; an unknown code is a 404.
  return `Go to ${LINKS[code]}`;
});

app.route("/go/<code>", function old_follow({ code }) {
  // The old /go/ addresses have moved for good.
  return redirect(urlFor("follow", { code }));
});

app.post("/links", function create() {
  // Save the code and url sent as JSON, and answer 201 with a Location header.
  return "Not saved yet.";
});

app.route("/coffee", function coffee() {
  return "No coffee here.";
});

app.run();
