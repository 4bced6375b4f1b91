/**
 * Kolba's pytest counterpart for a cell's tests: plain exported `test_*` functions, fixtures
 * they ask for by name, and pytest's `assert` and `raises`.
 * @example
 * import { assert, fixture, type Fixtures } from "pytest";
 * import { app } from "./app.ts";
 *
 * fixture(function client() {
 *   return app.testClient();
 * });
 *
 * export async function test_home({ client }: Fixtures) {
 *   const response = await client.get("/");
 *   assert.equal(response.statusCode, 200);
 * }
 */
export { AssertionError, assert, raises } from "./assert.ts";
export { FixtureLookupError, type Fixtures, fixture } from "./fixtures.ts";
