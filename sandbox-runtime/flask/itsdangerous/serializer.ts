/**
 * Serialize a value, then sign it; verify and deserialize on the way back.
 *
 * @example
 * const s = new Serializer("secret-key");
 * await s.loads(await s.dumps({ id: 5 })); // { id: 5 }
 * @see itsdangerous/serializer.py Serializer
 */
import { pythonJson, type TextSerializer } from "./compact-json.ts";
import { type StrOrBytes, wantBytes } from "./encoding.ts";
import { BadPayload, BadSignature } from "./errors.ts";
import { type SecretKeys, Signer, type SignerClass, type SignerOptions } from "./signer.ts";

/** A fallback signer: other options for the default signer class, or another class with its options. */
export type FallbackSigner = SignerOptions | SignerClass | [SignerClass, SignerOptions];

/** Options of `Serializer` (Python's keyword arguments, camel-cased). */
export interface SerializerOptions<O extends SignerOptions = SignerOptions> {
  /** Defaults to "itsdangerous". */
  salt?: StrOrBytes | null;
  /** Defaults to Python-style JSON (`pythonJson`); URL-safe serializers use compact JSON. */
  serializer?: TextSerializer;
  /** The signer class; defaults to `Signer`. */
  signer?: SignerClass<Signer, O>;
  /** Options for every signer made (the salt is always the serializer's). */
  signerKwargs?: O;
  /** Other signers to try when unsigning, after the main one. */
  fallbackSigners?: FallbackSigner[];
}

/** Options of `Serializer.loads`. */
export interface LoadsOptions {
  /** Use this salt instead of the serializer's. */
  salt?: StrOrBytes | null;
}

const utf8Strict = new TextDecoder("utf-8", { fatal: true });

/**
 * Serializes and signs values with one or more secret keys (newest last); loading tries every key.
 * @example
 * const s = new Serializer(["old", "new"], { salt: "reset" });
 * const token = await s.dumps([1, 2]);
 * @see itsdangerous/serializer.py Serializer
 */
export class Serializer<O extends SignerOptions = SignerOptions> {
  readonly secretKeys: Uint8Array[];
  readonly salt: Uint8Array;
  readonly serializer: TextSerializer;
  readonly signer: SignerClass<Signer, O>;
  readonly signerKwargs: O;
  readonly fallbackSigners: FallbackSigner[];

  constructor(secretKey: SecretKeys, options: SerializerOptions<O> = {}) {
    const keys =
      typeof secretKey === "string" || secretKey instanceof Uint8Array
        ? [secretKey]
        : [...secretKey];
    this.secretKeys = keys.map(wantBytes);
    this.salt = wantBytes(options.salt ?? "itsdangerous");
    this.serializer = options.serializer ?? pythonJson;
    this.signer = options.signer ?? (this.defaultSigner() as SignerClass<Signer, O>);
    this.signerKwargs = options.signerKwargs ?? ({} as O);
    this.fallbackSigners = options.fallbackSigners ?? [];
  }

  /** The signer class used when none is given. */
  protected defaultSigner(): SignerClass {
    return Signer;
  }

  /** The newest (last) secret key. */
  get secretKey(): Uint8Array {
    return this.secretKeys[this.secretKeys.length - 1] ?? new Uint8Array();
  }

  /**
   * Decode and deserialize a payload; throws BadPayload when that fails.
   * @example
   * await new Serializer("k").loadPayload(new TextEncoder().encode("[1]")); // [1]
   * @see itsdangerous/serializer.py Serializer.load_payload
   */
  async loadPayload(
    payload: Uint8Array,
    serializer: TextSerializer = this.serializer,
  ): Promise<unknown> {
    try {
      return serializer.loads(utf8Strict.decode(payload));
    } catch (error) {
      throw new BadPayload(
        "Could not load the payload because an exception occurred on unserializing the data.",
        error,
      );
    }
  }

  /**
   * Serialize a value to bytes.
   * @example
   * await new Serializer("k").dumpPayload({ a: 1 });
   * @see itsdangerous/serializer.py Serializer.dump_payload
   */
  async dumpPayload(value: unknown): Promise<Uint8Array> {
    return wantBytes(this.serializer.dumps(value));
  }

  /**
   * A signer for the newest key.
   * @example
   * new Serializer("k").makeSigner();
   * @see itsdangerous/serializer.py Serializer.make_signer
   */
  makeSigner(salt?: StrOrBytes | null): Signer {
    return new this.signer(this.secretKeys, { ...this.signerKwargs, salt: salt ?? this.salt });
  }

  /**
   * Every signer to try when unsigning: each signer kind with each secret key.
   * @example
   * [...new Serializer(["a", "b"]).iterUnsigners()].length; // 2
   * @see itsdangerous/serializer.py Serializer.iter_unsigners
   */
  *iterUnsigners(salt?: StrOrBytes | null): Generator<Signer> {
    const useSalt = salt ?? this.salt;
    const kinds: FallbackSigner[] = [this.signerKwargs, ...this.fallbackSigners];
    for (const kind of kinds) {
      let cls: SignerClass<Signer, O> = this.signer;
      let kwargs: SignerOptions = this.signerKwargs;
      if (typeof kind === "function") cls = kind as SignerClass<Signer, O>;
      else if (Array.isArray(kind)) [cls, kwargs] = kind as unknown as [SignerClass<Signer, O>, O];
      else kwargs = kind as SignerOptions;
      for (const secretKey of this.secretKeys)
        yield new cls(secretKey, { ...(kwargs as O), salt: useSalt });
    }
  }

  /**
   * Serialize and sign a value, returning text.
   * @example
   * await new Serializer("k").dumps({ a: 1 });
   * @see itsdangerous/serializer.py Serializer.dumps
   */
  async dumps(value: unknown, salt?: StrOrBytes | null): Promise<string> {
    const payload = await this.dumpPayload(value);
    const signed = await this.makeSigner(salt).sign(payload);
    return new TextDecoder().decode(signed);
  }

  /**
   * Verify and deserialize; throws BadSignature when no key matches.
   * @example
   * await s.loads(token);
   * @see itsdangerous/serializer.py Serializer.loads
   */
  async loads(signed: StrOrBytes, options: LoadsOptions = {}): Promise<unknown> {
    const bytes = wantBytes(signed);
    let lastError: BadSignature | undefined;
    for (const signer of this.iterUnsigners(options.salt)) {
      try {
        return await this.loadPayload(await signer.unsign(bytes));
      } catch (error) {
        if (!(error instanceof BadSignature)) throw error;
        lastError = error;
      }
    }
    throw lastError ?? new BadSignature("No secret keys given");
  }

  /**
   * Like `loads`, but never throws for a bad signature: `[true, value]` when valid, else `[false, value or null]`.
   * @example
   * const [ok, value] = await s.loadsUnsafe(token);
   * @see itsdangerous/serializer.py Serializer.loads_unsafe
   */
  async loadsUnsafe(signed: StrOrBytes, options: LoadsOptions = {}): Promise<[boolean, unknown]> {
    try {
      return [true, await this.loads(signed, options)];
    } catch (error) {
      if (!(error instanceof BadSignature)) throw error;
      if (error.payload === null) return [false, null];
      try {
        return [false, await this.loadPayload(error.payload)];
      } catch (inner) {
        if (inner instanceof BadPayload) return [false, null];
        throw inner;
      }
    }
  }
}
