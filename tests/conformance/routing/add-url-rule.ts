import { Flask, urlFor } from "flask";

export const app = new Flask("add_url_rule");

function about() {
  return "about " + urlFor("about_page");
}

function contact() {
  return "contact";
}

app.addUrlRule("/about", "about_page", about);
app.addUrlRule("/contact", null, contact, { methods: ["GET", "POST"] });
