import { assert, type Fixtures, fixture } from "pytest";
import { createApp } from "./app.ts";

fixture(function client() {
  return createApp({ TESTING: true }).testClient();
});

export async function test_list_starts_empty({ client }: Fixtures) {
  const response = await client.get("/api/books");
  assert.equal(response.statusCode, 200);
  assert.equal(response.getJson(), []);
}

export async function test_create_book({ client }: Fixtures) {
  const response = await client.post("/api/books", { json: { title: "Dune" } });
  assert.equal(response.statusCode, 201);
  assert.equal(response.getJson(), { id: 1, title: "Dune" });
  assert.equal(response.headers.get("Location"), "/api/books/1");
}

export async function test_created_book_can_be_read({ client }: Fixtures) {
  await client.post("/api/books", { json: { title: "Dune" } });
  const response = await client.get("/api/books/1");
  assert.equal(response.getJson(), { id: 1, title: "Dune" });
}

export async function test_title_is_required({ client }: Fixtures) {
  const response = await client.post("/api/books", { json: { author: "Herbert" } });
  assert.equal(response.statusCode, 400);
  assert.equal(response.getJson(), { error: "title is required" });
}

export async function test_missing_book_is_404({ client }: Fixtures) {
  const response = await client.get("/api/books/7");
  assert.equal(response.statusCode, 404);
  assert.includes(response.getJson(), "error");
}

export async function test_delete_book({ client }: Fixtures) {
  await client.post("/api/books", { json: { title: "Dune" } });
  const response = await client.delete("/api/books/1");
  assert.equal(response.statusCode, 204);
  assert.equal(response.text, "");
  assert.equal((await client.get("/api/books/1")).statusCode, 404);
}
