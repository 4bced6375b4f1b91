import { Flask } from "flask";

export const app = new Flask("allow_union");

app.route("/res", { methods: ["GET"] }, function show() {
  return "show";
});

app.route("/res", { methods: ["PUT", "PATCH"] }, function update() {
  return "update";
});
