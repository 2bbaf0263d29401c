// The checker's findings at edges seed 15 of the mutation sample found untested
// (scripts/mutate-sample.mjs --seed 15, README "Tests"), with made-up sources. Each case fails with
// its seed-15 mutant applied: complementary shares written to different precisions ("31%" who do
// not, "68.8%" who do) are no contradiction; a key of two words, one of them a source's, is half
// covered and still suggests it; suggestions come best first; a stretch of time the note names
// ("over the past two years") and the source does not is no conflict of periods; a six-letter
// acronym is spelled out by a source's capitals as a shorter one is, so the wrong-source search
// reaches it; a quote of content words is sought, in a corpus of more than 16 sources, in the
// sources its words rank; a figure re-read with the source's year after a year slip keeps the rest
// of the note's period (a whole year's sales are no quarter's).
import * as assert from 'node:assert/strict';
import { checkNote } from '../../server/src/engine/check';
import { Corpus } from '../../server/src/engine/corpus';
import { buildSource } from '../../server/src/engine/sources';
import { checkAgainst, resultOf, verdictOf } from './check-helpers';

const SOURCES: Record<string, string> = {
  'river-pollution-2019.txt': 'Pollution in the river, 2019\n\nNitrate levels rose by 12% in 2019.\n',
  'river-survey-2022.txt': 'River survey, 2022\n\nThe survey counted 40 otters.\n',
};

function unknownMessage(note: string): string {
  const corpus = new Corpus(Object.entries(SOURCES).map(([p, text], i) => buildSource(i, `/ws/sources/${p}`, text)));
  const d = checkNote(note, corpus).diagnostics.find((x) => x.code === 'unknown-source');
  assert.ok(d, 'no unknown-source finding');
  return d.message;
}

describe('seed 15 survivors: check', () => {
  it('complementary shares written to different precisions are no contradiction: "31% did not" against "68.8% did"', () => {
    const files = { 'poll.txt': 'Kelby poll\n\nIn the Kelby poll, 68.8% of residents said they owned a car.\n' };
    assert.equal(verdictOf(checkAgainst(files, '# Notes\n\nIn the Kelby poll, 31% of residents said they did not own a car [@poll].\n'), '31%'), 'unverified');
    assert.equal(verdictOf(checkAgainst(files, '# Notes\n\nIn the Kelby poll, 35% of residents said they did not own a car [@poll].\n'), '35%'), 'contradicted');
  });

  it('a key half of whose words a source has suggests that source: "@pollution-kelby"', () => {
    assert.match(unknownMessage('See [@pollution-kelby].\n'), /Did you mean @river-pollution-2019 \("Pollution in the river, 2019"\)\?$/);
  });

  it('suggestions come best first, the others only when nearly as close: "@river-survey-2019" suggests the survey alone', () => {
    assert.match(unknownMessage('See [@river-survey-2019].\n'), /Did you mean @river-survey-2022 \("River survey, 2022"\)\?$/);
  });

  it('a stretch of time the note names and the source does not is no conflict: "rose 12% over the past two years" against "rose 12%"', () => {
    const files = { 'mill.txt': 'Kelby Mills\n\nKelby Mills said its paper sales rose 12%.\n' };
    assert.equal(verdictOf(checkAgainst(files, '# Notes\n\nKelby Mills said its paper sales rose 12% over the past two years [@mill].\n'), '12%'), 'supported');
    assert.equal(verdictOf(checkAgainst(files, '# Notes\n\nKelby Mills said its paper sales rose 12% [@mill].\n'), '12%'), 'supported');
  });

  it('a six-letter acronym is spelled out by the capitals of a source outside the cited one, as a five-letter one is', () => {
    const other = 'Port news\n\nThe harbour at Kelby handled 300 ships last year.\n';
    for (const [acronym, name] of [['NCFOTA', 'Northern Counties Ferry Operators Trade Association'], ['NCFOA', 'Northern Counties Ferry Operators Association']]) {
      const files = { 'other.txt': other, 'ferry.txt': `Ferry trade\n\nMembers of the ${name} carried 40,317 cars last year.\n` };
      const r = checkAgainst(files, `# Notes\n\nMembers of the ${acronym} carried 40,317 cars last year [@other].\n`);
      assert.deepEqual([resultOf(r, '40,317').evidence[0]?.source.path, r.diagnostics.map((d) => d.code)], ['/ws/sources/ferry.txt', ['figure-wrong-source']], acronym);
    }
  });

  it('a quote of content words in a corpus of more than 16 sources is sought in the sources its words rank, and found', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 20; i++) files[`port-${i}.txt`] = `Port report ${i}\n\nThe harbour in town ${i} handled more ships this spring.\n`;
    files['port-7.txt'] = 'Port report seven\n\nAsked about the delays, the harbour master said: "Fog closed the northern channel for nine days."\n';
    const r = checkAgainst(files, 'The harbour master said "fog closed the northern channel for nine days".\n');
    assert.deepEqual(r.quotes.map((q) => [q.verdict, q.evidence[0]?.source.path]), [['found', '/ws/sources/port-7.txt']]);
  });

  it('a year slip re-read keeps the rest of the note\'s period: a whole year\'s sales are no quarter\'s, whatever the year', () => {
    const files = { 'bikes.txt': 'Kelby Cycles\n\nKelby Cycles sold 3.2 million bikes in the third quarter of 2005, its chief said.\n' };
    const year = checkAgainst(files, '# Notes\n\nKelby Cycles sold 3.2 million bikes in 2006 [@bikes].\n');
    assert.deepEqual([verdictOf(year, '3.2 million'), verdictOf(year, '2006')], ['unverified', 'contradicted']);
    const quarter = checkAgainst(files, '# Notes\n\nKelby Cycles sold 3.2 million bikes in the third quarter of 2006 [@bikes].\n');
    assert.deepEqual([verdictOf(quarter, '3.2 million'), verdictOf(quarter, '2006')], ['supported', 'contradicted']);
  });
});
