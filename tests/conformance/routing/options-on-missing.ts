import { Flask } from "flask";

export const app = new Flask("options_on_missing");

app.route("/here", { methods: ["GET", "PUT"] }, function here() {
  return "here";
});
