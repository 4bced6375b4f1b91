import { assert, type Fixtures, fixture } from "pytest";
import { createApp } from "./app.ts";

fixture(function client() {
  return createApp({ TESTING: true }).testClient();
});

export async function test_list_starts_empty({ client }: Fixtures) {
  const response = await client.get("/api/items");
  assert.equal(response.statusCode, 200);
  assert.equal(response.getJson(), []);
}

export async function test_add_item({ client }: Fixtures) {
  const response = await client.post("/api/items", { json: { name: "milk" } });
  assert.equal(response.statusCode, 201);
  assert.equal(response.getJson(), { id: 1, name: "milk" });
  assert.equal((await client.get("/api/items")).getJson(), [{ id: 1, name: "milk" }]);
}

export async function test_name_is_required({ client }: Fixtures) {
  const response = await client.post("/api/items", { json: {} });
  assert.equal(response.statusCode, 400);
  assert.equal(response.getJson(), { error: "name is required" });
  assert.equal((await client.get("/api/items")).getJson(), []);
}

export async function test_delete_item({ client }: Fixtures) {
  await client.post("/api/items", { json: { name: "milk" } });
  const response = await client.delete("/api/items/1");
  assert.equal(response.statusCode, 204);
  assert.equal((await client.get("/api/items/1")).statusCode, 404);
  assert.equal((await client.get("/api/items")).getJson(), []);
}
