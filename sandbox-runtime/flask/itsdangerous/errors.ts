/**
 * The exceptions itsdangerous raises, as Error subclasses with the same names and fields.
 *
 * @example
 * try { await signer.unsign(value); } catch (e) { if (e instanceof BadSignature) console.log(e.payload); }
 * @see itsdangerous/exc.py
 */

/**
 * Base class for all bad-data errors.
 * @example
 * new BadData("Invalid base64-encoded data");
 * @see itsdangerous/exc.py BadData
 */
export class BadData extends Error {
  override name = "BadData";
  constructor(message: string) {
    super(message);
  }
  override toString(): string {
    return this.message;
  }
}

/**
 * The signature did not match; `payload` holds the unverified value when it could be split off.
 * @example
 * new BadSignature("Signature b'x' does not match", new Uint8Array());
 * @see itsdangerous/exc.py BadSignature
 */
export class BadSignature extends BadData {
  override name = "BadSignature";
  readonly payload: Uint8Array | null;
  constructor(message: string, payload: Uint8Array | null = null) {
    super(message);
    this.payload = payload;
  }
}

/**
 * A time-stamped signature is invalid; `dateSigned` is set when the timestamp could be read.
 * @example
 * new BadTimeSignature("timestamp missing");
 * @see itsdangerous/exc.py BadTimeSignature
 */
export class BadTimeSignature extends BadSignature {
  override name = "BadTimeSignature";
  readonly dateSigned: Date | null;
  constructor(message: string, payload: Uint8Array | null = null, dateSigned: Date | null = null) {
    super(message, payload);
    this.dateSigned = dateSigned;
  }
}

/**
 * The signature is valid but older than `maxAge` (or from the future).
 * @example
 * new SignatureExpired("Signature age 10 > 5 seconds");
 * @see itsdangerous/exc.py SignatureExpired
 */
export class SignatureExpired extends BadTimeSignature {
  override name = "SignatureExpired";
}

/**
 * The payload could not be decoded or deserialized; `originalError` holds the cause.
 * @example
 * new BadPayload("Could not base64 decode the payload because of an exception");
 * @see itsdangerous/exc.py BadPayload
 */
export class BadPayload extends BadData {
  override name = "BadPayload";
  readonly originalError: unknown;
  constructor(message: string, originalError: unknown = null) {
    super(message);
    this.originalError = originalError;
  }
}
