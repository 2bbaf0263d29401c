// The stemmer (server/src/engine/text.ts) that makes a note's words meet a source's: written against
// the mutants of scripts/mutate-sample.mjs that survived (a doubled consonant before "-ing", a short
// word's final "e").
import * as assert from 'node:assert/strict';
import { stem } from '../../server/src/engine/text';

describe('stem: the mutants that survived the sample', () => {
  it('a doubled consonant before "-ing" or "-ed" is undone, but not a doubled l, s or z', () => {
    assert.equal(stem('running'), stem('run'));
    assert.equal(stem('stopped'), stem('stop'));
    assert.equal(stem('falling'), 'fall');
    assert.equal(stem('missed'), stem('miss'));
  });
  it('a word of three letters keeps its final "e", so its plural meets it', () => {
    assert.equal(stem('uses'), stem('use'));
    assert.equal(stem('use'), 'use');
  });
});
