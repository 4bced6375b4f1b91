import { Flask, renderTemplate } from "flask";

export const app = new Flask(import.meta.url);

app.route("/<ext>", function by_ext({ ext }) {
  const template = (
    { html: "hello.html", txt: "hello.txt", xml: "feed.xml" } as Record<string, string>
  )[ext]!;
  return renderTemplate(template, { name: "<b>&</b>", raw: "<i>" });
});
