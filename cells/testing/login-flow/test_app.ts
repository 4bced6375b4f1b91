import { assert, type Fixtures, fixture } from "pytest";
import { createApp } from "./app.ts";

fixture(function client() {
  return createApp({ TESTING: true }).testClient();
});

fixture(async function logged_in({ client }: Fixtures) {
  await client.post("/login", { data: { name: "ana", password: "s3cret" } });
  return client;
});

export async function test_account_needs_login({ client }: Fixtures) {
  const response = await client.get("/account");
  assert.equal(response.statusCode, 302);
  assert.equal(response.headers.get("Location"), "/login");
}

export async function test_wrong_password({ client }: Fixtures) {
  const response = await client.post("/login", { data: { name: "ana", password: "guess" } });
  assert.equal(response.statusCode, 401);
  assert.equal((await client.get("/account")).statusCode, 302);
}

export async function test_login_opens_account({ client }: Fixtures) {
  const response = await client.post("/login", {
    data: { name: "ana", password: "s3cret" },
    followRedirects: true,
  });
  assert.equal(response.history.length, 1);
  assert.equal(response.text, "Hello, ana");
}

export async function test_logout_forgets_the_user({ logged_in }: Fixtures) {
  assert.equal((await logged_in.get("/account")).text, "Hello, ana");
  await logged_in.post("/logout");
  assert.equal((await logged_in.get("/account")).statusCode, 302);
}

export async function test_account_of_someone_else({ client }: Fixtures) {
  await client.sessionTransaction((sess: Record<string, unknown>) => {
    sess.user = "bob";
  });
  assert.equal((await client.get("/account")).text, "Hello, bob");
}
