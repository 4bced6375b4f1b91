/**
 * Base64 VLQ, the number encoding inside a source map's `mappings`.
 */
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const VALUE = new Map<string, number>([...ALPHABET].map((char, index) => [char, index]));

/**
 * Decode one comma-free VLQ group into its numbers.
 * @example
 * decodeVlq("AAgBC"); // [0, 0, 16, 1]
 */
export function decodeVlq(group: string): number[] {
  const values: number[] = [];
  let shift = 0;
  let value = 0;
  for (const char of group) {
    const digit = VALUE.get(char);
    if (digit === undefined) throw new Error(`Bad source map character \`${char}\``);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    const negative = value & 1;
    value >>>= 1;
    values.push(negative ? -value : value);
    shift = 0;
    value = 0;
  }
  return values;
}

/**
 * Encode numbers as one VLQ group.
 * @example
 * encodeVlq([0, 0, 16, 1]); // "AAgBC"
 */
export function encodeVlq(values: readonly number[]): string {
  let out = "";
  for (const value of values) {
    let rest = value < 0 ? (-value << 1) | 1 : value << 1;
    do {
      let digit = rest & 31;
      rest >>>= 5;
      if (rest > 0) digit |= 32;
      out += ALPHABET[digit];
    } while (rest > 0);
  }
  return out;
}
