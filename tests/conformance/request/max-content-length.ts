import { Flask, request } from "flask";

export const app = new Flask("max_content_length");
app.config.MAX_CONTENT_LENGTH = 20;

app.route("/echo", { methods: ["POST"] }, function echo() {
  return `${request.form.size} fields`;
});
