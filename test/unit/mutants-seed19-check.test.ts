// Survivors of seed 19 of the mutation sample (StrykerJS, seed 19, issue 15) in the checker's folder
// (engine/check), with made-up sources and names. Each case fails with its seed-19 mutant applied
// and passes without it; the file:line each one kills (at 44560f8) is given in its name.
import * as assert from 'node:assert/strict';
import { periodsConflict } from '../../server/src/engine/check/alignment';
import { suggestKeys } from '../../server/src/engine/check/citations';
import { Retrieval } from '../../server/src/engine/check/retrieval';
import { decide, type FrameCandidate, type RuleOptions } from '../../server/src/engine/check/rules';
import { Corpus } from '../../server/src/engine/corpus';
import { extractFigures, figuresAgree } from '../../server/src/engine/figures';
import type { ClaimFrame } from '../../server/src/engine/frames/frame';
import { Lexicon } from '../../server/src/engine/frames/lexicon';
import type { FrameSide } from '../../server/src/engine/frames/sourceFrames';
import type { Figure } from '../../server/src/engine/types';
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

  describe("a note's change apposed after its clause is read as its figure's pair only after one comma, with no stop, bracket or figure between (counterparts.ts:47, 70)", () => {
    // (a real place name of 58 letters: four words of more than 60 characters)
    const longName = 'Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch';
    const source = (where: string) => ({
      'bikes.txt': `E-bike boom\n\nMarket watcher Velotrend says demand for electric bicycles keeps climbing. ${where}, the number sold will reach 3.21 million, an increase of 41%.\n`,
    });
    const cases: [string, string, string, string][] = [
      ['one comma: the pair, and its change contradicted', 'Globally', 'Velotrend expects 3.21 million bicycles sold worldwide, an increase of 57%', 'contradicted'],
      ['two commas', 'Globally', 'Velotrend expects 3.21 million bicycles sold, mostly electric, an increase of 57%', 'unverified'],
      ['a bracket', 'Globally', 'Velotrend expects 3.21 million bicycles sold (mostly electric), an increase of 57%', 'unverified'],
      ['no comma, and more than 60 characters between', `In ${longName}`, `Velotrend expects 3.21 million bicycles in ${longName} up 57%`, 'unverified'],
    ];
    for (const [why, where, sentence, want] of cases)
      it(why, () => {
        const r = checkAgainst(source(where), `# Notes\n\n${sentence} [@bikes].\n`);
        assert.deepEqual([verdictOf(r, '3.21 million'), verdictOf(r, '57%')], ['supported', want]);
      });
  });

  it("the note's value counting another noun than its support is the one value of the sentence counting the note's noun, among three (partitive.ts:22)", () => {
    const note = '# Notes\n\nThe Kelby novel appeared in 40 languages [@k].\n';
    for (const tail of ['', ' by 12 publishers', ' and 12 editions']) {
      const files = { 'k.txt': `Kelby books\n\nThe Kelby novel was translated into 38 languages in 40 countries${tail}.\n` };
      assert.equal(verdictOf(checkAgainst(files, note), '40'), 'contradicted', tail || 'two values');
    }
  });

  describe('the whole of "A of the B" runs to a stop, a figure or a function word, or the end of its sentence (partitive.ts:39)', () => {
    // (the part's predicate, "went unpaid", is the note's: the note's whole is the part's value)
    const unpaid = 'Last winter 1,400 bus drivers went unpaid';
    const cases: [string, string, string, string][] = [
      ['a comma ends the whole', 'Last winter 940 of the 1,400 bus drivers, women, went unpaid.', unpaid, 'contradicted'],
      ['a figure ends the whole', 'Last winter 940 of the 1,400 bus drivers aged 30 went unpaid.', unpaid, 'contradicted'],
      ['a sentence with no full stop, ending in the whole', 'In Kelby the strikers were 940 of the 1,400 bus drivers', 'In Kelby 1,400 bus drivers were strikers', 'contradicted'],
    ];
    for (const [why, sentence, note, want] of cases)
      it(why, () => assert.equal(verdictOf(checkAgainst({ 'k.txt': `Bus pay\n\n${sentence}\n` }, `# Notes\n\n${note} [@k].\n`), '1,400'), want));
  });

  it("a source sentence with no full stop keeps its last word: the noun its last value counts (stretches.ts:44)", () => {
    const note = '# Notes\n\nThe Kelby novel appeared in 40 languages [@k].\n';
    for (const after of ['', '.', '\n\nIt sold well.']) {
      const files = { 'k.txt': `Kelby books\n\nThe Kelby novel was translated into 38 languages in 40 countries${after}\n` };
      assert.equal(verdictOf(checkAgainst(files, note), '40'), 'contradicted', JSON.stringify(after));
    }
  });

  describe("a scoreline is one result only when every set of it was judged against one and the same source scoreline (matches.ts:21)", () => {
    const files = {
      'p.txt': 'Paris\n\nVell beat Marsh 6-3 7-5 6-2 in Paris on Sunday.\n',
      'r.txt': 'Rome\n\nVell beat Marsh 6-4 6-4 in Rome in May.\n',
    };
    const results = (score: string) => checkAgainst(files, `# Notes\n\nVell beat Marsh ${score} [@p; @r].\n`).figures.map((f) => `${f.figure.text} ${f.verdict}`);
    it('every set of one match: one result', () => assert.deepEqual(results('6-3 7-5 6-2'), ['6-3 7-5 6-2 supported']));
    it('a set of each of two matches: a result per set', () => assert.deepEqual(results('6-3 6-4'), ['6-3 supported', '6-4 supported']));
    it('a set of no match beside two of one match: a result per set', () => assert.deepEqual(results('6-3 7-5 6-1'), ['6-3 supported', '7-5 supported', '6-1 contradicted']));
  });

  it('a count above the whole a share is taken of is no worked-out part of it: still contradicted (verdict.ts:246)', () => {
    // (90% of 1,000 is 900: 1,100 is within a quarter of it, but above the whole itself)
    const files = { 'k.txt': 'Depot strike\n\nThe Kelby depot said 90% of its 1,000 staff joined the strike.\n' };
    const verdict = (note: string, figure: string) => verdictOf(checkAgainst(files, `# Notes\n\n${note} [@k].\n`), figure);
    assert.equal(verdict('The Kelby depot has 1,100 staff', '1,100'), 'contradicted');
    assert.equal(verdict('The Kelby depot said 1,100 of its staff joined the strike', '1,100'), 'contradicted');
    // (below the whole, near the part: the note's worked-out part, no contradiction)
    assert.equal(verdict('The Kelby depot said 850 of its staff joined the strike', '850'), 'unverified');
  });
});

describe('seed 19 survivors: decide on frames built by hand (rules.ts)', () => {
  const fig = (text: string): Figure => {
    const f = extractFigures(`It was ${text} then.`);
    assert.equal(f.length, 1, `one figure in ${JSON.stringify(text)}`);
    return f[0];
  };
  const side = (over: Partial<ClaimFrame> = {}): FrameSide => ({
    frame: { role: 'level', metric: [], counted: 0, subject: [], names: [], namesBefore: 0, context: new Map(), period: {}, ...over },
    referable: new Set(),
    inheritedPeriod: {},
  });
  const lex = new Lexicon();
  const cand = (ref: string, figure: Figure, s: FrameSide): FrameCandidate<string> => ({ figure, side: s, ref });
  const revenue = { metric: ['revenue'], counted: 1 };
  const words = (...w: string[]) => new Map(w.map((x) => [x, 1]));

  it('a contradiction aligned exactly as well as the support is not the sharper one, however many more near words it states (rules.ts:504)', () => {
    // ("sales" weighs nothing here: both align alike, the contradiction stating one near word more)
    const o: RuleOptions = { tolerance: 0.1, exactAgree: (a, b) => figuresAgree(a, b, 0), comparable: () => true, idf: (w) => (w === 'sales' ? 0 : 1), lex };
    const note = { figure: fig('$14 billion'), side: side({ ...revenue, context: words('quarterly', 'sales') }) };
    const contra = cand('p1', fig('$16 billion'), side({ ...revenue, context: words('quarterly', 'sales') }));
    const support = cand('p2', fig('$14 billion'), side({ ...revenue, context: words('quarterly') }));
    assert.equal(decide(note, [contra, support], o).verdict, 'supported');
    // (…and one aligned better is: "sales" weighs as the other words do)
    assert.equal(decide(note, [contra, support], { ...o, idf: () => 1 }).verdict, 'contradicted');
  });
});
