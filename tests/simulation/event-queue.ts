/**
 * The simulation's clock: events at a simulated moment, taken out in a total order (time, then the
 * order in which they were scheduled), so the same run always does the same things in the same order.
 */
export interface Scheduled<E> {
  at: number;
  seq: number;
  event: E;
}

export class EventQueue<E> {
  private heap: Array<Scheduled<E>> = [];
  private seq = 0;

  get size(): number {
    return this.heap.length;
  }

  schedule(at: number, event: E): void {
    if (!Number.isFinite(at)) throw new Error(`cannot schedule at ${at}`);
    this.heap.push({ at, seq: this.seq++, event });
    this.up(this.heap.length - 1);
  }

  /** The next event, or undefined when none is left. */
  take(): Scheduled<E> | undefined {
    const top = this.heap[0];
    const last = this.heap.pop();
    if (top && last && this.heap.length > 0) {
      this.heap[0] = last;
      this.down(0);
    }
    return top;
  }

  private before(a: Scheduled<E>, b: Scheduled<E>) {
    return a.at < b.at || (a.at === b.at && a.seq < b.seq);
  }

  private up(i: number) {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(this.heap[i]!, this.heap[parent]!)) return;
      [this.heap[i], this.heap[parent]] = [this.heap[parent]!, this.heap[i]!];
      i = parent;
    }
  }

  private down(i: number) {
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let best = i;
      if (left < this.heap.length && this.before(this.heap[left]!, this.heap[best]!)) best = left;
      if (right < this.heap.length && this.before(this.heap[right]!, this.heap[best]!)) best = right;
      if (best === i) return;
      [this.heap[i], this.heap[best]] = [this.heap[best]!, this.heap[i]!];
      i = best;
    }
  }
}
