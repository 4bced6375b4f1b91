import { Flask, sendFromDirectory } from "flask";

export const app = new Flask(import.meta.url);

app.route("/download/<path:name>", function download({ name }) {
  return sendFromDirectory("assets", name);
});

app.route("/attach/<path:name>", function attach({ name }) {
  return sendFromDirectory("assets", name, { asAttachment: true, downloadName: "report ą.txt" });
});
