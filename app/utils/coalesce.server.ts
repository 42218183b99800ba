import { Transform, type TransformCallback } from "node:stream";

/**
 * React 18.3's server renderer writes its whole 2 KB buffer when a character of several bytes does not fit
 * in the bytes left (`writeStringChunk` writes `currentView`, not the part it filled), so up to three NUL
 * bytes land in the page wherever Arabic, Ukrainian or an accent meets that edge; browsers show them as "�"
 * in attributes. A page of ours never holds U+0000 (PostgreSQL text cannot store it), so they are dropped.
 */
function withoutNulBytes(piece: Buffer): Buffer {
  return piece.indexOf(0) === -1 ? piece : Buffer.from(piece.filter((byte) => byte !== 0));
}

/**
 * Joins React's small writes (it flushes in 2 KB pieces) into larger chunks before they reach the web
 * stream, Remix's response and gzip: each chunk costs a trip through all three, which a profile of the
 * pages benchmark showed as a large share of a page's CPU. Nothing is held back for long: what is
 * buffered goes out when it reaches `size` bytes, at the end, or on the next turn of the event loop,
 * so streamed (deferred) parts still arrive as soon as React writes them. On the way it drops the NUL
 * bytes React 18.3 leaves at its buffer's edge (`withoutNulBytes`).
 */
export class Coalesce extends Transform {
  private pieces: Buffer[] = [];
  private buffered = 0;
  private scheduled: NodeJS.Immediate | null = null;

  constructor(private readonly size = 32 * 1024) {
    super();
  }

  override _transform(chunk: Buffer | string, _encoding: BufferEncoding, callback: TransformCallback) {
    const piece = withoutNulBytes(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
    this.pieces.push(piece);
    this.buffered += piece.length;
    if (this.buffered >= this.size) this.release();
    else this.scheduled ??= setImmediate(() => this.release());
    callback();
  }

  override _flush(callback: TransformCallback) {
    this.release();
    callback();
  }

  override _destroy(error: Error | null, callback: (error: Error | null) => void) {
    if (this.scheduled) clearImmediate(this.scheduled);
    this.scheduled = null;
    callback(error);
  }

  private release() {
    if (this.scheduled) clearImmediate(this.scheduled);
    this.scheduled = null;
    if (this.buffered === 0) return;
    const joined = this.pieces.length === 1 ? this.pieces[0] : Buffer.concat(this.pieces, this.buffered);
    this.pieces = [];
    this.buffered = 0;
    this.push(joined);
  }
}
