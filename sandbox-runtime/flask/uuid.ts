/**
 * Python's `uuid.UUID` for the port: what the `uuid` URL converter hands a view and what the
 * session's tagged JSON loads, with the attributes lessons use.
 */
import { ValueError } from "./python/index.ts";

/**
 * A UUID value; prints in the canonical 8-4-4-4-12 form and compares by value with `equals`.
 * @example
 * new UUID("6F2A1C3E-0000-4000-8000-00000000ABCD").version; // 4
 * @see cpython Lib/uuid.py UUID
 */
export class UUID {
  readonly hex: string;

  constructor(value: string) {
    const hex = value
      .replace(/^urn:/, "")
      .replace(/^uuid:/, "")
      .replace(/^{+|}+$/g, "")
      .replaceAll("-", "");
    if (!/^[0-9a-fA-F]{32}$/.test(hex))
      throw new ValueError("badly formed hexadecimal UUID string");
    this.hex = hex.toLowerCase();
  }

  /** `"RFC 4122"` for the UUIDs the web uses, as Python's `uuid.RFC_4122` reads. */
  get variant(): string {
    const bits = Number.parseInt(this.hex.charAt(16), 16);
    if ((bits & 0b1000) === 0) return "reserved for NCS compatibility";
    if ((bits & 0b0100) === 0) return "specified in RFC 4122";
    if ((bits & 0b0010) === 0) return "reserved for Microsoft compatibility";
    return "reserved for future definition";
  }

  /** The version number (1–8) for RFC 4122 UUIDs, `null` otherwise, as Python's. */
  get version(): number | null {
    if (this.variant !== "specified in RFC 4122") return null;
    return Number.parseInt(this.hex.charAt(12), 16);
  }

  /** The 128-bit value, as Python's `uuid.int`. */
  get int(): bigint {
    return BigInt(`0x${this.hex}`);
  }

  get urn(): string {
    return `urn:uuid:${this.toString()}`;
  }

  equals(other: unknown): boolean {
    return other instanceof UUID
      ? other.hex === this.hex
      : String(other).toLowerCase() === this.toString();
  }

  toString(): string {
    const h = this.hex;
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  }

  toJSON(): string {
    return this.toString();
  }
}
