// The engine's words and settings at edges seed 14 of the mutation sample found untested
// (scripts/mutate-sample.mjs --seed 14, README "Tests"). Each case fails with its seed-14 mutant
// applied: the stemmer makes a plural in "-sses" meet its singular ("classes" / "class"), and an
// unknown rule with no near name lists every rule, separated by commas.
import * as assert from 'node:assert/strict';
import { stem } from '../../server/src/engine/text';
import { validateSettingsFile } from '../../server/src/engine/workspace/settings';

describe('seed 14 survivors: words and settings', () => {
  it('a plural in "-sses" stems to its singular: "classes" meets "class", "bosses" meets "boss"', () => {
    assert.equal(stem('classes'), stem('class'));
    assert.equal(stem('bosses'), stem('boss'));
    assert.equal(stem('classes'), 'class');
  });

  it('an unknown rule with no near name lists the rules, separated by commas', () => {
    const [p] = validateSettingsFile('grounded.json', '{"rules": {"zzqqxx": "off"}}');
    assert.match(p.message, /^unknown rule "zzqqxx" in "rules"; the rules are ([a-z-]+, )+[a-z-]+$/);
    assert.match(p.message, /, quote-not-found, /);
  });
});
