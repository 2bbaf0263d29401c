// The checker at edges seed 18 of the mutation sample found untested (scripts/mutate-sample.mjs
// --seed 18), with made-up sources and names. Each case fails with its seed-18 mutant applied and
// passes without it.
import * as assert from 'node:assert/strict';
import { planAgainstYear } from '../../server/src/engine/check/alignment';
import { CO_QUOTED_POLICY as C, VERDICT_POLICY as V } from '../../server/src/engine/check/policy';
import { decide, type FrameCandidate, type RuleOptions } from '../../server/src/engine/check/rules';
import { extractFigures, figuresAgree } from '../../server/src/engine/figures';
import type { ClaimFrame } from '../../server/src/engine/frames/frame';
import { Lexicon } from '../../server/src/engine/frames/lexicon';
import type { FrameSide } from '../../server/src/engine/frames/sourceFrames';
import type { Figure } from '../../server/src/engine/types';
import { checkAgainst, resultOf, verdictOf } from './check-helpers';

describe('seed 18 survivors: check', () => {
  it('an undated plan against a year, either way round, unless both are plans (alignment.ts planAgainstYear)', () => {
    const plan = { mode: 'plan' as const };
    assert.equal(planAgainstYear(plan, { year: 2001 }), true, 'the plan first');
    assert.equal(planAgainstYear({ year: 2001 }, plan), true, 'the plan second');
    assert.equal(planAgainstYear({ year: 2001, mode: 'plan' }, plan), false, 'a plan with its year against an undated plan');
    assert.equal(planAgainstYear(plan, { year: 2001, mode: 'plan' }), false, 'the other way round');
  });

  it('a stretch of years and a span of months in the note is not met by the same months of the year the source set before (alignment.ts hasPeriod)', () => {
    const files = { 'k.txt': 'Kelby results\n\nThe Kelby firm changed hands in 2004. Kelby sold 300 vans between January and May.\n' };
    assert.equal(verdictOf(checkAgainst(files, '# Notes\n\nOver the past two years Kelby sold 300 vans between January and May [@k].\n'), '300'), 'unverified');
    assert.equal(verdictOf(checkAgainst(files, '# Notes\n\nKelby sold 300 vans between January and May [@k].\n'), '300'), 'supported');
  });

  it('a change apposed after a clause of more than COUNTERPART_POLICY.maxClauseChars characters is not read as its pair (counterparts.ts apposedAfterClause)', () => {
    const files = {
      'bikes.txt': 'E-bike boom\n\nMarket watcher Velotrend says demand for electric bicycles keeps climbing. Globally, the number sold will reach 3.21 million, an increase of 41%.\n',
    };
    // (nine words between the figure and the comma, but 130 characters between the two figures)
    const r = checkAgainst(files, '# Notes\n\nVelotrend expects 3.21 million electric bicycles sold internationally notwithstanding extraordinarily unpredictable manufacturing circumstances, an increase of 57% [@bikes].\n');
    assert.equal(verdictOf(r, '3.21 million'), 'supported');
    assert.equal(verdictOf(r, '57%'), 'unverified');
  });

  it('a pair is sought among the first CO_QUOTED_POLICY.placesRead places of each value, best aligned first (coQuoted.ts together)', () => {
    assert.equal(C.placesRead, 16);
    const pair = 'Ostbury ferries\n\nThe Ostbury ferry firm is growing. Its 15 boats now take 12% of the trade, the report said.\n';
    // (places of 12% that align better than the pair's, none naming Ostbury, so none supports it)
    const others = (n: number) => 'Island trade\n\n' + Array.from({ length: n }, (_, i) => `In ${2001 + i}, 12% of the island's ferries ran late.`).join('\n\n') + '\n';
    const note = "# Notes\n\nOstbury has 15 ferries carrying 12% of the island's freight [@k; @m].\n";
    const verdicts = (n: number) => checkAgainst({ 'k.txt': pair, 'm.txt': others(n) }, note).figures.map((f) => `${f.figure.text} ${f.verdict}`);
    assert.deepEqual(verdicts(C.placesRead - 1), ['15 supported', '12% supported'], 'the pair the 16th place of 12%');
    assert.deepEqual(verdicts(C.placesRead), ['15 unverified', '12% unverified'], 'the 17th');
  });

  it('one value of the source is no pair for two equal values of the note (coQuoted.ts together)', () => {
    const r = checkAgainst({ 'k.txt': 'Kelby\n\nKelby said the outlay came to £4.2m in the end.\n' }, '# Notes\n\nKelby spent £4.2m on vans and £4.2m on boats [@k].\n');
    assert.deepEqual(r.figures.map((f) => `${f.figure.text} ${f.verdict}`), ['£4.2m unverified', '£4.2m unverified']);
  });

  it('an unverified figure of a note citing nothing is said to be in no passage of "any source" (findings.ts)', () => {
    const r = checkAgainst({ 'k.txt': 'Harbour\n\nThe council spent $3m.\n' }, '# Notes\n\nKelby sold 417 vans.\n');
    assert.deepEqual(r.diagnostics.map((d) => d.message), ['Unverified: no passage in any source states 417.']);
  });

  describe('a fix writes no precision the source did not (hedgedFix.ts noFalsePrecision)', () => {
    const fixOf = (src: string, note: string) =>
      checkAgainst({ 'k.txt': `Harbour\n\n${src}\n` }, `# Notes\n\n${note}\n`).diagnostics.map((d) => `${d.code} ${d.fixes.map((f) => f.edits.map((e) => e.newText).join('+')).join(' / ')}`);
    it('"$14.0 billion" in the source stays "$14.0 billion"', () => {
      assert.deepEqual(fixOf('The Osterby council put $14.0 billion into the new harbour.', 'The Osterby council put $12.5 billion into the new harbour [@k].'), ['figure-mismatch $14.0 billion']);
    });
    it('"$14 billion" written like the note\'s "$12.75 billion" loses both zeros', () => {
      assert.deepEqual(fixOf('The Osterby council put $14 billion into the new harbour.', 'The Osterby council put $12.75 billion into the new harbour [@k].'), ['figure-mismatch $14 billion']);
    });
  });

  it('a country the note names is within reach of its nationality in another source (nameReach.ts nationalitiesOf)', () => {
    const files = {
      'other.txt': 'Port news\n\nThe harbour at Kelby handled 300 ships last year.\n',
      'cheese.txt': 'Cheese trade\n\nFrench cheese makers shipped 40,317 tonnes abroad last year.\n',
    };
    const r = checkAgainst(files, '# Notes\n\nCheese makers in France shipped 40,317 tonnes abroad last year [@other].\n');
    assert.deepEqual([resultOf(r, '40,317').evidence[0]?.source.path, r.diagnostics.map((d) => d.code)], ['/ws/sources/cheese.txt', ['figure-wrong-source']]);
  });

  it('a part the note sets apart by "alone" is supported by a clause about that part, though the note writes it in lower case (rules.ts aboutAlone)', () => {
    const files = { 'k.txt': 'Kelby\n\nKelby made a profit of £96m last year.\n' };
    assert.equal(verdictOf(checkAgainst(files, '# Notes\n\nProfit at kelby alone was £96m [@k].\n'), '£96m'), 'supported');
    assert.equal(verdictOf(checkAgainst(files, '# Notes\n\nProfit at Kelby alone was £96m [@k].\n'), '£96m'), 'supported');
  });

  it('a name after "to" is the value\'s own, not an attribution as after "according to" (stretches.ts attributions)', () => {
    const files = { 'k.txt': 'Trade\n\nExports to Brimley rose by 0.9% in March and exports to Ostbury rose by 0.3% in the same month.\n' };
    assert.equal(verdictOf(checkAgainst(files, '# Notes\n\nExports to Ostbury rose 0.9% in March [@k].\n'), '0.9%'), 'contradicted');
    assert.equal(verdictOf(checkAgainst(files, '# Notes\n\nExports to Brimley rose 0.9% in March [@k].\n'), '0.9%'), 'supported');
  });

  it('a note naming a word that follows the first value keeps that value\'s support, whatever phrase of another value it names too (slots.ts qualifiedElsewhere)', () => {
    const files = { 'k.txt': 'Giving\n\nDonations rose 3.9% in small towns, and 7.2% in big cities.\n' };
    const verdict = (note: string) => verdictOf(checkAgainst(files, `# Notes\n\n${note} [@k].\n`), '3.9%');
    assert.equal(verdict('Donations rose 3.9% in big cities'), 'contradicted', 'the other value\'s phrase alone');
    assert.equal(verdict('Donations rose 3.9% in small towns'), 'supported');
    assert.equal(verdict('Donations rose 3.9% in big cities and small towns'), 'supported', 'both');
  });

  it('only an ordinal of the note\'s sentence is a place in a ranking the source\'s passage may share (verdict.ts coStatedRank)', () => {
    const files = { 'films.txt': 'Weekend takings\n\nIna Voss\'s drama Glass Harbour led the new releases with $9.3m, coming in at number three in its first weekend.\n' };
    const ranked = checkAgainst(files, '# Notes\n\nGlass Harbour came third with $7.2m [@films].\n');
    assert.deepEqual([verdictOf(ranked, 'third'), verdictOf(ranked, '$7.2m')], ['supported', 'contradicted']);
    // ("3 screens" is a count of value 3, no place)
    assert.equal(verdictOf(checkAgainst(files, '# Notes\n\nGlass Harbour took $7.2m on 3 screens [@films].\n'), '$7.2m'), 'unverified');
  });

  it('a year anchors a figure of its sentence up to V.dateAnchorReach characters after it (verdict.ts vetoed)', () => {
    const files = { 'k.txt': 'Kelby\n\nIn 2009 the Kelby firm of Ostbury, by the sea, sold some 300 vans.\n' };
    const within = '# Notes\n\nIn 2008 the Kelby firm of Ostbury, by the sea, sold some 412 vans [@k].\n';
    assert.equal(within.indexOf('412') - within.indexOf('2008') - 4, V.dateAnchorReach, 'fifty characters between the year and the count');
    assert.equal(verdictOf(checkAgainst(files, within), '2008'), 'unverified', 'the count the source does not state is what the year dates');
    assert.equal(verdictOf(checkAgainst(files, '# Notes\n\nIn 2008 the Kelby firm of Ostbury, by the grey sea, sold some 412 vans [@k].\n'), '2008'), 'contradicted', 'fifty-five: out of reach');
  });
});

describe('seed 18 survivors: decide on frames built by hand (rules.ts)', () => {
  const fig = (text: string): Figure => {
    const f = extractFigures(`It was ${text} then.`);
    assert.equal(f.length, 1, `one figure in ${JSON.stringify(text)}`);
    return f[0];
  };
  const side = (over: Partial<ClaimFrame> = {}, referable: string[] = []): FrameSide => ({
    frame: { role: 'level', metric: [], counted: 0, subject: [], names: [], namesBefore: 0, context: new Map(), period: {}, ...over },
    referable: new Set(referable),
    inheritedPeriod: {},
  });
  const lex = new Lexicon();
  const options = (over: Partial<RuleOptions> = {}): RuleOptions => ({ tolerance: 0.1, exactAgree: (a, b) => figuresAgree(a, b, 0), comparable: () => true, idf: () => 1, lex, ...over });
  const cand = (ref: string, figure: Figure, s: FrameSide): FrameCandidate<string> => ({ figure, side: s, ref });
  const revenue = { metric: ['revenue'], counted: 1 };
  const words = (...w: string[]) => new Map(w.map((x) => [x, 1]));

  it('a sharper contradiction in the very passage of the support is no contradiction, passages compared by === without samePassage (sharperContradiction)', () => {
    const note = { figure: fig('$14 billion'), side: side({ ...revenue, context: words('quarterly', 'sales') }) };
    const contra = (ref: string) => cand(ref, fig('$16 billion'), side({ ...revenue, context: words('quarterly', 'sales') }));
    const plain = (ref: string) => cand(ref, fig('$14 billion'), side(revenue));
    assert.equal(decide(note, [contra('p1'), plain('p2')], options()).verdict, 'contradicted', 'two passages');
    assert.equal(decide(note, [contra('p1'), plain('p1')], options()).verdict, 'supported', 'one passage');
  });

  it('a contradiction the note was written from is one only when no support shares its passage, compared by === without samePassage (writtenFrom)', () => {
    const note = { figure: fig('$14.3 billion'), side: side({ ...revenue, context: words('quarterly', 'sales') }) };
    const contra = (ref: string) => cand(ref, fig('$16.8 billion'), side({ ...revenue, context: words('quarterly', 'sales') }));
    const plain = (ref: string) => cand(ref, fig('$14.3 billion'), side(revenue));
    const o = options({ coStatedFirmly: (j) => j.figure.value > 15e9 });
    assert.equal(decide(note, [contra('p1'), plain('p2')], o).verdict, 'contradicted', 'two passages');
    assert.equal(decide(note, [contra('p1'), plain('p1')], o).verdict, 'supported', 'one passage');
  });

  it('a support that does not name the subject wins against a contradiction that does when aligned exactly as well (decideSteps)', () => {
    const acme = { figure: fig('$14.3 billion'), side: side({ ...revenue, subject: ['acme'], names: ['acme'], context: words('quarterly', 'sales', 'north', 'export') }) };
    const contra = cand('contra', fig('$16.8 billion'), side({ ...revenue, subject: ['acme'], names: ['acme'], namesBefore: 1, context: words('quarterly') }, ['acme']));
    const unnamed = (...w: string[]) => cand('unnamed', fig('$14.3 billion'), side({ ...revenue, context: words(...w) }));
    // (the contradiction: metric, subject, one context word; the support: metric, no subject, three)
    assert.equal(decide(acme, [contra, unnamed('quarterly', 'sales', 'north')], options()).verdict, 'supported', 'the same score');
    assert.equal(decide(acme, [contra, unnamed('quarterly', 'sales')], options()).verdict, 'contradicted', 'a lower score');
  });
});
