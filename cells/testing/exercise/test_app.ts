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

// Write more tests here: adding an item, a missing name, deleting an item.
