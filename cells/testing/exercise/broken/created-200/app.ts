import { Flask, jsonify, request, urlFor } from "flask";

interface Item {
  id: number;
  name: string;
}

export function createApp(config?: Record<string, unknown>) {
  const app = new Flask(import.meta.url);
  if (config) app.config.fromMapping(config);
  const items: Item[] = [];
  let nextId = 1;

  app.get("/api/items", function listItems() {
    return jsonify(items);
  });

  app.post("/api/items", function addItem() {
    const data = request.getJson({ silent: true }) as { name?: unknown } | null;
    const name = typeof data?.name === "string" ? data.name.trim() : "";
    if (!name) return [{ error: "name is required" }, 400];
    const item = { id: nextId++, name };
    items.push(item);
    return [item, 200, { Location: urlFor("item", { item_id: item.id }) }];
  });

  app.get("/api/items/<int:item_id>", function item({ item_id }) {
    const found = items.find((i) => i.id === item_id);
    if (!found) return [{ error: "no such item" }, 404];
    return found;
  });

  app.delete("/api/items/<int:item_id>", function deleteItem({ item_id }) {
    const index = items.findIndex((i) => i.id === item_id);
    if (index === -1) return [{ error: "no such item" }, 404];
    items.splice(index, 1);
    return ["", 204];
  });

  return app;
}

const app = createApp();
app.run();
