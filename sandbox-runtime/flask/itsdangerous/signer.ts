/**
 * Signing bytes with an HMAC so they can be handed out and verified later.
 *
 * @example
 * const signer = new Signer("secret-key");
 * const signed = await signer.sign("hello"); // "hello.<signature>" as bytes
 * @see itsdangerous/signer.py Signer
 */

import { ValueError } from "../python/index.ts";
import {
  BASE64_ALPHABET,
  base64Decode,
  base64Encode,
  bytesRepr,
  concatBytes,
  latin1,
  type StrOrBytes,
  wantBytes,
} from "./encoding.ts";
import { BadSignature } from "./errors.ts";

/** Web Crypto hash names usable as the digest method (itsdangerous's default is SHA-1). */
export type DigestMethod = "SHA-1" | "SHA-256" | "SHA-384" | "SHA-512";

/** How the signing key is derived from the secret key and the salt. */
export type KeyDerivation = "concat" | "django-concat" | "hmac" | "none";

/** One secret key, or a list of keys from oldest to newest for key rotation. */
export type SecretKeys = StrOrBytes | readonly StrOrBytes[];

/** Options of `Signer` (Python's keyword arguments, camel-cased). */
export interface SignerOptions {
  /** Defaults to "itsdangerous.Signer"; `null` means the default too. */
  salt?: StrOrBytes | null;
  /** Defaults to "."; must not be a base64 character. */
  sep?: StrOrBytes;
  /** Defaults to "django-concat". */
  keyDerivation?: KeyDerivation;
  /** Defaults to "SHA-1". */
  digestMethod?: DigestMethod;
}

/** A class that builds signers, such as `Signer` or `TimestampSigner`. */
export type SignerClass<S extends Signer = Signer, O extends SignerOptions = SignerOptions> = new (
  secretKey: SecretKeys,
  options?: O,
) => S;

/**
 * Split bytes at the last occurrence of `sep`; `null` when it does not occur.
 * @example
 * rsplitOnce(wantBytes("a.b.c"), wantBytes(".")); // [a.b, c]
 * @see itsdangerous/signer.py Signer.unsign
 */
export function rsplitOnce(value: Uint8Array, sep: Uint8Array): [Uint8Array, Uint8Array] | null {
  outer: for (let i = value.length - sep.length; i >= 0; i--) {
    for (let j = 0; j < sep.length; j++) if (value[i + j] !== sep[j]) continue outer;
    return [value.slice(0, i), value.slice(i + sep.length)];
  }
  return null;
}

async function digest(method: DigestMethod, data: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest(method, data as Uint8Array<ArrayBuffer>));
}

async function hmacKey(
  method: DigestMethod,
  key: Uint8Array,
  usage: "sign" | "verify",
): Promise<CryptoKey> {
  // Web Crypto rejects empty HMAC keys; HMAC zero-pads short keys, so one zero byte is the same key.
  const raw = key.length === 0 ? new Uint8Array([0]) : key;
  return crypto.subtle.importKey(
    "raw",
    raw as Uint8Array<ArrayBuffer>,
    { name: "HMAC", hash: method },
    false,
    [usage],
  );
}

/**
 * HMAC of `value` under `key`.
 * @example
 * await hmac("SHA-1", wantBytes("key"), wantBytes("msg"));
 * @see itsdangerous/signer.py HMACAlgorithm.get_signature
 */
export async function hmac(
  method: DigestMethod,
  key: Uint8Array,
  value: Uint8Array,
): Promise<Uint8Array> {
  const cryptoKey = await hmacKey(method, key, "sign");
  return new Uint8Array(
    await crypto.subtle.sign("HMAC", cryptoKey, value as Uint8Array<ArrayBuffer>),
  );
}

/**
 * Signs bytes and verifies signed bytes with an HMAC; accepts a list of keys (oldest first) for rotation.
 * @example
 * const s = new Signer(["old-key", "new-key"], { salt: "activate" });
 * const value = await s.unsign(await s.sign("user-1")); // bytes of "user-1"
 * @see itsdangerous/signer.py Signer
 */
export class Signer {
  readonly secretKeys: Uint8Array[];
  readonly sep: Uint8Array;
  readonly salt: Uint8Array;
  readonly keyDerivation: KeyDerivation;
  readonly digestMethod: DigestMethod;

  constructor(secretKey: SecretKeys, options: SignerOptions = {}) {
    const keys =
      typeof secretKey === "string" || secretKey instanceof Uint8Array
        ? [secretKey]
        : [...secretKey];
    this.secretKeys = keys.map(wantBytes);
    this.sep = wantBytes(options.sep ?? ".");
    if (BASE64_ALPHABET.includes(latin1(this.sep))) {
      throw new ValueError(
        "The given separator cannot be used because it may be contained in the signature itself." +
          " ASCII letters, digits, and '-_=' must not be used.",
      );
    }
    this.salt = wantBytes(options.salt ?? "itsdangerous.Signer");
    this.keyDerivation = options.keyDerivation ?? "django-concat";
    this.digestMethod = options.digestMethod ?? "SHA-1";
  }

  /** The newest (last) secret key. */
  get secretKey(): Uint8Array {
    return this.secretKeys[this.secretKeys.length - 1] ?? new Uint8Array();
  }

  /**
   * Derive the signing key from a secret key (the newest by default) and the salt.
   * @example
   * await new Signer("k").deriveKey();
   * @see itsdangerous/signer.py Signer.derive_key
   */
  async deriveKey(secretKey?: StrOrBytes): Promise<Uint8Array> {
    const key = secretKey === undefined ? this.secretKey : wantBytes(secretKey);
    switch (this.keyDerivation) {
      case "concat":
        return digest(this.digestMethod, concatBytes(this.salt, key));
      case "django-concat":
        return digest(this.digestMethod, concatBytes(this.salt, wantBytes("signer"), key));
      case "hmac":
        return hmac(this.digestMethod, key, this.salt);
      case "none":
        return key;
      default:
        throw new TypeError("Unknown key derivation method");
    }
  }

  /**
   * The URL-safe base64 signature of `value` under the newest key.
   * @example
   * await new Signer("k").getSignature("v");
   * @see itsdangerous/signer.py Signer.get_signature
   */
  async getSignature(value: StrOrBytes): Promise<Uint8Array> {
    const key = await this.deriveKey();
    return base64Encode(await hmac(this.digestMethod, key, wantBytes(value)));
  }

  /**
   * `value + sep + signature`.
   * @example
   * await new Signer("k").sign("v");
   * @see itsdangerous/signer.py Signer.sign
   */
  async sign(value: StrOrBytes): Promise<Uint8Array> {
    const bytes = wantBytes(value);
    return concatBytes(bytes, this.sep, await this.getSignature(bytes));
  }

  /**
   * Whether `sig` is a valid signature of `value` under any of the keys, newest first.
   * @example
   * await new Signer("k").verifySignature("v", "bad"); // false
   * @see itsdangerous/signer.py Signer.verify_signature
   */
  async verifySignature(value: StrOrBytes, sig: StrOrBytes): Promise<boolean> {
    let raw: Uint8Array;
    try {
      raw = base64Decode(sig);
    } catch {
      return false;
    }
    const bytes = wantBytes(value);
    for (const secretKey of [...this.secretKeys].reverse()) {
      const key = await hmacKey(this.digestMethod, await this.deriveKey(secretKey), "verify");
      const ok = await crypto.subtle.verify(
        "HMAC",
        key,
        raw as Uint8Array<ArrayBuffer>,
        bytes as Uint8Array<ArrayBuffer>,
      );
      if (ok) return true;
    }
    return false;
  }

  /**
   * Verify and strip the signature; throws BadSignature (with the unverified `payload`) when it does not match.
   * @example
   * const s = new Signer("k"); await s.unsign(await s.sign("v"));
   * @see itsdangerous/signer.py Signer.unsign
   */
  async unsign(signedValue: StrOrBytes): Promise<Uint8Array> {
    const signed = wantBytes(signedValue);
    const parts = rsplitOnce(signed, this.sep);
    if (parts === null) throw new BadSignature(`No ${bytesRepr(this.sep)} found in value`);
    const [value, sig] = parts;
    if (await this.verifySignature(value, sig)) return value;
    throw new BadSignature(`Signature ${bytesRepr(sig)} does not match`, value);
  }

  /**
   * True when the signature exists and is valid.
   * @example
   * await new Signer("k").validate("v.x"); // false
   * @see itsdangerous/signer.py Signer.validate
   */
  async validate(signedValue: StrOrBytes): Promise<boolean> {
    try {
      await this.unsign(signedValue);
      return true;
    } catch (error) {
      if (error instanceof BadSignature) return false;
      throw error;
    }
  }
}
