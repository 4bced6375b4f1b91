import { Flask, redirect, request, urlFor } from "flask";

const app = new Flask(import.meta.url);

const WEEK = 60 * 60 * 24 * 7;

app.route("/", function index() {
  let notice: string;
  if (request.cookies.get("notice") === "hidden") {
    notice = '<form method="post" action="/notice/show"><button>Show the notice</button></form>';
  } else {
    notice =
      '<p class="notice">The reading room is now open on Sundays.</p>' +
      '<form method="post" action="/notice/hide"><button>Hide it</button></form>';
  }
  return `<h1>Kolba library</h1>${notice}`;
});

app.post("/notice/hide", function hideNotice() {
  const response = redirect(urlFor("index"), 303);
  response.setCookie("notice", "hidden", { maxAge: WEEK, sameSite: "Lax" });
  return response;
});

app.post("/notice/show", function showNotice() {
  const response = redirect(urlFor("index"), 303);
  response.deleteCookie("notice");
  return response;
});

app.run();
