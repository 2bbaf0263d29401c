// One object of each short-lived class of a check whose methods are hot (check/nameReach.ts
// NameReach, check/othersBound.ts OthersBound), kept by its class for the life of the process, so
// that V8 keeps their hidden class — and the code compiled for it — across the full collections
// between checks (as engine/shapes.ts keeps an index build's scratch shapes).
import * as assert from 'node:assert/strict';
import { NameReach } from '../../server/src/engine/check/nameReach';
import { OthersBound } from '../../server/src/engine/check/othersBound';

describe('the check\'s kept shapes (NameReach.kept, OthersBound.kept)', () => {
  it('holds one name reach of no name, which reaches every passage (as any reach of no name)', () => {
    assert.ok(NameReach.kept instanceof NameReach);
    assert.equal(NameReach.kept.mayReachAll(undefined as never, undefined as never), true);
  });

  it('holds one bound of a note frame with no field', () => {
    assert.ok(OthersBound.kept instanceof OthersBound);
  });
});
