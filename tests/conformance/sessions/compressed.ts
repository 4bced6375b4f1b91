import { Flask, session } from "flask";

export const app = new Flask("compressed");
app.secretKey = "kolba-conformance";

app.route("/big", function big() {
  session.text = "kolba ".repeat(50);
  return "big";
});

app.route("/len", function length() {
  return String((session.get("text", "") as string).length);
});
