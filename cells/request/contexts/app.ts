import { currentApp, Flask, request } from "flask";

const app = new Flask(import.meta.url);
app.config.set("SHOP_NAME", "Kolba Tea");

app.route("/", function index() {
  return `<h1>Welcome to ${currentApp.config.get("SHOP_NAME")}</h1>`;
});

// 1. No context at all: there is no request to read.
try {
  console.log(request.path);
} catch (error) {
  console.log(`${(error as Error).name}: ${(error as Error).message}`);
}

// 2. A made-up request: inside run(), request works as in a view.
await app.testRequestContext("/search?q=tea&page=2").run(() => {
  console.log(request.method, request.path, request.args.get("q"));
  console.log("page:", request.args.get("page", 1, Number));
});

const signup = { method: "POST", data: { email: "ona@example.com" } };
await app.testRequestContext("/subscribe", signup).run(() => {
  console.log(request.method, request.form.get("email"));
});

// 3. Only the application context: currentApp works, request does not.
await app.appContext().run(() => {
  console.log("shop:", currentApp.config.get("SHOP_NAME"));
});

app.run();
