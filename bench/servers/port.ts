/** The benchmark apps on Kolba's port, served by its Node adapter (`app.run`). */
import { Flask } from "flask";
import { parseArgs, routeCount } from "./apps.ts";

const { app: kind, port } = parseArgs(process.argv.slice(2));
const app = new Flask("bench");

if (kind === "hello") {
  app.route("/", function hello() {
    return "Hello, World!";
  });
} else {
  for (let i = 0; i < routeCount; i++) {
    app.addUrlRule(`/r${i}/<int:id>`, `route${i}`, ({ id }: { id: number }) => `route ${i}: ${id}`);
  }
}

// Exit normally on SIGTERM, so `node --cpu-prof` writes its profile.
process.on("SIGTERM", () => process.exit(0));
await app.run({ host: "127.0.0.1", port, quiet: process.env.KOLBA_BENCH_LOG !== "1" });
console.log("ready");
