import { Flask, redirect, request, urlFor } from "flask";

const app = new Flask(import.meta.url);

const THEMES = ["light", "dark"];
const YEAR = 60 * 60 * 24 * 365;

function page(theme: string) {
  return (
    "<style>.dark { background: #222; color: #eee }</style>" +
    `<main class="${theme}">` +
    "<h1>Reading room</h1>" +
    `<p>Theme: ${theme}</p>` +
    '<form method="post" action="/theme">' +
    '<button name="theme" value="light">Light</button>' +
    '<button name="theme" value="dark">Dark</button>' +
    "</form>" +
    '<form method="post" action="/theme/reset"><button>Forget my choice</button></form>' +
    "</main>"
  );
}

app.route("/", function index() {
  // TODO: read the theme from the "theme" cookie; only the THEMES count
  const theme = "light";
  return page(theme);
});

app.post("/theme", function chooseTheme() {
  const theme = request.form.get("theme", "");
  // TODO: abort(400) for a theme that is not in THEMES
  const response = redirect(urlFor("index"), 303);
  // TODO: remember the theme for a YEAR, hidden from scripts, with SameSite=Lax
  return response;
});

// TODO: POST /theme/reset forgets the choice and goes back to /

app.run();
