/** The benchmark apps on Hono with its Node server. */
import { serve } from "@hono/node-server";
import { Hono } from "hono";
import { parseArgs, routeCount } from "./apps.ts";

const { app: kind, port } = parseArgs(process.argv.slice(2));
const app = new Hono();

if (kind === "hello") {
  app.get("/", (c) => c.html("Hello, World!"));
} else {
  for (let i = 0; i < routeCount; i++) {
    app.get(`/r${i}/:id{[0-9]+}`, (c) => c.html(`route ${i}: ${Number(c.req.param("id"))}`));
  }
}

// Exit normally on SIGTERM, so `node --cpu-prof` writes its profile.
process.on("SIGTERM", () => process.exit(0));
serve({ fetch: app.fetch, port, hostname: "127.0.0.1" }, () => console.log("ready"));
