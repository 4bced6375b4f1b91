/**
 * zlib-format (RFC 1950) compression through the web-standard Compression Streams.
 *
 * @example
 * const packed = await zlibCompress(new TextEncoder().encode("aaaaaaaa"));
 * @see cpython Modules/zlibmodule.c zlib.compress, zlib.decompress
 */

async function pump(
  bytes: Uint8Array,
  stream: CompressionStream | DecompressionStream,
): Promise<Uint8Array> {
  const writer = stream.writable.getWriter();
  // Write and close without awaiting first: the readable side must be drained concurrently.
  const written = writer.write(bytes as Uint8Array<ArrayBuffer>).then(() => writer.close());
  written.catch(() => {});
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = stream.readable.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.length;
  }
  await written;
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/**
 * Compress bytes into the zlib format (what Python's `zlib.compress` writes).
 * @example
 * await zlibCompress(new Uint8Array(100));
 * @see cpython Modules/zlibmodule.c zlib.compress
 */
export function zlibCompress(bytes: Uint8Array): Promise<Uint8Array> {
  return pump(bytes, new CompressionStream("deflate"));
}

/**
 * Decompress zlib-format bytes; rejects when the data is not a complete zlib stream.
 * @example
 * await zlibDecompress(await zlibCompress(new Uint8Array(3)));
 * @see cpython Modules/zlibmodule.c zlib.decompress
 */
export function zlibDecompress(bytes: Uint8Array): Promise<Uint8Array> {
  return pump(bytes, new DecompressionStream("deflate"));
}
