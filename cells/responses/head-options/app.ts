import { Flask, request } from "flask";

const app = new Flask(import.meta.url);

app.route("/hours", function hours() {
  const text = "Monday to Friday, 10:00 to 18:00.";
  return [text, { "X-View-Saw": request.method }];
});

app.route("/suggest", { methods: ["GET", "POST"] }, function suggest() {
  if (request.method === "POST") {
    return "Thank you!";
  }
  return "Send a POST request to suggest a book.";
});

app.run();
