// Match results as scorelines (engine/check/scorelines.ts): a note's score is judged against the
// cited source's scoreline for the same players and the same winner, set by set, and reported once
// per match (engine/check/matches.ts).
import * as assert from 'node:assert/strict';
import { checkNote, NoteReport } from '../../server/src/engine/check';
import { Corpus } from '../../server/src/engine/corpus';
import { buildSource } from '../../server/src/engine/sources';

const FILES: Record<string, string> = {
  'open.txt':
    'Harbour Open\n\n' +
    "Norway's Ostrander brushed aside Petra Quill 6-2 6-1, while top seed Vell was a 6-3 7-5 winner over fellow Dane Kira Marsh. " +
    'Later, Danish veteran Anders Holt defeated American Jo-Beth Carrow 6-4 7-6 (7-3).\n\n' +
    'Vell, who lost 6-4 6-4 to Marsh in Oslo in March, said she was pleased. Holt beat Lund, who replaced the injured Brand, 7-5 6-3.\n\n' +
    "Wild card Dario Pell, who followed up his win over Tom Ruhl by overcoming Spain's Nico Sastre, 6-4 3-6 7-6, now meets Holt.\n",
};

function check(note: string): NoteReport {
  const corpus = new Corpus(Object.entries(FILES).map(([p, text], i) => buildSource(i, `/ws/sources/${p}`, text)));
  return checkNote(note, corpus);
}

function verdicts(note: string): string[] {
  return check(note + ' [@open]\n').figures.map((f) => `${f.figure.text}:${f.verdict}`);
}

describe('match results as scorelines', () => {
  it('supports the same match told in other words, as one result over the whole scoreline', () => {
    assert.deepEqual(verdicts('Ostrander beat Quill 6-2 6-1'), ['6-2 6-1:supported']);
    assert.deepEqual(verdicts('Holt got past Carrow 6-4 7-6 (7-3)'), ['6-4 7-6 (7-3):supported']);
  });

  it('contradicts a match with a set that differs, in the one match of those players with that winner', () => {
    // Vell beat Marsh 6-3 7-5 here; Marsh beat Vell 6-4 6-4 in Oslo: the winner tells them apart
    assert.deepEqual(verdicts('Vell beat Marsh 6-4 7-5'), ['6-4 7-5:contradicted']);
    // a tie-break in brackets is a set of its own position
    assert.deepEqual(verdicts('Holt defeated Carrow 6-4 7-6 (7-5)'), ['6-4 7-6 (7-5):contradicted']);
    // the message names both scorelines
    const r = check('Vell beat Marsh 6-4 7-5 [@open]\n');
    assert.match(r.diagnostics.find((d) => d.code === 'figure-mismatch')?.message ?? '', /The note says 6-4 7-5; source open says 6-3 7-5/);
  });

  it('leaves unverified the players\' match told with the winner the other way round (no support from its very sets)', () => {
    // Holt defeated Carrow: two names of one player ("Anders Holt") say nothing of who won, the first and last player named do
    assert.deepEqual(verdicts('Carrow beat Anders Holt 6-4 7-6 (7-3)').map((v) => v.split(':')[1]), ['unverified', 'unverified', 'unverified']);
    assert.deepEqual(verdicts('Jo-Beth Carrow defeated Holt 6-4 7-6 (7-3)').map((v) => v.split(':')[1]), ['unverified', 'unverified', 'unverified']);
    assert.deepEqual(verdicts('Carrow lost to Anders Holt 6-4 7-6 (7-3)'), ['6-4 7-6 (7-3):supported']);
  });

  it('reads a set lost between two others as a set, whatever words are near ("Sastre, 6-4 3-6 7-6")', () => {
    assert.deepEqual(verdicts('Pell beat Sastre 6-4 3-6 7-6'), ['6-4 3-6 7-6:supported']);
    // the middle set told the other way round is a misquote of the match, not a support of its first set
    assert.deepEqual(verdicts('Pell beat Sastre 6-4 6-3 7-6'), ['6-4 6-3 7-6:contradicted']);
  });

  it('offers the source’s scoreline as the fix, over the note\'s whole scoreline', () => {
    const note = 'Vell beat Marsh 6-4 7-5 [@open]\n';
    const r = check(note);
    const wrong = r.figures.find((f) => f.verdict === 'contradicted');
    assert.equal(wrong?.evidence[0]?.figure?.text, '6-3 7-5');
    const edits = (wrong?.fixes ?? []).flatMap((fix) => fix?.edits ?? []);
    assert.deepEqual(edits.map((e) => [note.slice(e.start, e.end), e.newText]), [['6-4 7-5', '6-3 7-5']]);
  });

  it('reads a passive win word as a loss, and a loss word as the other player’s win', () => {
    // "Marsh was beaten by Vell" is Vell's win: the 6-3 7-5 match
    assert.deepEqual(verdicts('Marsh was defeated by Vell 6-3 7-5'), ['6-3 7-5:supported']);
    // "Marsh beat Vell" is the Oslo match: 6-4 6-4, so 6-3 is wrong
    assert.deepEqual(verdicts('Marsh beat Vell 6-3 6-4'), ['6-3 6-4:contradicted']);
  });

  it('leaves a score alone when the players are not both named, and reads a loser-first report as the same sets', () => {
    assert.ok(!verdicts('Quill lost 6-3 6-1').includes('6-3:contradicted'));
    // a loser-first report of the same match: the same sets from the other side
    assert.deepEqual(verdicts("Lund lost to Holt 5-7 3-6"), ["5-7 3-6:supported"]);
    // …but each set from its own side: a set turned round in one place only is another match
    assert.deepEqual(verdicts('Ostrander beat Quill 6-2 1-6'), ['6-2 1-6:contradicted']);
  });

  it('finds the players of a scoreline across a clause between them', () => {
    assert.deepEqual(verdicts('Holt beat Lund 7-5 6-2'), ['7-5 6-2:contradicted']);
  });
});
