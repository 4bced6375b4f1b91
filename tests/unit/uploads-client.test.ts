import { describe, expect, it } from "vitest";
import { decodeSessionCookie, multipartParts } from "../../src/client/inspector-view.ts";
import { buildRequest, multipartBody } from "../../src/client/request-form.ts";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("the request builder's multipart body", () => {
  const fields = {
    method: "POST",
    path: "/upload",
    query: "",
    headers: "Content-Type: text/plain\nX-Test: 1",
    bodyKind: "multipart" as const,
    body: "title=Holiday\ntag=sea",
    boundary: "b0",
    files: [
      { field: "photo", name: "beach.png", type: "image/png", bytes: new Uint8Array([137, 80, 0]) },
      { field: "photo", name: 'my "notes".txt', type: "", bytes: bytes("hi") },
    ],
  };

  it("is sent as a browser sends it, with the boundary in Content-Type", () => {
    const request = buildRequest(fields);
    expect(request.headers).toEqual([
      ["X-Test", "1"],
      ["Content-Type", "multipart/form-data; boundary=b0"],
    ]);
    const text = new TextDecoder().decode(request.body as Uint8Array);
    expect(text).toBe(
      '--b0\r\nContent-Disposition: form-data; name="title"\r\n\r\nHoliday\r\n' +
        '--b0\r\nContent-Disposition: form-data; name="tag"\r\n\r\nsea\r\n' +
        '--b0\r\nContent-Disposition: form-data; name="photo"; filename="beach.png"\r\nContent-Type: image/png\r\n\r\n\u0089P\u0000\r\n'.replace(
          "\u0089",
          "\ufffd",
        ) +
        '--b0\r\nContent-Disposition: form-data; name="photo"; filename="my %22notes%22.txt"\r\nContent-Type: application/octet-stream\r\n\r\nhi\r\n' +
        "--b0--\r\n",
    );
  });

  it("reads back part by part in the inspector", () => {
    const request = buildRequest(fields);
    const parts = multipartParts(request.body as Uint8Array, "multipart/form-data; boundary=b0");
    expect(parts).toEqual([
      { name: "title", size: 7, text: "Holiday" },
      { name: "tag", size: 3, text: "sea" },
      { name: "photo", filename: "beach.png", contentType: "image/png", size: 3 },
      {
        name: "photo",
        filename: 'my "notes".txt',
        contentType: "application/octet-stream",
        size: 2,
        text: "hi",
      },
    ]);
    expect(multipartParts("a=1", "application/x-www-form-urlencoded")).toBeNull();
    expect(multipartParts(multipartBody([], [], "x"), 'multipart/form-data; boundary="x"')).toEqual(
      [],
    );
  });
});

describe("the inspector's session cookie", () => {
  it("decodes a plain and a compressed Flask session, naming when it was signed", async () => {
    const plain = await decodeSessionCookie(
      "eyJ1c2VyIjoiYWRhIn0.axIzlA.S5K88X05MI0LqIMjdfdkY8rC0Rk",
    );
    expect(plain).toEqual({
      json: { user: "ada" },
      compressed: false,
      signedAt: new Date(1796354964 * 1000),
    });
    const compressed = await decodeSessionCookie(
      ".eJyrVkpOLCpRsopWKklNVNIZUmSsjlJBYmaRklW1kgLIC4Y6ShVKsbU6SqXFqUBRpcSURKVaABMEP50.axIzlA.EsExGE4z608zRNYiM16__3aIh9Q",
    );
    expect(compressed?.compressed).toBe(true);
    expect(compressed?.json).toMatchObject({ pair: { " t": [1, "x"] }, user: "ada" });
    expect((compressed?.json as { cart?: string[] } | undefined)?.cart).toHaveLength(30);
  });

  it("is null for what is not one", async () => {
    expect(await decodeSessionCookie("dark")).toBeNull();
    expect(await decodeSessionCookie("bm90IGpzb24.axIzlA.sig")).toBeNull();
  });
});
