import { request } from "flask";
import { assert } from "pytest";
import { app } from "./app.ts";

export async function test_the_client_uses_the_apps_base() {
  const data = (await app.testClient().get("/where")).getJson();
  assert.equal(data, {
    path: "/where",
    script_root: "/shop",
    url: "https://shop.example/shop/where",
    link: "/shop/where",
    external: "https://shop.example/shop/where",
  });
}

export async function test_a_request_context_too() {
  await app.testRequestContext("/where").run(() => {
    assert.equal(request.url, "https://shop.example/shop/where");
  });
}

export async function test_a_base_url_given_wins() {
  const data = (
    await app.testClient().get("/where", { baseUrl: "https://shop.example/x" })
  ).getJson();
  assert.equal((data as { url: string }).url, "https://shop.example/x/where");
}
