// Counterparts (engine/check/counterparts.ts): two figures side by side in a note read against two
// side by side in the cited source, once one of them is supported. Every sentence here is written
// for the test.
import * as assert from 'node:assert/strict';
import { checkAgainst, resultOf } from './check-helpers';

const FILES: Record<string, string> = {
  'box.txt':
    'Weekend takings\n\nThe weekend\'s ten widest releases took an estimated $84.6m (£45.1m), compared with $112.3m (£59.8m) last year, when a fantasy sequel opened.\n\nThe heist comedy fell to fourth place, with $9.1m (£4.8m), after two weeks at the top.\n',
  'firm.txt':
    'Hiring\n\nThe software firm hired 120 engineers, with 45 offices abroad now open.\n\nThe firm hired 120 engineers last spring. Its founders said they had put $30m of their own money into the business over the years, about $18m more than planned.\n',
};

const check = (note: string) => checkAgainst(FILES, note);

const result = resultOf;

describe('counterparts: figures side by side', () => {
  it('contradicts the other side of a comparison when the first side is supported', () => {
    const r = check('The ten widest releases made $84.6m, against $131.7m a year earlier [@box].\n');
    assert.equal(result(r, '$84.6m').verdict, 'supported');
    const b = result(r, '$131.7m');
    assert.equal(b.verdict, 'contradicted');
    assert.equal(b.evidence[0].figure?.text, '$112.3m', 'the source\'s own other side, past the bracketed conversion');
    assert.ok(b.fixes.some((x) => x.edits.some((e) => e.newText.includes('112.3'))), 'a fix offers the source\'s value');
  });

  it('supports the other side when it agrees', () => {
    const r = check('The ten widest releases made $84.6m, against $112.3m a year earlier [@box].\n');
    assert.equal(result(r, '$112.3m').verdict, 'supported');
  });

  it('pairs a position with the amount beside it', () => {
    const r = check('The heist comedy slipped to fourth with $9.8m [@box].\n');
    assert.equal(result(r, 'fourth').verdict, 'supported');
    assert.equal(result(r, '$9.8m').verdict, 'contradicted');
  });

  it('says nothing when the two neighbours measure different things', () => {
    const r = check('The software firm hired 120 engineers, with 60 interns [@firm].\n');
    assert.equal(result(r, '120').verdict, 'supported');
    assert.notEqual(result(r, '60').verdict, 'contradicted');
  });

  it('says nothing when the note\'s figures are not side by side', () => {
    const r = check('The ten widest releases made $84.6m over a long and busy holiday weekend in the cinemas, against $131.7m a year earlier [@box].\n');
    assert.notEqual(result(r, '$131.7m').verdict, 'contradicted');
  });

  it('says nothing of a counterpart too far from the note\'s value to be the same quantity misquoted', () => {
    const r = check('The ten widest releases made $84.6m, against $3,000m a year earlier [@box].\n');
    assert.equal(result(r, '$84.6m').verdict, 'supported');
    assert.equal(result(r, '$3,000m').verdict, 'unverified');
  });

  it('reaches the source\'s other side past two bracketed conversions, not past three (bounded work)', () => {
    const converted = (n: number) => {
      const text = `Weekend takings\n\nThe weekend's ten widest releases took an estimated $84.6m ${['(£45.1m)', '(€61.2m)', '(¥9.3bn)'].slice(0, n).join(' ')}, compared with $112.3m last year.\n`;
      const note = 'The ten widest releases made $84.6m, against $131.7m a year earlier [@box].\n';
      return result(checkAgainst({ 'box.txt': text }, note), '$131.7m').verdict;
    };
    assert.equal(converted(2), 'contradicted');
    assert.equal(converted(3), 'unverified');
  });

  it('says nothing when the neighbour is not supported', () => {
    const r = check('The ten widest releases made $70.2m, against $131.7m a year earlier [@box].\n');
    assert.notEqual(result(r, '$131.7m').verdict, 'contradicted');
  });
});

describe('counterparts: the sets of a match', () => {
  const files = { 'final.txt': 'Harbour final\n\nAna Voss beat Lia Kerr in the final on Sunday. The top seed was the favourite but went down 7-6 (7-4) 6-3 to the Dane.\n' };
  const run = (note: string) => checkAgainst(files, note);
  it('a set beside a supported one, in a note naming both players, is read against the set beside it in the source', () => {
    // (read as one match since session 48: the story names both players before it — scorelines.ts introducedLine)
    assert.equal(result(run('Ana Voss beat top seed Lia Kerr 7-6 (7-4) 6-4 [@final].\n'), '7-6 (7-4) 6-4').verdict, 'contradicted');
  });
  it('…but not in a note naming one player: the match may be another', () => {
    assert.notEqual(result(run('Kerr went down 7-6 (7-4) 6-4 [@final].\n'), '6-4').verdict, 'contradicted');
  });
});
