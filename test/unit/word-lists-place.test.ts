// Word lists in one place: the frame stages that read a figure's metric, role and frame
// (frames/metric.ts, role.ts, frame.ts) take their word lists from frames/lexicon.ts, where each is
// named and explained, instead of declaring their own; and the lists built from others keep the
// words those others hold.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BE_GROUP_WORDS, HELD_FOR_WORDS, MODALS, VERB_GROUP_WORDS } from '../../server/src/engine/frames/lexicon';

const FRAMES = path.resolve(__dirname, '../../server/src/engine/frames');

/** Module-level lists these stages may keep: they hold no words. */
const NOT_WORDS: Readonly<Record<string, string>> = {
  TIME_KINDS: 'frame.ts: figure kinds (duration, date, quarter)',
  PRICE_MOVE_UNITS: 'role.ts: unit codes of a figure (GBX, CENT)',
};

/** Names of the module-level constants of a source text that are a Set, a Map, an array, an object literal or a lookup table (figures/tables.ts `table`). */
function listsDeclared(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/^(?:export )?const ([A-Z][A-Z0-9_]*)(?::[^=\n]+)? = (?:new (?:Set|Map)\b|\[|\{|table\()/gm)) out.push(m[1]);
  return out;
}

describe('word lists in one place (frames/lexicon.ts)', () => {
  for (const file of ['metric.ts', 'role.ts', 'frame.ts']) {
    it(`frames/${file} declares no word list of its own`, () => {
      const text = fs.readFileSync(path.join(FRAMES, file), 'utf8');
      assert.deepEqual(listsDeclared(text).filter((name) => !(name in NOT_WORDS)), []);
    });
  }
  it('frames/lexicon.ts holds the lists the stages read (the scan sees them there)', () => {
    const declared = listsDeclared(fs.readFileSync(path.join(FRAMES, 'lexicon.ts'), 'utf8'));
    for (const name of ['METRIC_VERBS', 'VERB_GROUP_WORDS', 'BE_GROUP_WORDS', 'SAYING_VERBS', 'AUXILIARIES', 'RATE_WORDS', 'GAP_OPENERS', 'APPOSITION_BLOCKERS']) assert.ok(declared.includes(name), name);
  });
  // (metric.ts objectAfterVerb reads "in" only after a verb group of forms of "be" and modals: each
  // of those words must carry a verb group on, or "had been in the accounts" would end before "in")
  it('every modal, form of "be" and word of money held for something carries a verb group on', () => {
    for (const w of [...MODALS, ...BE_GROUP_WORDS, ...HELD_FOR_WORDS]) assert.ok(VERB_GROUP_WORDS.has(w), w);
  });
});
