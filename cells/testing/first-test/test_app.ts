import { assert } from "pytest";
import { app } from "./app.ts";

export async function test_home() {
  const client = app.testClient();
  const response = await client.get("/");
  assert.equal(response.statusCode, 200);
  assert.includes(response.text, "library");
}

export async function test_book_as_json() {
  const client = app.testClient();
  const response = await client.get("/books/1");
  assert.equal(response.statusCode, 200);
  assert.equal(response.getJson(), { id: 1, title: "Dune" });
}

export async function test_missing_book_is_404() {
  const client = app.testClient();
  const response = await client.get("/books/99");
  assert.equal(response.statusCode, 404);
}
