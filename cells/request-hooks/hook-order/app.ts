import { Flask, request } from "flask";

const app = new Flask(import.meta.url);

const PLAIN = { "Content-Type": "text/plain; charset=utf-8" };

class OutOfCoffee extends Error {}
class OutOfMilk extends Error {}

const log: string[] = [];

function errorName(error: unknown): string {
  return error instanceof Error ? error.constructor.name : "None";
}

app.beforeRequest(function before() {
  log.push(`${request.method} ${request.path}`, "  before_request");
});

app.afterRequest(function after(response) {
  log.push(`  after_request (${response.statusCode})`);
  return response;
});

app.teardownRequest(function tearDownRequest(error) {
  log.push(`  teardown_request (error: ${errorName(error)})`);
});

app.teardownAppcontext(function tearDownAppcontext(error) {
  log.push(`  teardown_appcontext (error: ${errorName(error)})`);
});

app.errorHandler(OutOfMilk, function noMilk() {
  log.push("  error handler");
  return ["No milk today", 503];
});

app.route("/", function index() {
  log.push("  view");
  return "Coffee is ready";
});

app.route("/boom", function boom() {
  log.push("  view raises OutOfCoffee");
  throw new OutOfCoffee("the pot is empty");
});

app.route("/milk", function milk() {
  log.push("  view raises OutOfMilk");
  throw new OutOfMilk("the fridge is empty");
});

app.route("/log", function showLog() {
  log.push("  view");
  return [log.join("\n"), PLAIN];
});

app.run();
