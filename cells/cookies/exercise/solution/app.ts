import { abort, Flask, redirect, request, urlFor } from "flask";

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
  let theme = request.cookies.get("theme", "light");
  if (!THEMES.includes(theme)) {
    theme = "light";
  }
  return page(theme);
});

app.post("/theme", function chooseTheme() {
  const theme = request.form.get("theme", "");
  if (!THEMES.includes(theme)) {
    abort(400);
  }
  const response = redirect(urlFor("index"), 303);
  response.setCookie("theme", theme, { maxAge: YEAR, httpOnly: true, sameSite: "Lax" });
  return response;
});

app.post("/theme/reset", function resetTheme() {
  const response = redirect(urlFor("index"), 303);
  response.deleteCookie("theme");
  return response;
});

app.run();
