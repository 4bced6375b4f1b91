import { abort, Flask, jsonify, MethodView, request, urlFor } from "flask";

export const app = new Flask("method_view");

const ITEMS = new Map<number, { id: number; name: string }>([[1, { id: 1, name: "pen" }]]);

class ItemList extends MethodView {
  get() {
    return jsonify([...ITEMS.values()]);
  }

  post() {
    const data = request.getJson() as { name: string };
    const item = { id: Math.max(...ITEMS.keys()) + 1, name: data.name };
    ITEMS.set(item.id, item);
    return [item, 201, { Location: urlFor("item", { id: item.id }) }];
  }
}

class ItemDetail extends MethodView {
  get({ id }: { id: number }) {
    return ITEMS.get(id) ?? abort(404);
  }

  put({ id }: { id: number }) {
    if (!ITEMS.has(id)) abort(404);
    ITEMS.set(id, { id, name: (request.getJson() as { name: string }).name });
    return ITEMS.get(id);
  }

  delete({ id }: { id: number }) {
    if (!ITEMS.delete(id)) abort(404);
    return ["", 204];
  }
}

class Base extends MethodView {
  get() {
    return `get from ${this.constructor.name}`;
  }
}

class Child extends Base {
  post() {
    return "post from Child";
  }
}

app.addUrlRule("/items", null, ItemList.asView("items"));
app.addUrlRule("/items/<int:id>", null, ItemDetail.asView("item"));
app.addUrlRule("/child", null, Child.asView("child"));

app.get("/endpoints", function endpoints() {
  return {
    items: urlFor("items"),
    item: urlFor("item", { id: 7 }),
    methods: [...(ItemDetail.asView("x").methods ?? [])].sort(),
    child: [...(Child.methods ?? [])].sort(),
  };
});
