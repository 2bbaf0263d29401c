// Survivors of seed 19 of the mutation sample (StrykerJS, seed 19, issue 15) in the checker's folder
// (engine/check), with made-up sources and names. Each case fails with its seed-19 mutant applied
// and passes without it; the file:line each one kills (at 44560f8) is given in its name.
import * as assert from 'node:assert/strict';
import { periodsConflict } from '../../server/src/engine/check/alignment';
import { suggestKeys } from '../../server/src/engine/check/citations';
import { Retrieval } from '../../server/src/engine/check/retrieval';
import { Corpus } from '../../server/src/engine/corpus';
import { buildSource } from '../../server/src/engine/sources';
import { checkAgainst, verdictOf } from './check-helpers';

describe('seed 19 survivors: check', () => {
  it('what holds now is no figure of an undated plan, either way round (alignment.ts:101)', () => {
    assert.equal(periodsConflict({ tense: 'now' }, { mode: 'plan' }), true);
    assert.equal(periodsConflict({ mode: 'plan' }, { tense: 'now' }), true);
    // (a current target meets a plan)
    assert.equal(periodsConflict({ tense: 'now', mode: 'plan' }, { mode: 'plan' }), false);
  });

  it('a party the note names is no rival of a source sentence naming no party, only other names (alignment.ts:269)', () => {
    const files = { 'k.txt': 'Kelby vote\n\nKelby voters returned 412 councillors in the spring poll, the count showed.\n' };
    assert.equal(verdictOf(checkAgainst(files, '# Notes\n\nLabour took 412 councillors in Kelby in the spring poll [@k].\n'), '412'), 'supported');
  });

  it("a note's place against a source clause about another place only, neither naming the other's: no support (alignment.ts:292)", () => {
    const files = { 'k.txt': 'Floods\n\nIn Thailand, more than 2,130 people are feared dead after the floods.\n' };
    assert.equal(verdictOf(checkAgainst(files, '# Notes\n\nMore than 2,130 people are feared dead in India after the floods [@k].\n'), '2,130'), 'unverified');
    assert.equal(verdictOf(checkAgainst(files, '# Notes\n\nMore than 2,130 people are feared dead in Thailand after the floods [@k].\n'), '2,130'), 'supported');
  });

  describe('a word of a key matches a word of a source within one edit only when both have four letters or more (citations.ts:81)', () => {
    const files: Record<string, string> = { 'county-timber-report.txt': 'Oak timber at Ashe\n\nThe Ashe mill cut 300 logs.\n' };
    const corpus = new Corpus(Object.entries(files).map(([p, t], i) => buildSource(i, `/ws/sources/${p}`, t)));
    const suggested = (key: string) => suggestKeys(new Retrieval(corpus), key).map((k) => `${k.key} ${k.score.toFixed(3)}`);
    const cases: [string, string[], string][] = [
      ['ashe-timber', ['county-timber-report 0.950'], 'both words in the title'],
      ['ashes-timber', ['county-timber-report 0.950'], '"ashes" one edit from "ashe"'],
      ['ash-timber', ['county-timber-report 0.475'], '"ash" is short: only "timber" matches'],
      ['oaks-timber', ['county-timber-report 0.475'], '"oak" is short: only "timber" matches'],
      ['quill-plover', [], 'no word matches'],
    ];
    for (const [key, want, why] of cases) it(`${key}: ${why}`, () => assert.deepEqual(suggested(key), want));
  });
});
