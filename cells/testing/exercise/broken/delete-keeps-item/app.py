from flask import Flask, jsonify, request, url_for


def create_app(config=None):
    app = Flask(__name__)
    if config:
        app.config.from_mapping(config)
    items = []
    next_id = 1

    @app.get("/api/items")
    def list_items():
        return jsonify(items)

    @app.post("/api/items")
    def add_item():
        nonlocal next_id
        data = request.get_json(silent=True)
        name = data.get("name") if isinstance(data, dict) else None
        name = name.strip() if isinstance(name, str) else ""
        if not name:
            return {"error": "name is required"}, 400
        item = {"id": next_id, "name": name}
        next_id += 1
        items.append(item)
        return item, 201, {"Location": url_for("item", item_id=item["id"])}

    @app.get("/api/items/<int:item_id>")
    def item(item_id):
        found = next((i for i in items if i["id"] == item_id), None)
        if found is None:
            return {"error": "no such item"}, 404
        return found

    @app.delete("/api/items/<int:item_id>")
    def delete_item(item_id):
        found = next((i for i in items if i["id"] == item_id), None)
        if found is None:
            return {"error": "no such item"}, 404
        return "", 204

    return app


app = create_app()

if __name__ == "__main__":
    app.run()
