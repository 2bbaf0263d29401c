// Work in steps: a generator that yields between pieces of work (a chunk of a note parsed, a figure
// judged) and returns its result. Whoever drives it decides what happens between two steps: the
// CLI runs it through (`drain`); the language server runs it for a slice of time, lets requests go
// first, and abandons it when the note has changed meanwhile. Plain data; no timers here.
export type Steps<T> = Generator<void, T, void>;

/** Run every step; the result. */
export function drain<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
