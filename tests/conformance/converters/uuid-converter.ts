import { Flask } from "flask";

export const app = new Flask("uuid_converter");

app.route("/obj/<uuid:oid>", function show({ oid }) {
  return `${oid} ${oid.version}`;
});
