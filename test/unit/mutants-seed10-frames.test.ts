// Claim frames at edges seed 10 of the mutation sample found untested (scripts/mutate-sample.mjs
// --seed 10, README "Tests"), in made-up sentences: the lemma of "fined" and "hoped", "so far" before
// a figure, "in terms of", "its lowest level in three years", "the last three months of", what a
// year's preposition is, "full-year", and sentences whose frames must be read without failing.
// Each case fails with its seed-10 mutant applied.
import * as assert from 'node:assert/strict';
import { Lexicon } from '../../server/src/engine/frames/lexicon';
import { frameIn } from '../helpers/frameReads';

describe('seed 10 survivors: frames', () => {
  let lex: Lexicon;
  beforeEach(() => {
    lex = new Lexicon();
  });

  it('"fined" is the verb "fine" (not "fin" + "-ed"); "hoped to" is a plan', () => {
    assert.deepEqual(frameIn(lex, 'Acme was fined $1.5m for fraud.', '$1.5m').metric, ['acme', 'fine']);
    assert.equal(frameIn(lex, 'Acme said it hoped to return to profit in 2006.', '2006').period.mode, 'plan');
  });

  it('"so far" and "in terms of" open the sentence: neither word is part of what is measured', () => {
    for (const s of ['So far 13 clubs have been fined.', 'So far a total of 13 clubs have been fined.']) assert.deepEqual(frameIn(lex, s, '13').metric, ['club'], s);
    // (session 30: "9% smaller than" is a difference down, the comparative no metric — before, its metric was ['small'])
    const f = frameIn(lex, 'In terms of sales, Acme is about 9% smaller than Zed.', '9%');
    assert.equal(f.metric.some((m) => m === 'term' || m === 'in'), false);
    assert.equal(f.direction, 'down');
  });

  it('"its lowest level in three years" measures the metric over a duration, not time itself', () => {
    const f = frameIn(lex, 'Unemployment is at its lowest level in three years.', 'three years');
    assert.equal(f.role, 'duration');
    assert.deepEqual(f.metric, ['unemployment']);
  });

  it('"the last three months of 2004" is that year\'s fourth quarter; "the last six months of 2004" a stretch in it', () => {
    const f = frameIn(lex, 'Output fell by 0.1% in the last three months of 2004.', '0.1%');
    assert.deepEqual(f.period, { quarter: 4, year: 2004 });
    assert.deepEqual(frameIn(lex, 'Output fell by 0.1% in the last six months of 2004.', '0.1%').period, { span: '6month', year: 2004 });
    assert.equal(f.direction, 'down');
  });

  it('a year after a word that is no date preposition ("restate 2000", "its 2003 level") has no preposition', () => {
    assert.equal(frameIn(lex, 'Zeta had to restate 2000 and 2003 results.', '2000').prep, undefined);
    assert.equal(frameIn(lex, 'Sales rose 5% on its 2003 level.', '2003').prep, undefined);
  });

  it('"full-year" is the whole year, not the next one', () => {
    assert.deepEqual(frameIn(lex, 'Acme posted a full-year profit of $3bn.', '$3bn').period, { annual: true, mode: 'past' });
    assert.deepEqual(frameIn(lex, 'Acme expects a rise in full-year sales of 4%.', '4%').period, { annual: true, mode: 'plan' });
    assert.equal(frameIn(lex, 'Acme said sales grew 4% in the next year.', '4%').period.relative, 'next');
  });

  it('a share of a people, a count of staff and jobs added: read without failing, no direction where none is said', () => {
    assert.equal(frameIn(lex, 'About 80% of Kenyans depend on farming.', '80%').role, 'share');
    assert.deepEqual(frameIn(lex, 'The two Zeta titles employ 521 writers.', '521').subject, ['zeta']);
    const added = frameIn(lex, 'Zeta firms added only 146,000 jobs in May.', '146,000');
    assert.deepEqual([added.role, added.direction], ['level', undefined]);
  });

  it('a verb in "-ed" makes the clause past: "has offered to pay", "reached"', () => {
    assert.equal(frameIn(lex, 'Acme has offered to pay $300m to settle the case.', '$300m').period.mode, 'past');
    assert.equal(frameIn(lex, 'The pound reached $1.29 against the euro.', '$1.29').period.mode, 'past');
  });

  it('a headline verb makes a change after a name only ("Zedco axes 90 jobs"), not after a common noun', () => {
    const named = frameIn(lex, 'Zedco axes 90 jobs', '90');
    assert.deepEqual([named.role, named.direction], ['change', 'down']);
    const common = frameIn(lex, 'Local papers axe 90 jobs', '90');
    assert.deepEqual([common.role, common.direction], ['level', undefined]);
  });

  it('"a loss of" a percentage is a change down; of a sum of money, the amount lost (session 22)', () => {
    const f = frameIn(lex, 'Acme shares showed a loss of 4.7% this year.', '4.7%');
    assert.deepEqual([f.role, f.direction], ['change', 'down']);
    const sum = frameIn(lex, 'Acme has forecast a net loss of 472bn yen this year.', '472bn yen');
    assert.deepEqual([sum.role, sum.metric[0]], ['level', 'loss']);
  });

  it('"a third of", "two-thirds of" a firm is a share, not a change', () => {
    assert.equal(frameIn(lex, 'Acme bought a third of Zedco in 2000.', 'a third').role, 'share');
    assert.equal(frameIn(lex, 'The other two-thirds of Zedco was bought by Acme.', 'two-thirds').role, 'share');
  });

  it('a count of things is per nothing: the noun after it is no unit of a rate', () => {
    assert.equal(frameIn(lex, 'About 2,116 files contain at least one digit.', '2,116').per, undefined);
  });

  it('"Ms" is a name of two letters, not the plural of "M"', () => {
    assert.deepEqual(frameIn(lex, 'Ms Lomax said 3,000 firms were reviewed.', '3,000').names, ['ms', 'lomax']);
    assert.deepEqual(frameIn(lex, 'OAPs number 3,000 in the town.', '3,000').names, ['oap']);
  });

  it('the authors of a citation in brackets are the subject of its year', () => {
    assert.deepEqual(frameIn(lex, 'A report (Bell & Cole, 2006) said so.', '2006').subject, ['cole', 'bell']);
  });

  it('a headline with no full stop, a rate "a year" or "per head" last: read without failing', () => {
    assert.equal(frameIn(lex, 'Fees rise £5 a year', '£5').per, 'year');
    assert.equal(frameIn(lex, 'Acme pays £5 per head', '£5').per, 'capita');
  });

  it('a sentence that opens with a comma before an age: read without failing', () => {
    for (const s of [', 30, was his age.', ', now 30, he left.']) assert.equal(frameIn(lex, s, '30').role, 'level', s);
  });
});
