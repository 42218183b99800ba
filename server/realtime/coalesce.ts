/**
 * Per key, at most one emit per interval: the first value goes out at once, values that arrive
 * during the interval only replace the pending one, and when the interval ends the latest of them
 * goes out (and a new interval starts), marked `trailing`. A burst of N values costs two emits, and the
 * last value of a burst always goes out.
 */
export function coalescePerKey<T>(intervalMs: number, emit: (key: string, value: T, trailing: boolean) => void) {
  const windows = new Map<string, { pending: { value: T } | null; timer: ReturnType<typeof setTimeout> }>();

  function send(key: string, value: T, trailing: boolean) {
    windows.set(key, { pending: null, timer: startWindow(key) });
    emit(key, value, trailing);
  }

  function startWindow(key: string) {
    const timer = setTimeout(() => {
      const pending = windows.get(key)?.pending;
      windows.delete(key);
      if (pending) send(key, pending.value, true);
    }, intervalMs);
    // A pending emit does not keep the process alive on its own.
    timer.unref?.();
    return timer;
  }

  return {
    push(key: string, value: T) {
      const open = windows.get(key);
      if (open) open.pending = { value };
      else send(key, value, false);
    },
    /** Drops what is pending (at shutdown nobody is left to hear it). */
    stop() {
      for (const { timer } of windows.values()) clearTimeout(timer);
      windows.clear();
    },
  };
}
