/**
 * Where a client's next resync of one conversation starts: every change up to `value` is known.
 * Live events can arrive out of order (two senders, two processes), so a live change moves the
 * cursor only once every change before it has arrived too; a sync answer moves it to its `cursor`.
 */
export class SyncCursor {
  private readonly ahead = new Set<number>();

  constructor(private current: number) {}

  get value(): number {
    return this.current;
  }

  live(changedSeq: number) {
    if (changedSeq <= this.current) return;
    this.ahead.add(changedSeq);
    while (this.ahead.delete(this.current + 1)) this.current += 1;
  }

  synced(answer: { cursor: number }) {
    if (answer.cursor <= this.current) return;
    this.current = answer.cursor;
    for (const seq of this.ahead) if (seq <= this.current) this.ahead.delete(seq);
    while (this.ahead.delete(this.current + 1)) this.current += 1;
  }
}
