import { Flask, g } from "flask";

const app = new Flask(import.meta.url);

app.beforeRequest(function startTimer() {
  g.start = performance.now();
});

app.afterRequest(function addHeaders(response) {
  const ms = performance.now() - (g.start as number);
  response.headers.set("Server-Timing", `app;dur=${ms.toFixed(1)}`);
  response.headers.set("X-Content-Type-Options", "nosniff");
  return response;
});

app.route("/", function index() {
  return "A quick page";
});

app.route("/slow", async function slow() {
  await new Promise((resolve) => setTimeout(resolve, 200));
  return "A slow page";
});

app.run();
