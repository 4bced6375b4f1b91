import { Flask, request } from "flask";

export const app = new Flask("max_content_length_data");
app.config.MAX_CONTENT_LENGTH = 20;

app.route("/echo", { methods: ["POST"] }, function echo() {
  return `${request.getData().length} bytes`;
});
