from flask import Flask, abort, jsonify, request, url_for
from flask.views import MethodView

app = Flask("method_view")

ITEMS = {1: {"id": 1, "name": "pen"}}


class ItemList(MethodView):
    def get(self):
        return jsonify(list(ITEMS.values()))

    def post(self):
        data = request.get_json()
        item = {"id": max(ITEMS) + 1, "name": data["name"]}
        ITEMS[item["id"]] = item
        return item, 201, {"Location": url_for("item", id=item["id"])}


class ItemDetail(MethodView):
    def get(self, id):
        return ITEMS.get(id) or abort(404)

    def put(self, id):
        if id not in ITEMS:
            abort(404)
        ITEMS[id] = {"id": id, "name": request.get_json()["name"]}
        return ITEMS[id]

    def delete(self, id):
        ITEMS.pop(id, None) or abort(404)
        return "", 204


class Base(MethodView):
    def get(self):
        return f"get from {type(self).__name__}"


class Child(Base):
    def post(self):
        return "post from Child"


app.add_url_rule("/items", view_func=ItemList.as_view("items"))
app.add_url_rule("/items/<int:id>", view_func=ItemDetail.as_view("item"))
app.add_url_rule("/child", view_func=Child.as_view("child"))


@app.get("/endpoints")
def endpoints():
    return {
        "items": url_for("items"),
        "item": url_for("item", id=7),
        "methods": sorted(ItemDetail.as_view("x").methods),
        "child": sorted(Child.methods),
    }
