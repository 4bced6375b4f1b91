import { assert, type Fixtures, fixture } from "pytest";
import { createApp } from "./app.ts";

const events: string[] = [];

fixture(function* app() {
  events.push("app up");
  const app = createApp({ TESTING: true, NOTES: [] });
  yield app;
  events.push("app down");
});

fixture(function client({ app }: Fixtures) {
  return app.testClient();
});

fixture(async function logged_in({ client }: Fixtures) {
  await client.post("/login", { data: { name: "ana" } });
  return client;
});

export async function test_login_redirects_to_me({ client }: Fixtures) {
  const response = await client.post("/login", { data: { name: "ana" } });
  assert.equal(response.statusCode, 302);
  assert.equal(response.headers.get("Location"), "/me");
}

export async function test_login_needs_a_name({ client }: Fixtures) {
  const response = await client.post("/login", { data: {} });
  assert.equal(response.statusCode, 400);
  assert.equal(response.getJson(), { error: "name is required" });
}

export async function test_me_after_login({ logged_in }: Fixtures) {
  assert.equal((await logged_in.get("/me")).getJson(), { user: "ana" });
}

export async function test_me_without_login({ client }: Fixtures) {
  assert.equal((await client.get("/me")).statusCode, 401);
}

export async function test_session_transaction({ client }: Fixtures) {
  await client.sessionTransaction((sess: Record<string, unknown>) => {
    sess.user = "bob";
  });
  assert.equal(((await client.get("/me")).getJson() as { user: string }).user, "bob");
}

export async function test_follow_redirects({ client }: Fixtures) {
  const response = await client.post("/login", { data: { name: "cy" }, followRedirects: true });
  assert.equal(response.getJson(), { user: "cy" });
  assert.equal(response.history.length, 1);
}

export async function test_first_note({ client }: Fixtures) {
  assert.equal((await client.post("/notes", { json: { text: "a" } })).getJson(), { count: 1 });
}

export async function test_each_test_gets_a_fresh_app({ client }: Fixtures) {
  assert.equal((await client.post("/notes", { json: { text: "b" } })).getJson(), { count: 1 });
}

export function test_teardown_ran_for_every_test() {
  assert.equal(
    events.filter((e) => e === "app up").length,
    events.filter((e) => e === "app down").length,
  );
  assert.equal(events.filter((e) => e === "app up").length, 8);
}

export async function test_logged_in_as_someone_else({ logged_in }: Fixtures) {
  assert.equal((await logged_in.get("/me")).getJson(), { user: "bob" });
}
