/**
 * The port's own cost per request, without sockets: `app.handle()` on a hello app and on the last
 * of 100 dynamic routes, next to the cost of building the web `Request` it takes.
 * Usage: node bench/handler.ts [--requests 20000]
 */
import { parseArgs } from "node:util";
import { Flask } from "flask";
import { routeCount, targets } from "./servers/apps.ts";

const { values } = parseArgs({ options: { requests: { type: "string", default: "20000" } } });
const n = Number(values.requests);
const app = new Flask("bench");
app.route("/", function hello() {
  return "Hello, World!";
});
for (let i = 0; i < routeCount; i++) {
  app.addUrlRule(`/r${i}/<int:id>`, `route${i}`, ({ id }: { id: number }) => `route ${i}: ${id}`);
}

async function perRequest(make: () => Promise<unknown> | unknown): Promise<number> {
  for (let i = 0; i < n / 10; i++) await make();
  const started = performance.now();
  for (let i = 0; i < n; i++) await make();
  return ((performance.now() - started) / n) * 1000;
}

console.log(`node ${process.version}; ${n} requests each, one after another`);
for (const path of [targets.hello, targets.routesFirst, targets.routes]) {
  const url = `http://localhost${path}`;
  const handle = await perRequest(() => app.handle(new Request(url)));
  const request = await perRequest(() => new Request(url));
  console.log(
    `${path.padEnd(8)} app.handle ${handle.toFixed(1)} µs/request (${Math.round(1e6 / handle)} per second on one core), of which new Request ${request.toFixed(1)} µs`,
  );
}
