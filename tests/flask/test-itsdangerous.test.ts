import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import {
  BadData,
  BadPayload,
  BadSignature,
  BadTimeSignature,
  base64Decode,
  base64Encode,
  bytesToInt,
  intToBytes,
  Serializer,
  SignatureExpired,
  Signer,
  TimestampSigner,
  URLSafeSerializer,
  URLSafeTimedSerializer,
} from "../../sandbox-runtime/flask/itsdangerous/index.ts";

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const FIXED = 1700000000;

function python(code: string): string {
  const run = spawnSync("/usr/bin/python3", ["-c", code], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(run.stderr);
  return run.stdout.trim();
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected a rejection");
}

describe("encoding", () => {
  it("uses URL-safe base64 without padding", () => {
    expect(text(base64Encode(new Uint8Array([251, 255])))).toBe("-_8");
    expect([...base64Decode("-_8")]).toEqual([251, 255]);
    expect(text(base64Decode("aGVsbG8"))).toBe("hello");
  });

  it("decodes leniently like binascii and rejects broken padding with BadData", () => {
    expect(text(base64Decode("aGV sbG8="))).toBe("hello");
    expect(() => base64Decode("aGV sbG8")).toThrow(BadData);
    expect(() => base64Decode("a!b-c_d")).toThrow(BadData);
    expect(() => base64Decode("a!b-c_d")).toThrow("Invalid base64-encoded data");
    expect(() => base64Decode("abcde")).toThrow(BadData);
  });

  it("packs integers big-endian without leading zeros", () => {
    expect([...intToBytes(FIXED)]).toEqual([0x65, 0x53, 0xf1, 0x00]);
    expect([...intToBytes(0)]).toEqual([]);
    expect(bytesToInt(new Uint8Array([0x65, 0x53, 0xf1, 0x00]))).toBe(BigInt(FIXED));
    expect(() => bytesToInt(new Uint8Array(9))).toThrow();
  });
});

describe("Signer (values signed by itsdangerous 2.1)", () => {
  it("signs with django-concat and SHA-1 by default", async () => {
    expect(text(await new Signer("secret-key").sign("hello"))).toBe(
      "hello.GIG_I5genEs4rf1bcDRWLO8Yso4",
    );
  });

  it("supports the other key derivations, digests and salts", async () => {
    expect(
      text(
        await new Signer("secret-key", { salt: "activate", keyDerivation: "hmac" }).sign("hello"),
      ),
    ).toBe("hello.2Lp8H-6zf32jmjZhLQf6DQb22fg");
    expect(
      text(
        await new Signer("secret-key", { keyDerivation: "concat", digestMethod: "SHA-256" }).sign(
          "hello",
        ),
      ),
    ).toBe("hello.7Sx32j9GkkAFcJtqFHncu_D0_Mn8652yMz8Z8Z0XQ-k");
    expect(text(await new Signer(new Uint8Array(), { keyDerivation: "none" }).sign("x"))).toBe(
      "x.YkTmZFGhyGlduXMc4sT9XeJcz4c",
    );
  });

  it("unsigns its own and Python's values", async () => {
    const signer = new Signer("secret-key");
    expect(text(await signer.unsign("hello.GIG_I5genEs4rf1bcDRWLO8Yso4"))).toBe("hello");
    expect(await signer.validate("hello.GIG_I5genEs4rf1bcDRWLO8Yso4")).toBe(true);
    expect(await signer.validate("hello.GIG_I5genEs4rf1bcDRWLX8Yso4")).toBe(false);
    // As in Python, the unused low bits of the last base64 character are ignored.
    expect(await signer.validate("hello.GIG_I5genEs4rf1bcDRWLO8Yso5")).toBe(true);
  });

  it("reports a bad signature with itsdangerous's message and payload", async () => {
    const error = await rejection(new Signer("secret-key").unsign("hello.abc"));
    expect(error).toBeInstanceOf(BadSignature);
    expect((error as BadSignature).message).toBe("Signature b'abc' does not match");
    expect(text((error as BadSignature).payload as Uint8Array)).toBe("hello");
    const missing = await rejection(new Signer("secret-key").unsign("hello"));
    expect((missing as BadSignature).message).toBe("No b'.' found in value");
    expect((missing as BadSignature).payload).toBeNull();
  });

  it("verifies against every key but signs with the newest", async () => {
    const old = await new Signer("old").sign("v");
    const rotated = new Signer(["old", "new"]);
    expect(text(await rotated.unsign(old))).toBe("v");
    expect(text(await rotated.sign("v"))).toBe(text(await new Signer("new").sign("v")));
    await expect(new Signer("new").unsign(old)).rejects.toBeInstanceOf(BadSignature);
  });

  it("refuses a separator that can appear in base64", () => {
    expect(() => new Signer("k", { sep: "-" })).toThrow("The given separator cannot be used");
  });
});

describe("TimestampSigner", () => {
  const fixed = () => FIXED;

  it("writes the timestamp exactly like Python", async () => {
    const signer = new TimestampSigner("secret-key", { timestamp: fixed });
    expect(text(await signer.sign("hello"))).toBe("hello.ZVPxAA.UQx3EIPGLNk6IyY28rz4wwlRRWI");
    const [value, signedAt] = await signer.unsignWithTimestamp(
      "hello.ZVPxAA.UQx3EIPGLNk6IyY28rz4wwlRRWI",
    );
    expect(text(value)).toBe("hello");
    expect(signedAt.toISOString()).toBe("2023-11-14T22:13:20.000Z");
  });

  it("expires signatures older than maxAge and rejects ones from the future", async () => {
    const signed = await new TimestampSigner("k", { timestamp: fixed }).sign("v");
    const later = new TimestampSigner("k", { timestamp: () => FIXED + 10 });
    expect(text(await later.unsign(signed, { maxAge: 10 }))).toBe("v");
    const expired = await rejection(later.unsign(signed, { maxAge: 5 }));
    expect(expired).toBeInstanceOf(SignatureExpired);
    expect((expired as SignatureExpired).message).toBe("Signature age 10 > 5 seconds");
    expect((expired as SignatureExpired).dateSigned?.getTime()).toBe(FIXED * 1000);
    const earlier = new TimestampSigner("k", { timestamp: () => FIXED - 3 });
    expect(((await rejection(earlier.unsign(signed, { maxAge: 60 }))) as Error).message).toBe(
      "Signature age -3 < 0 seconds",
    );
    expect(await later.validate(signed, { maxAge: 5 })).toBe(false);
  });

  it("reports a missing or malformed timestamp", async () => {
    const plain = await new Signer("secret-key").sign("v");
    const missing = await rejection(new TimestampSigner("secret-key").unsign(plain));
    expect(missing).toBeInstanceOf(BadTimeSignature);
    expect((missing as Error).message).toBe("timestamp missing");
    const bad = await rejection(new TimestampSigner("secret-key").unsign("v.AAAA.bad"));
    expect(bad).toBeInstanceOf(BadTimeSignature);
    expect((bad as Error).message).toBe("Signature b'bad' does not match");
    expect((bad as BadTimeSignature).dateSigned?.getTime()).toBe(0);
  });
});

describe("serializers", () => {
  it("Serializer writes Python's default json (with spaces, ASCII only)", async () => {
    expect(await new Serializer("secret-key").dumps({ a: [1, 2], b: "ą" })).toBe(
      '{"a": [1, 2], "b": "\\u0105"}.b7E__Vx3bGzb5hKdk0hKzYvSDJQ',
    );
    expect(
      await new Serializer("secret-key").loads(
        '{"a": [1, 2], "b": "\\u0105"}.b7E__Vx3bGzb5hKdk0hKzYvSDJQ',
      ),
    ).toEqual({
      a: [1, 2],
      b: "ą",
    });
  });

  it("URLSafeSerializer writes compact JSON without escaping", async () => {
    expect(await new URLSafeSerializer("k").dumps({ a: "ą" })).toBe(
      "eyJhIjoixIUifQ._bkPH2wrKTCbD-3h9L1D87TTkS8",
    );
  });

  it("compresses with zlib when that is shorter, marked with a leading dot that Python decodes", async () => {
    const s = new URLSafeTimedSerializer("k", { signerKwargs: { timestamp: () => FIXED } });
    const token = await s.dumps({ a: "x".repeat(200) });
    expect(token.startsWith(".")).toBe(true);
    expect(token.split(".")[2]).toBe("ZVPxAA");
    expect(await s.loads(token)).toEqual({ a: "x".repeat(200) });
    const fromPython = python(`
import itsdangerous.timed
itsdangerous.timed.TimestampSigner.get_timestamp = lambda self: ${FIXED}
from itsdangerous import URLSafeTimedSerializer
s = URLSafeTimedSerializer("k")
print(s.loads(${JSON.stringify(token)}) == {"a": "x" * 200}, s.dumps({"a": "x" * 200}))`);
    const [same, pythonToken] = fromPython.split(" ");
    expect(same).toBe("True");
    expect(await s.loads(pythonToken as string)).toEqual({ a: "x".repeat(200) });
    expect(await s.dumps({ a: "xy" })).toBe("eyJhIjoieHkifQ.ZVPxAA.Uh-45sj-bVCxkEFrhAeztsGEmdI");
  });

  it("loads what Python's URLSafeTimedSerializer signed, with key rotation", async () => {
    const token = python(`
from itsdangerous import URLSafeTimedSerializer
print(URLSafeTimedSerializer("old-key", salt="s").dumps({"n": [1, 2, 3], "t": "ž" * 300}))`);
    expect(token.startsWith(".")).toBe(true);
    const rotated = new URLSafeTimedSerializer(["old-key", "new-key"], { salt: "s" });
    expect(await rotated.loads(token, { maxAge: 60 })).toEqual({
      n: [1, 2, 3],
      t: "ž".repeat(300),
    });
    await expect(
      new URLSafeTimedSerializer("new-key", { salt: "s" }).loads(token),
    ).rejects.toBeInstanceOf(BadSignature);
    await expect(
      new URLSafeTimedSerializer("old-key", { salt: "other" }).loads(token),
    ).rejects.toBeInstanceOf(BadSignature);
  });

  it("signs what Python's URLSafeTimedSerializer loads", async () => {
    const token = await new URLSafeTimedSerializer(["old-key", "new-key"], { salt: "s" }).dumps({
      big: "ą".repeat(100),
      n: null,
    });
    const loaded = python(`
import json
from itsdangerous import URLSafeTimedSerializer
print(json.dumps(URLSafeTimedSerializer("new-key", salt="s").loads(${JSON.stringify(token)}, max_age=60)))`);
    expect(JSON.parse(loaded)).toEqual({ big: "ą".repeat(100), n: null });
  });

  it("raises SignatureExpired through loads and BadPayload for a signed but broken payload", async () => {
    const old = await new URLSafeTimedSerializer("k", {
      signerKwargs: { timestamp: () => FIXED },
    }).dumps([1]);
    const now = new URLSafeTimedSerializer("k", { signerKwargs: { timestamp: () => FIXED + 100 } });
    await expect(now.loads(old, { maxAge: 10 })).rejects.toBeInstanceOf(SignatureExpired);
    expect(await now.loadsWithTimestamp(old)).toEqual([[1], new Date(FIXED * 1000)]);

    const signer = new TimestampSigner("k", { salt: "itsdangerous" });
    const brokenZlib = new TextDecoder().decode(await signer.sign(".AAAA"));
    const error = await rejection(new URLSafeTimedSerializer("k").loads(brokenZlib));
    expect(error).toBeInstanceOf(BadPayload);
    expect((error as Error).message).toBe(
      "Could not zlib decompress the payload before decoding the payload",
    );
    const notJson = new TextDecoder().decode(await signer.sign(text(base64Encode("{nope"))));
    expect(
      ((await rejection(new URLSafeTimedSerializer("k").loads(notJson))) as Error).message,
    ).toBe("Could not load the payload because an exception occurred on unserializing the data.");
  });

  it("loadsUnsafe returns the payload of a bad signature", async () => {
    const s = new URLSafeSerializer("k");
    const token = await s.dumps({ a: 1 });
    expect(await s.loadsUnsafe(token)).toEqual([true, { a: 1 }]);
    expect(await s.loadsUnsafe(`${token.slice(0, -2)}xx`)).toEqual([false, { a: 1 }]);
    expect(await s.loadsUnsafe("nodot")).toEqual([false, null]);
  });
});
