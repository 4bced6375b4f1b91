/** The benchmark apps on Express. */
import express from "express";
import { parseArgs, routeCount } from "./apps.ts";

const { app: kind, port } = parseArgs(process.argv.slice(2));
const app = express();

if (kind === "hello") {
  app.get("/", (_req, res) => {
    res.send("Hello, World!");
  });
} else {
  for (let i = 0; i < routeCount; i++) {
    app.get(`/r${i}/:id`, (req, res) => {
      const id = Number.parseInt(req.params.id ?? "", 10);
      if (Number.isNaN(id)) res.status(404).send("Not Found");
      else res.send(`route ${i}: ${id}`);
    });
  }
}

app.listen(port, "127.0.0.1", () => console.log("ready"));
