// The checker at edges seed 22 of the mutation sample found untested (scripts/mutate-sample.mjs
// --seed 22), with made-up sources and names. Each case fails with its seed-22 mutant applied and
// passes without it.
import * as assert from 'node:assert/strict';
import { checkNote } from '../../server/src/engine/check';
import { align } from '../../server/src/engine/check/alignment';
import { OthersBound } from '../../server/src/engine/check/othersBound';
import { WRONG_SOURCE_SCORE } from '../../server/src/engine/check/policy';
import { Corpus } from '../../server/src/engine/corpus';
import { decide, type FrameCandidate, type RuleOptions, scaleSlip } from '../../server/src/engine/check/rules';
import { extractFigures, figuresAgree } from '../../server/src/engine/figures';
import type { ClaimFrame } from '../../server/src/engine/frames/frame';
import { Lexicon } from '../../server/src/engine/frames/lexicon';
import type { FrameSide } from '../../server/src/engine/frames/sourceFrames';
import { frameTokens } from '../../server/src/engine/frames/tokens';
import { attributions } from '../../server/src/engine/check/stretches';
import { namesAnother } from '../../server/src/engine/check/verdict';
import { buildSource } from '../../server/src/engine/sources';
import type { Figure } from '../../server/src/engine/types';
import type { PassageStore } from '../../server/src/engine/store';
import { frameIn } from '../helpers/frameReads';
import { checkAgainst, resultOf, verdictOf } from './check-helpers';

const lex = new Lexicon();

/** A side of a frame read alone: nothing it can refer to, no period inherited. */
function alone(frame: ClaimFrame): FrameSide {
  return { frame, referable: new Set(), inheritedPeriod: {} } as unknown as FrameSide;
}

/** Why the source sentence's figure says nothing of the note's (align's `blocked`, as frames-debug prints it), or undefined. */
const blockedBy = (note: string, source: string, figure: string) => align(alone(frameIn(lex, note, figure)), alone(frameIn(lex, source, figure)), () => 1, lex).blocked;

const messages = (files: Record<string, string>, note: string) => checkAgainst(files, note).diagnostics.map((d) => `${d.code} | ${d.message}`);

describe('seed 22 survivors: check', () => {
  before(async () => {
    for (const _ of lex.loadSteps()) await Promise.resolve();
  });

  it('a short name ending in -s is the same name as its plural in -es only: "Kasses" is Kass, "Kassiles" is someone else (alignment.ts pluralEs)', () => {
    const rows: [string, string | undefined][] = [
      ["Kasses, Norland's fourth-largest bank, had a bad year.", undefined],
      ["Kassiles, Norland's fourth-largest bank, had a bad year.", 'apposed kass vs kassiles'],
    ];
    for (const [source, why] of rows) assert.equal(blockedBy("Kass, Norland's fourth-largest bank, had a bad year.", source, 'fourth'), why, source);
  });

  it('a place the note\'s subject names is set against the place named right after the source\'s figure (alignment.ts, the note\'s places among its subject)', () => {
    const note = "Scotland's rents averaged £9,420.";
    assert.equal(blockedBy(note, 'Rents averaged £9,420 in Wales.', '£9,420'), 'place scotland vs wales');
    assert.equal(blockedBy(note, 'Rents averaged £9,420 in Scotland.', '£9,420'), undefined);
  });

  it('two people of one surname are told apart by their first names, never by a title: "Sir" is nobody\'s first name (alignment.ts otherLead)', () => {
    assert.equal(blockedBy('Sir Kelvin Brown raised £4,318 for the hospice.', 'Mabel Brown raised £4,318 for the hospice.', '£4,318'), 'name kelvin brown vs mabel brown');
  });

  it('a figure found in none of three cited sources names them as "a, b or c" (findings.ts listOr)', () => {
    const files = { 'a.txt': 'Acme\n\nAcme said sales rose in May.\n', 'b.txt': 'Bolt\n\nBolt said sales fell.\n', 'c.txt': 'Crane\n\nCrane said nothing.\n' };
    assert.deepEqual(messages(files, '# Notes\n\nAcme sold 4,318 vans [@a; @b; @c].\n'), ['figure-unverified | Unverified: no passage in a, b or c states 4,318.']);
  });

  it('the closest passage a message quotes for a quote not found has its runs of spaces shown as one (findings.ts clip)', () => {
    const files = { 'harbour.txt': 'Harbour news\n\nThe harbour master said the new quay\nwill open  in the spring after long delays.\n' };
    assert.deepEqual(messages(files, '# Notes\n\nThe master said "a new quay may open this spring or later" [@harbour].\n'), [
      'quote-not-found | Quote not found in harbour. Closest (harbour, line 4): "will open in the spring after long delays."',
    ]);
  });

  it('a source whose title is only its file name is named by its key alone, without the title again (findings.ts titled)', () => {
    const files = { 'harbour.txt': 'Harbour\n\nThe port handled 1,200 containers in 2021.\n' };
    const [d] = messages(files, '# Notes\n\nThe port handled 1,500 containers in 2021 [@kellport].\n');
    assert.equal(d, 'figure-mismatch | The note says 1,500; source harbour (line 3) says 1,200.');
  });

  it('a misspelt key with two letters swapped is offered the file name it was meant for (citations.ts, the file-name prefix compared in lower case)', () => {
    const [d] = messages({ 'harbour-log.txt': 'Port log\n\nThe port handled 1,200 containers.\n' }, '# Notes\n\nThe port handled 1,200 containers [@habrour].\n');
    assert.match(d, /^unknown-source \| Unknown source "@habrour": .* Did you mean @harbour \("Port log"\)\?$/);
  });

  it('text added above a paragraph leaves its figures\' kept judgments to be taken again: no figure is judged anew (reuse.ts, offsets relative to the block)', () => {
    const corpus = new Corpus([buildSource(0, '/ws/sources/kell.md', '---\nid: kell\n---\n\nThe port of Kellmouth handled 41,300 containers in 2021.\n\nIts operator employs 820 dock workers.\n')]);
    let asked = 0;
    const store = new Proxy(corpus, {
      get(target, prop) {
        const v = Reflect.get(target, prop, target);
        if (typeof v !== 'function') return v;
        return prop === 'figureCandidates' ? (...args: unknown[]) => (asked++, v.apply(target, args)) : v.bind(target);
      },
    }) as unknown as PassageStore;
    const note = '# Port\n\nKellmouth handled 41,300 containers in 2021 [@kell].\n\nThe operator employs 850 dock workers [@kell].\n';
    const first = checkNote(note, store, { keepJudgments: true });
    asked = 0;
    const moved = note.replace('# Port\n', '# Port\n\nA paragraph added at the top, with no figure in it.\n');
    const again = checkNote(moved, store, { previous: first.judgments, keepJudgments: true });
    assert.equal(asked, 0, 'figures judged again');
    assert.deepEqual(again.figures.map((f) => `${f.figure.text} ${f.verdict}`), ['41,300 supported', '2021 supported', '850 contradicted']);
  });

  it('an uncited figure is looked for among the best-ranked passages of every source only (retrieval.ts, the smaller limit when the search is not held to the cited sources)', () => {
    // sixty sources name the ferry, the morning and Kellmouth as the note does, each with another
    // count; the one that states the note's count shares fewer of its words and ranks below them all
    const files: Record<string, string> = { 'support.txt': 'Ferry\n\nThe ferry carried 4,318 riders.\n' };
    for (let i = 0; i < 60; i++) files[`log${i}.txt`] = `Log ${i}\n\nOn a spring morning the Kellmouth ferry carried ${100 + i} riders past the spring tide marks.\n`;
    assert.equal(verdictOf(checkAgainst(files, '# Notes\n\nOn a spring morning the Kellmouth ferry carried 4,318 riders.\n'), '4,318'), 'unverified');
  });

  it('a scale slip needs a scale word on both sides: the note\'s "14 million" is no slip of a bare "14" (rules.ts scaleSlip)', () => {
    const fig = (sentence: string) => extractFigures(sentence)[0];
    assert.equal(scaleSlip(fig('Kelby has 14 million viewers.'), fig('Kelby has 14 channels.')), false);
    assert.equal(scaleSlip(fig('Kelby has 14 million viewers.'), fig('Kelby has 14 billion viewers.')), true);
  });

  it('a bound the note puts on a value the source states plainly is no misquote of its digits: "more than 57%" / "some 75%" (rules.ts relateForNote, only the same bound words)', () => {
    const rows: [string, string][] = [
      ['Some 75% of voters backed Kelby in the poll.', 'unverified'],
      ['More than 75% of voters backed Kelby in the poll.', 'contradicted'],
    ];
    for (const [source, verdict] of rows) {
      const r = checkAgainst({ 'v.txt': `Poll\n\n${source}\n` }, '# Notes\n\nMore than 57% of voters backed Kelby in the poll [@v].\n');
      assert.equal(verdictOf(r, '57%'), verdict, source);
    }
  });

  it('a race time in a sentence that names no runner is no support for the runner the note names (rules.ts anothersTime)', () => {
    const files = { 'r.txt': 'Sprint night\n\nThe race was won in 21.07 secs, with the runner-up second in 21.58 secs.\n' };
    assert.equal(verdictOf(checkAgainst(files, '# Notes\n\nIan Marsk was second in 21.58 secs [@r].\n'), '21.58'), 'unverified');
  });

  it('a support aligned exactly at the wrong-source bar names its source; one a hair below does not (verdict.ts namesAnother)', () => {
    const rows: [number, boolean][] = [
      [WRONG_SOURCE_SCORE, true],
      [WRONG_SOURCE_SCORE - 0.01, false],
    ];
    for (const [score, names] of rows) assert.equal(namesAnother({ metric: 1, score, namesMissingWide: 0 }, true, false), names, `score ${score}`);
  });

  it('another year may decide the wrong-source search whatever its metric: a year is compared as a date, not by its words (othersBound.ts mayDecide)', () => {
    const sentence = 'Kelby opened its first depot in 2004.';
    const figure = extractFigures(sentence).find((f) => f.text === '2004')!;
    const bounds = new OthersBound({ figure, frame: frameIn(lex, sentence, '2004'), tolerance: 0.02, idf: () => 1, lex, named: true, precise: false, namesAnother });
    const other = extractFigures('The depot opened in 2001.')[0];
    assert.equal(bounds.mayDecide(other, { has: () => false }, { metric: 0.1, context: 0, score: 0.2 }, () => false), true);
  });

  it('a share against its complement is no contradiction, whatever other figures the source\'s passage states: only the note\'s own share there lifts the veto (verdict.ts vetoed)', () => {
    // (the note says what the others do not hold; session 46: the same holder's share of the same thing, nothing denied, is a misquote)
    const rows = ['Kelby Oil will own 30% of the gas project.', 'Kelby Oil will own 30% of the gas project, which will cost $4bn.'];
    for (const source of rows) assert.equal(verdictOf(checkAgainst({ 'p.txt': `Gas project\n\n${source}\n` }, '# Notes\n\nKelby Oil will own 70% of the gas project, which its rivals will not [@p].\n'), '70%'), 'unverified', source);
  });

  it('a phrase of the note that only the second value of a source\'s sentence is qualified by makes that value the note\'s, though nothing follows the first (slots.ts qualifiedElsewhere)', () => {
    const r = resultOf(checkAgainst({ 'd.txt': 'Giving\n\nDonations rose 3.9%, and 7.2% in big cities.\n' }, '# Notes\n\nDonations rose 3.9% in big cities [@d].\n'), '3.9%');
    assert.equal(r.verdict, 'contradicted');
    assert.equal(r.evidence[0].figure?.text, '7.2%');
  });

  it('an attribution right at the start of a sentence, its comma the first token (a source line broken before ", Kelby said,"), is still one (stretches.ts attributions)', () => {
    const attributed = (sentence: string) => {
      const t = frameTokens(sentence, 0, sentence.length, extractFigures(sentence), lex, (low) => lex.knows(low) && lex.ordinaryOpener(low));
      return [...attributions(t)].map((i) => t[i].low);
    };
    assert.deepEqual(attributed(', Kelby Vans said, while truck sales fell 3%.'), ['kelby', 'vans', 'said']);
  });
});

describe('seed 22 survivors: decide on frames built by hand (rules.ts)', () => {
  const lex = new Lexicon();
  const fig = (text: string): Figure => {
    const f = extractFigures(`It was ${text} then.`);
    assert.equal(f.length, 1, `one figure in ${JSON.stringify(text)}`);
    return f[0];
  };
  const side = (over: Partial<ClaimFrame> = {}): FrameSide => ({
    frame: { role: 'level', metric: ['revenue'], counted: 1, subject: [], names: [], namesBefore: 0, context: new Map(), period: {}, ...over },
    referable: new Set(),
    inheritedPeriod: {},
  });
  const cand = (ref: string, figure: Figure, s: FrameSide): FrameCandidate<string> => ({ figure, side: s, ref });
  const o: RuleOptions = { tolerance: 0.1, exactAgree: (a, b) => figuresAgree(a, b, 0), comparable: () => true, idf: () => 1, lex };

  it('a contradiction is the sharper one only for more of the note\'s own near words: not a noun of a value ("total"), nor a word the note weighs lightly (rules.ts nearWordsIn)', () => {
    // the support states "online" of the note's words; the contradiction "online" and one more
    const rows: [string, Map<string, number>, string][] = [
      ['a near word', new Map([['online', 1], ['quarterly', 1]]), 'contradicted'],
      ['a noun of a value', new Map([['online', 1], ['total', 1]]), 'supported'],
      ['a word the note weighs lightly', new Map([['online', 1], ['quarterly', 0.4]]), 'supported'],
    ];
    for (const [label, context, verdict] of rows) {
      const more = [...context.keys()];
      const note = { figure: fig('$14 billion'), side: side({ context }) };
      const contra = cand('p1', fig('$16 billion'), side({ context: new Map(more.map((w) => [w, 1])) }));
      const support = cand('p2', fig('$14 billion'), side({ context: new Map([['online', 1]]) }));
      assert.equal(decide(note, [contra, support], o).verdict, verdict, label);
    }
  });
});
