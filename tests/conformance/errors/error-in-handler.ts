import { Flask } from "flask";

export const app = new Flask("error_in_handler");

app.errorHandler(404, function broken() {
  throw new Error("handler failed");
});
