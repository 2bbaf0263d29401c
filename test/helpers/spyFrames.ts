// Counting what a check asks of the source frames: a method of SourceFrames.prototype wrapped for
// the length of one call of `run`, every call's arguments handed to `seen`, the method restored after
// (whatever `run` throws). For tests that assert which sources or passages a check reads.
import { SourceFrames } from '../../server/src/engine/frames/sourceFrames';

export function withFramesSpy<T>(method: string, seen: (args: unknown[]) => void, run: () => T): T {
  const proto = SourceFrames.prototype as unknown as Record<string, (...a: unknown[]) => unknown>;
  const saved = proto[method];
  proto[method] = function (this: SourceFrames, ...a: unknown[]) {
    seen(a);
    return saved.apply(this, a);
  };
  try {
    return run();
  } finally {
    proto[method] = saved;
  }
}

/** The sources whose passages `method` was asked about (its first argument a passage) while `run` ran. */
export function sourcesFramed<T>(method: string, run: () => T): { value: T; sources: Set<number> } {
  const sources = new Set<number>();
  const value = withFramesSpy(method, (a) => sources.add((a[0] as { source: number }).source), run);
  return { value, sources };
}
