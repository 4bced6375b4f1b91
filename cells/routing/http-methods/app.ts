import { Flask, request } from "flask";

const app = new Flask(import.meta.url);

app.route("/feedback", { methods: ["GET", "POST"] }, function feedback() {
  if (request.method === "POST") {
    return "Thank you for your feedback!";
  }
  return "Tell us what you think: send a POST request to this address.";
});

app.get("/login", function loginForm() {
  return "Please log in.";
});

app.post("/login", function login() {
  return "You are logged in.";
});

app.run();
