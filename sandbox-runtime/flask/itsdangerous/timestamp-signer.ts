/**
 * A signer that also records when the value was signed, so signatures can expire.
 *
 * @example
 * const s = new TimestampSigner("secret-key");
 * const value = await s.unsign(await s.sign("hello"), { maxAge: 60 });
 * @see itsdangerous/timed.py TimestampSigner
 */
import {
  base64Decode,
  base64Encode,
  bytesToInt,
  concatBytes,
  intToBytes,
  type StrOrBytes,
  wantBytes,
} from "./encoding.ts";
import { BadSignature, BadTimeSignature, SignatureExpired } from "./errors.ts";
import { rsplitOnce, type SecretKeys, Signer, type SignerOptions } from "./signer.ts";

/** Signer options plus an injectable clock. */
export interface TimestampSignerOptions extends SignerOptions {
  /** Current time in whole seconds since the epoch; defaults to the system clock. */
  timestamp?: () => number;
}

/** Options of `TimestampSigner.unsign`. */
export interface UnsignOptions {
  /** Reject signatures older than this many seconds. */
  maxAge?: number | null;
}

// Python's datetime covers years 1 to 9999; timestamps outside it cannot be turned into a date.
const MIN_TS = -62135596800n;
const MAX_TS = 253402300799n;

/**
 * Turn a signing timestamp (seconds) into a Date, as itsdangerous does with an aware UTC datetime.
 * @example
 * timestampToDate(0).toISOString(); // "1970-01-01T00:00:00.000Z"
 * @see itsdangerous/timed.py TimestampSigner.timestamp_to_datetime
 */
export function timestampToDate(ts: number | bigint): Date {
  const n = BigInt(ts);
  if (n < MIN_TS || n > MAX_TS) throw new RangeError("year is out of range");
  return new Date(Number(n) * 1000);
}

function safeDate(ts: bigint): Date | null {
  try {
    return timestampToDate(ts);
  } catch {
    return null;
  }
}

/**
 * Like Signer, but the signed value carries the signing time (`value.timestamp.signature`).
 * @example
 * const s = new TimestampSigner("k", { timestamp: () => 1_700_000_000 });
 * const [value, signedAt] = await s.unsignWithTimestamp(await s.sign("v"));
 * @see itsdangerous/timed.py TimestampSigner
 */
export class TimestampSigner extends Signer {
  readonly #clock: (() => number) | undefined;

  constructor(secretKey: SecretKeys, options: TimestampSignerOptions = {}) {
    super(secretKey, options);
    this.#clock = options.timestamp;
  }

  /**
   * The current time in whole seconds.
   * @example
   * new TimestampSigner("k").getTimestamp();
   * @see itsdangerous/timed.py TimestampSigner.get_timestamp
   */
  getTimestamp(): number {
    return Math.floor(this.#clock ? this.#clock() : Date.now() / 1000);
  }

  /**
   * Sign `value` together with the current timestamp.
   * @example
   * await new TimestampSigner("k").sign("v");
   * @see itsdangerous/timed.py TimestampSigner.sign
   */
  override async sign(value: StrOrBytes): Promise<Uint8Array> {
    const timestamp = base64Encode(intToBytes(this.getTimestamp()));
    const signed = concatBytes(wantBytes(value), this.sep, timestamp);
    return concatBytes(signed, this.sep, await this.getSignature(signed));
  }

  /**
   * Verify the signature and optionally the age; returns the value. Throws SignatureExpired when too old.
   * @example
   * await s.unsign(signed, { maxAge: 3600 });
   * @see itsdangerous/timed.py TimestampSigner.unsign
   */
  override async unsign(signedValue: StrOrBytes, options: UnsignOptions = {}): Promise<Uint8Array> {
    return (await this.unsignWithTimestamp(signedValue, options))[0];
  }

  /**
   * Like `unsign`, also returning the signing time (Python's `return_timestamp=True`).
   * @example
   * const [value, signedAt] = await s.unsignWithTimestamp(signed);
   * @see itsdangerous/timed.py TimestampSigner.unsign
   */
  async unsignWithTimestamp(
    signedValue: StrOrBytes,
    options: UnsignOptions = {},
  ): Promise<[Uint8Array, Date]> {
    let result: Uint8Array;
    let sigError: BadSignature | null = null;
    try {
      result = await super.unsign(signedValue);
    } catch (error) {
      if (!(error instanceof BadSignature)) throw error;
      sigError = error;
      result = error.payload ?? new Uint8Array();
    }
    const parts = rsplitOnce(result, this.sep);
    if (parts === null) {
      if (sigError) throw sigError;
      throw new BadTimeSignature("timestamp missing", result);
    }
    const [value, tsBytes] = parts;
    let ts: bigint | null = null;
    try {
      ts = bytesToInt(base64Decode(tsBytes));
    } catch {
      ts = null;
    }
    if (sigError !== null) {
      let signedAt: Date | null = null;
      if (ts !== null) {
        try {
          signedAt = timestampToDate(ts);
        } catch {
          throw new BadTimeSignature("Malformed timestamp", value);
        }
      }
      throw new BadTimeSignature(sigError.message, value, signedAt);
    }
    if (ts === null) throw new BadTimeSignature("Malformed timestamp", value);
    const maxAge = options.maxAge ?? null;
    if (maxAge !== null) {
      const age = BigInt(this.getTimestamp()) - ts;
      if (Number(age) > maxAge) {
        throw new SignatureExpired(`Signature age ${age} > ${maxAge} seconds`, value, safeDate(ts));
      }
      if (age < 0n) {
        throw new SignatureExpired(`Signature age ${age} < 0 seconds`, value, safeDate(ts));
      }
    }
    try {
      return [value, timestampToDate(ts)];
    } catch {
      // Python lets datetime's OverflowError escape here; a bad-signature error is safer for callers.
      throw new BadTimeSignature("Malformed timestamp", value);
    }
  }

  /**
   * True when the signature is valid and not older than `maxAge`.
   * @example
   * await s.validate(signed, { maxAge: 60 });
   * @see itsdangerous/timed.py TimestampSigner.validate
   */
  override async validate(signedValue: StrOrBytes, options: UnsignOptions = {}): Promise<boolean> {
    try {
      await this.unsign(signedValue, options);
      return true;
    } catch (error) {
      if (error instanceof BadSignature) return false;
      throw error;
    }
  }
}
