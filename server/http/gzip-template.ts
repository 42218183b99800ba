import { constants, crc32, deflateRawSync } from "node:zlib";

/**
 * A gzip body made of fixed text compressed once and short values filled in per answer (a cached page
 * with each visitor's CSRF token and CSP nonce). Each fixed piece is its own raw deflate stream ended
 * with a sync flush (byte-aligned, not final; the last one is final), each value goes in as a stored
 * block, and the gzip trailer's CRC-32 and length are computed over the whole text per answer. Valid
 * DEFLATE (RFC 1951 §3.2.3–4) needs nothing more, since no piece refers back into another.
 */
export interface GzipTemplate {
  /** The fixed pieces, UTF-8, one more than the values filled in between them. */
  readonly pieces: readonly Buffer[];
  readonly deflated: readonly Buffer[];
}

// ID1 ID2, CM = deflate, no flags, no mtime, no extra flags, OS unknown.
const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);
const MAX_STORED = 0xffff;

export function createGzipTemplate(pieces: readonly string[], level = 6): GzipTemplate {
  if (pieces.length === 0) throw new Error("a gzip template needs at least one piece");
  const buffers = pieces.map((piece) => Buffer.from(piece, "utf8"));
  const deflated = buffers.map((buffer, i) =>
    deflateRawSync(buffer, {
      level,
      finishFlush: i === buffers.length - 1 ? constants.Z_FINISH : constants.Z_SYNC_FLUSH,
    }),
  );
  return { pieces: buffers, deflated };
}

/** The gzip of `pieces[0] + values[0] + pieces[1] + … + pieces[n]`. */
export function fillGzipTemplate(template: GzipTemplate, values: readonly string[]): Buffer {
  const { pieces, deflated } = template;
  if (values.length !== pieces.length - 1) {
    throw new Error(`a gzip template with ${pieces.length} pieces takes ${pieces.length - 1} values`);
  }
  const chunks: Buffer[] = [GZIP_HEADER];
  let crc = 0;
  let size = 0;
  // zlib's crc32 starts over when handed no data (an empty Buffer may have a null pointer): skip empties.
  const add = (bytes: Buffer) => {
    if (bytes.length === 0) return;
    crc = crc32(bytes, crc);
    size += bytes.length;
  };
  pieces.forEach((piece, i) => {
    chunks.push(deflated[i]!);
    add(piece);
    const value = values[i];
    if (value === undefined) return;
    const bytes = Buffer.from(value, "utf8");
    chunks.push(...storedBlocks(bytes));
    add(bytes);
  });
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc >>> 0, 0);
  trailer.writeUInt32LE(size >>> 0, 4);
  chunks.push(trailer);
  return Buffer.concat(chunks);
}

/** Non-final stored blocks: a header byte (BFINAL 0, BTYPE 00), LEN and its complement, the bytes. */
function storedBlocks(bytes: Buffer): Buffer[] {
  const blocks: Buffer[] = [];
  for (let start = 0; start < bytes.length; start += MAX_STORED) {
    const part = bytes.subarray(start, start + MAX_STORED);
    const head = Buffer.alloc(5);
    head.writeUInt16LE(part.length, 1);
    head.writeUInt16LE(~part.length & 0xffff, 3);
    blocks.push(head, part);
  }
  return blocks;
}
