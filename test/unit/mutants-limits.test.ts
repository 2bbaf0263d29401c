// The check's bounds with small limits (server/src/engine/check/limits.ts), written against mutants
// that survived the fast suite: bounded-work.test.ts tests the real limits on huge notes, and is too
// slow for mutation runs. Which figures and quotes are read, the findings at the first one left out
// (their places and counts), and the finding of a note over the size limit.
import * as assert from 'node:assert/strict';
import { checkedFigures, checkedQuotes, noteTooLarge } from '../../server/src/engine/check/limits';
import { parseNote } from '../../server/src/engine/notes';

const text = 'Sales were $10m, $20m and $30m in Leeds. Costs were $40m and $50m. Staff numbered 60, 70, 80 and 90.\n';
// Built in each test, not when the file loads: work done at load makes every mutant it reaches "hybrid", which Stryker runs in a fresh test process (README "Tests").
const note = () => parseNote(text);
const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
const limit = (s: string, message: string) => ({ ...at(s), code: 'check-limit', message, fixes: [] });

describe('check limits (mutants)', () => {
  it('the note has 9 figures in sentences of 3, 2 and 4', () => {
    assert.deepEqual(note().figures.map((f) => [f.text, f.sentence]), [['$10m', 0], ['$20m', 0], ['$30m', 0], ['$40m', 1], ['$50m', 1], ['60', 2], ['70', 2], ['80', 2], ['90', 2]]);
  });

  it('per sentence and per note: the first of each, a finding at the first left out of a sentence and at the first past the note', () => {
    const r = checkedFigures(note(), 2, 5);
    assert.deepEqual(r.figures.map((f) => f.text), ['$10m', '$20m', '$40m', '$50m', '60']);
    assert.deepEqual(r.limits, [
      limit('$30m', 'Only the first 2 figures of this sentence were checked; 1 more were not.'),
      limit('70', 'Only the first 5 figures of this note were checked; 3 more were not (from here on).'),
    ]);
  });

  it('the note limit inside a sentence counts what is left of the note', () => {
    const r = checkedFigures(note(), 10, 4);
    assert.deepEqual(r.figures.map((f) => f.text), ['$10m', '$20m', '$30m', '$40m']);
    assert.deepEqual(r.limits, [limit('$50m', 'Only the first 4 figures of this note were checked; 5 more were not (from here on).')]);
  });

  it('a sentence over its limit says how many of its figures were left', () => {
    const r = checkedFigures(note(), 1, 100);
    assert.deepEqual(r.figures.map((f) => f.text), ['$10m', '$40m', '60']);
    assert.deepEqual(r.limits.map((l) => [l.start, l.message]), [
      [at('$20m').start, 'Only the first 1 figures of this sentence were checked; 2 more were not.'],
      [at('$50m').start, 'Only the first 1 figures of this sentence were checked; 1 more were not.'],
      [at('70').start, 'Only the first 1 figures of this sentence were checked; 3 more were not.'],
    ]);
  });

  it('exactly at the limits: every figure, no finding', () => {
    assert.deepEqual(checkedFigures(note(), 4, 9), { figures: note().figures, limits: [] });
  });

  it('quotes: the first ones, a finding at the first left out; exactly at the limit, all and none', () => {
    const q = parseNote('He said "alpha beta gamma" and "delta epsilon zeta" and "eta theta iota".\n');
    assert.equal(q.quotes.length, 3);
    assert.deepEqual(checkedQuotes(q, 3), { quotes: q.quotes, limit: null });
    const r = checkedQuotes(q, 1);
    assert.deepEqual(r.quotes, [q.quotes[0]]);
    assert.deepEqual(r.limit, { start: q.quotes[1].start, end: q.quotes[1].end, code: 'check-limit', message: 'Only the first 1 quotes of this note were checked; 2 more were not (from here on).', fixes: [] });
  });

  it('a note over the size limit: one finding on its first line when that is short, in KB rounded up', () => {
    assert.deepEqual(noteTooLarge('short line\n' + 'y'.repeat(5000), 2048), { start: 0, end: 10, code: 'check-limit', message: 'This note is not checked: it is 5 KB, over the 2 KB limit for a note.', fixes: [] });
    assert.equal(noteTooLarge('x'.repeat(3000), 1024).message, 'This note is not checked: it is 3 KB, over the 1 KB limit for a note.');
    assert.equal(noteTooLarge('abc', 1).end, 3, 'one line, no newline');
    assert.equal(noteTooLarge('\nabc', 1).end, 0, 'an empty first line');
    assert.equal(noteTooLarge('x'.repeat(200) + '\n', 1).end, 200);
    assert.equal(noteTooLarge('x'.repeat(201) + '\n', 1).end, 0, 'a first line over 200 characters gets a point');
  });
});
