import { Flask } from "flask";

export const app = new Flask("redirect_to");

app.route("/old/<int:n>", { redirectTo: "/new/<n>" }, function old() {
  return "never";
});

app.route("/new/<int:n>", function new_({ n }) {
  return `new ${n}`;
});
