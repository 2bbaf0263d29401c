// A pacing for tests of the index's pauses: its clock moves a slice on at every look, so every check
// of the clock asks for a pause, and it counts the pauses taken.
import type { Pacing } from '../../server/src/engine/workspace/indexer';

export function hurriedPacing(): { pacing: Pacing; pauses: () => number } {
  let t = 0;
  let yields = 0;
  return { pacing: { sliceMs: 30, now: () => (t += 100), yield: async () => void yields++ }, pauses: () => yields };
}
