/**
 * A serializer whose tokens carry their signing time and can expire.
 *
 * @example
 * const s = new TimedSerializer("secret-key");
 * await s.loads(await s.dumps({ id: 5 }), { maxAge: 3600 });
 * @see itsdangerous/timed.py TimedSerializer
 */
import type { StrOrBytes } from "./encoding.ts";
import { wantBytes } from "./encoding.ts";
import { BadPayload, BadSignature, SignatureExpired } from "./errors.ts";
import { type LoadsOptions, Serializer } from "./serializer.ts";
import type { SignerClass } from "./signer.ts";
import { TimestampSigner, type TimestampSignerOptions } from "./timestamp-signer.ts";

/** Options of `TimedSerializer.loads`. */
export interface TimedLoadsOptions extends LoadsOptions {
  /** Reject tokens older than this many seconds (throws SignatureExpired). */
  maxAge?: number | null;
}

/**
 * Serializer that signs with TimestampSigner, so `loads` can check `maxAge`.
 * @example
 * const [value, signedAt] = await s.loadsWithTimestamp(token, { maxAge: 60 });
 * @see itsdangerous/timed.py TimedSerializer
 */
export class TimedSerializer extends Serializer<TimestampSignerOptions> {
  protected override defaultSigner(): SignerClass {
    return TimestampSigner;
  }

  /**
   * Verify (including the age) and deserialize.
   * @example
   * await s.loads(token, { maxAge: 60 });
   * @see itsdangerous/timed.py TimedSerializer.loads
   */
  override async loads(signed: StrOrBytes, options: TimedLoadsOptions = {}): Promise<unknown> {
    return (await this.loadsWithTimestamp(signed, options))[0];
  }

  /**
   * Like `loads`, also returning when the token was signed (Python's `return_timestamp=True`).
   * @example
   * const [value, signedAt] = await s.loadsWithTimestamp(token);
   * @see itsdangerous/timed.py TimedSerializer.loads
   */
  async loadsWithTimestamp(
    signed: StrOrBytes,
    options: TimedLoadsOptions = {},
  ): Promise<[unknown, Date]> {
    const bytes = wantBytes(signed);
    let lastError: BadSignature | undefined;
    for (const signer of this.iterUnsigners(options.salt)) {
      try {
        if (!(signer instanceof TimestampSigner))
          throw new TypeError("TimedSerializer needs a TimestampSigner");
        const [payload, signedAt] = await signer.unsignWithTimestamp(bytes, {
          maxAge: options.maxAge ?? null,
        });
        return [await this.loadPayload(payload), signedAt];
      } catch (error) {
        if (error instanceof SignatureExpired) throw error;
        if (!(error instanceof BadSignature)) throw error;
        lastError = error;
      }
    }
    throw lastError ?? new BadSignature("No secret keys given");
  }

  /**
   * Like `loads` with `maxAge`, but never throws for a bad signature.
   * @example
   * const [ok, value] = await s.loadsUnsafe(token, { maxAge: 60 });
   * @see itsdangerous/timed.py TimedSerializer.loads_unsafe
   */
  override async loadsUnsafe(
    signed: StrOrBytes,
    options: TimedLoadsOptions = {},
  ): Promise<[boolean, unknown]> {
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
