// The engine's words and settings at edges seed 14 of the mutation sample found untested
// (scripts/mutate-sample.mjs --seed 14, README "Tests"). Each case fails with its seed-14 mutant
// applied: the stemmer makes a plural in "-sses" meet its singular ("classes" / "class"), and an
// unknown rule with no near name lists every rule, separated by commas; a file that is no index
// file (its first eight bytes are not the magic) asks to be read whole, whatever its header's bytes say.
// Session 19: a lower-case word opening on an accented letter ("école") is no word capitalised
// inside a sentence.
import * as assert from 'node:assert/strict';
import { buildPostings } from '../../server/src/engine/indexer';
import { headLength } from '../../server/src/engine/persist/binary';
import { buildSource } from '../../server/src/engine/sources';
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

  it('a file without the index magic is read whole, even when its bytes 16–19 look like a short JSON block\'s length', () => {
    const bytes = Buffer.alloc(300, 0x78);
    bytes.writeUInt32LE(10, 16);
    assert.equal(headLength(bytes, 48), 300);
    assert.equal(headLength(bytes, 0), 48, 'the header first, as for any file');
  });

  it('a lower-case word opening on an accented letter is not a word capitalised inside a sentence: "the école"', () => {
    const text = 'School news\n\nPupils at the école met Acme staff.\n';
    const source = buildSource(0, '/s/a.txt', text);
    const { written } = buildPostings([source], source.passages);
    assert.deepEqual([...written.capitalisedInside.keys()], ['acme']);
  });
});
