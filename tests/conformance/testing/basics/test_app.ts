import { assert, type Fixtures, fixture, raises } from "pytest";
import { app } from "./app.ts";

fixture(function client() {
  app.config.set("TESTING", true);
  return app.testClient();
});

fixture(function broken() {
  throw new Error("this fixture cannot be set up");
});

export async function test_home({ client }: Fixtures) {
  const response = await client.get("/");
  assert.equal(response.statusCode, 200);
  assert.includes(response.text, "Hello");
}

export async function test_book_json({ client }: Fixtures) {
  const response = await client.get("/books/2");
  assert.equal(response.getJson(), { id: 2, title: "Book 2" });
}

export async function test_missing_book_is_404({ client }: Fixtures) {
  assert.equal((await client.get("/books/9")).statusCode, 404);
}

export async function test_wrong_expectation({ client }: Fixtures) {
  assert.equal((await client.get("/books/9")).statusCode, 200);
}

export async function test_view_error_reaches_the_test({ client }: Fixtures) {
  await client.get("/boom");
}

export async function test_view_error_expected({ client }: Fixtures) {
  await raises(Error, () => client.get("/boom"));
}

export function test_unknown_fixture({ clinet }: Fixtures) {
  return clinet;
}

export function test_broken_fixture({ broken }: Fixtures) {
  return broken;
}

export function helper_not_collected() {
  assert(false);
}
