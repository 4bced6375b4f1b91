/**
 * Serializers whose output is URL- and cookie-safe: compact JSON, zlib-compressed when shorter
 * (marked by a leading "."), then base64url without padding.
 *
 * @example
 * const s = new URLSafeTimedSerializer("secret-key", { salt: "cookie-session" });
 * const token = await s.dumps({ user: "ana" });
 * @see itsdangerous/url_safe.py URLSafeSerializerMixin
 */
import { compactJson, type TextSerializer } from "./compact-json.ts";
import { base64Decode, base64Encode, concatBytes, wantBytes } from "./encoding.ts";
import { BadPayload } from "./errors.ts";
import { Serializer, type SerializerOptions } from "./serializer.ts";
import type { SecretKeys, SignerOptions } from "./signer.ts";
import { TimedSerializer } from "./timed-serializer.ts";
import type { TimestampSignerOptions } from "./timestamp-signer.ts";
import { zlibCompress, zlibDecompress } from "./zlib.ts";

/**
 * Turn serialized bytes into the URL-safe form, compressing when that saves more than one byte.
 * @example
 * await urlSafeEncode(new TextEncoder().encode("{}"));
 * @see itsdangerous/url_safe.py URLSafeSerializerMixin.dump_payload
 */
export async function urlSafeEncode(json: Uint8Array): Promise<Uint8Array> {
  const compressed = await zlibCompress(json);
  if (compressed.length < json.length - 1)
    return concatBytes(wantBytes("."), base64Encode(compressed));
  return base64Encode(json);
}

/**
 * Undo `urlSafeEncode`; throws BadPayload when the base64 or zlib data is broken.
 * @example
 * await urlSafeDecode(wantBytes("e30")); // bytes of "{}"
 * @see itsdangerous/url_safe.py URLSafeSerializerMixin.load_payload
 */
export async function urlSafeDecode(payload: Uint8Array): Promise<Uint8Array> {
  const compressed = payload[0] === 0x2e;
  let json: Uint8Array;
  try {
    json = base64Decode(compressed ? payload.slice(1) : payload);
  } catch (error) {
    throw new BadPayload("Could not base64 decode the payload because of an exception", error);
  }
  if (!compressed) return json;
  try {
    return await zlibDecompress(json);
  } catch (error) {
    throw new BadPayload(
      "Could not zlib decompress the payload before decoding the payload",
      error,
    );
  }
}

/**
 * A Serializer with URL-safe output (compact JSON by default).
 * @example
 * await new URLSafeSerializer("k").dumps([1, 2]);
 * @see itsdangerous/url_safe.py URLSafeSerializer
 */
export class URLSafeSerializer extends Serializer {
  constructor(secretKey: SecretKeys, options: SerializerOptions<SignerOptions> = {}) {
    super(secretKey, { ...options, serializer: options.serializer ?? compactJson });
  }

  override async loadPayload(payload: Uint8Array, serializer?: TextSerializer): Promise<unknown> {
    return super.loadPayload(await urlSafeDecode(payload), serializer);
  }

  override async dumpPayload(value: unknown): Promise<Uint8Array> {
    return urlSafeEncode(await super.dumpPayload(value));
  }
}

/**
 * A TimedSerializer with URL-safe output; this is what Flask signs its session cookie with.
 * @example
 * const s = new URLSafeTimedSerializer("k", { salt: "cookie-session", signerKwargs: { keyDerivation: "hmac" } });
 * await s.loads(await s.dumps({ a: 1 }), { maxAge: 60 });
 * @see itsdangerous/url_safe.py URLSafeTimedSerializer
 */
export class URLSafeTimedSerializer extends TimedSerializer {
  constructor(secretKey: SecretKeys, options: SerializerOptions<TimestampSignerOptions> = {}) {
    super(secretKey, { ...options, serializer: options.serializer ?? compactJson });
  }

  override async loadPayload(payload: Uint8Array, serializer?: TextSerializer): Promise<unknown> {
    return super.loadPayload(await urlSafeDecode(payload), serializer);
  }

  override async dumpPayload(value: unknown): Promise<Uint8Array> {
    return urlSafeEncode(await super.dumpPayload(value));
  }
}
