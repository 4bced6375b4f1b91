import { assert } from "pytest";
import { app } from "./app.ts";

export async function test_add_answers() {
  const client = app.testClient();
  const response = await client.get("/add", { query: { a: "2", b: "3" } });
  assert.equal(response.statusCode, 200);
}

export async function test_add_two_numbers() {
  const client = app.testClient();
  const response = await client.get("/add", { query: { a: "2", b: "3" } });
  assert.equal(response.text, "5");
}
