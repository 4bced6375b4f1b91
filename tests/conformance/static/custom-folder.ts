import { Flask, urlFor } from "flask";

export const app = new Flask(import.meta.url, { staticFolder: "assets", staticUrlPath: "/files" });

app.route("/urls", function urls() {
  return urlFor("static", { filename: "file.txt" });
});
