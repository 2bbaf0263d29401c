// The frame readings at edges seed 18 of the mutation sample found untested (StrykerJS, seed 18,
// engine/frames survivors), in made-up sentences. Each case fails with its seed-18 mutant applied
// and passes without it; the file and line in each title are those of the draw (commit e32d2d8).
import * as assert from 'node:assert/strict';
import { alignmentBound } from '../../server/src/engine/check/alignment';
import { LemmaForms } from '../../server/src/engine/check/nameReach';
import { ConceptTraces, OthersBound, TextWords } from '../../server/src/engine/check/othersBound';
import { namesAnother } from '../../server/src/engine/check/verdict';
import { Corpus } from '../../server/src/engine/corpus';
import { Lexicon } from '../../server/src/engine/frames/lexicon';
import { SourceFrames } from '../../server/src/engine/frames/sourceFrames';
import { buildSource } from '../../server/src/engine/sources';
import { frameIn } from '../helpers/frameReads';

describe('seed 18 survivors: frames', () => {
  const lex = new Lexicon();

  it('a superlative dates the last time only after "since": "its lowest sales in 2001" is no "low since" (event.ts dateEvent)', () => {
    assert.equal(frameIn(lex, 'Kelby sales hit their lowest since 2001.', '2001').event, 'low since');
    assert.equal(frameIn(lex, 'Kelby had its lowest sales in 2001.', '2001').event, undefined);
    assert.equal(frameIn(lex, 'The lowest rate was in 2001.', '2001').event, undefined);
  });

  it('"and" right before a figure opens no owner\'s name: "Leeds and 800,000 workers" is no list by owner (frame.ts ownerBefore)', () => {
    assert.deepEqual(frameIn(lex, "Unison's 800,000 workers, and Amicus' 20,000.", '20,000').metric, ['staff']);
    // (a comma alone between the items: after "and", a level with no metric of its own shares the first's anyway — frame.ts gapped)
    assert.deepEqual(frameIn(lex, "The plan covers Leeds and 800,000 workers, Amicus' 20,000.", '20,000').metric, []);
  });

  it('a gapped conjunct\'s own name is its whole subject: "Kelby\'s sales rose 11% and Minto\'s 10%" (frame.ts gapped)', () => {
    const fr = frameIn(lex, "Kelby's sales rose 11% and Minto's 10%.", '10%');
    assert.equal(fr.role, 'change');
    assert.deepEqual(fr.subject, ['minto']);
  });

  it('the trade partner after a figure is read no further than the next figure (frame.ts partnerAfter)', () => {
    const s = 'Kelby exports were $5bn and $3bn came from trade with Japan.';
    assert.deepEqual(frameIn(lex, s, '$3bn').partner, ['japan']);
    assert.equal(frameIn(lex, s, '$5bn').partner, undefined);
  });

  it('a word after the figure that can name no thing ends what it counts: "sold 300 quickly" (metric.ts phraseAfter)', () => {
    const fr = frameIn(lex, 'The shop sold 300 quickly.', '300');
    assert.equal(fr.metric.includes('quickly'), false, fr.metric.join(' '));
    assert.equal(fr.counted, 0);
  });

  it('a share whose answer is cut off after its verb, no full stop, is read without failing (metric.ts answeredObject)', () => {
    for (const s of ['Only 34% said they', 'Only 34% said']) assert.deepEqual(frameIn(lex, s, '34%').metric, [], s);
  });

  const answers: [string, string[]][] = [
    // (an adverb after the modal: the object after the bare verb's determiner)
    ['Some 40% said they would really buy a camera.', ['camera']],
    ['Some 40% said they wouldn\'t buy a camera.', ['camera', 'not']],
    // (no modal, no adverb: the answer is a clause of its own, no verb's object)
    ['Some 40% said all the vans were old.', []],
    ['Some 40% said only the vans mattered.', []],
  ];
  for (const [s, metric] of answers)
    it(`what a poll's answer took: ${s} (metric.ts answeredObject)`, () => {
      assert.deepEqual(frameIn(lex, s, '40%').metric, metric);
    });

  it('a figure between a saying verb and "that" keeps what it counts for the share after "that" (metric.ts saidBefore)', () => {
    assert.deepEqual(frameIn(lex, 'Kelby told its 300 drivers that 5% would go.', '5%').metric, ['driver']);
  });

  it('a year naming an event after "in the" dates that event, not the sentence\'s other figures (period.ts isEventYear)', () => {
    assert.deepEqual(frameIn(lex, 'Kelby sold 300 vans in the 2004 Minto Show.', '300').period, {});
  });

  it('a capitalised plan word opening the sentence still makes a plan; only "May" is the month (period.ts modeOf)', () => {
    assert.equal(frameIn(lex, 'Expected sales are 300 vans.', '300').period.mode, 'plan');
    assert.equal(frameIn(lex, 'Planned output is 300 vans.', '300').period.mode, 'plan');
  });

  it('"set" makes a plan only before "to": "set a record of 300 vans" is none (period.ts modeOf)', () => {
    assert.equal(frameIn(lex, 'Kelby set a record of 300 vans.', '300').period.mode, undefined);
  });

  it('a relative clause makes the count past only right after it, before a comma or another figure (period.ts modeOf)', () => {
    assert.equal(frameIn(lex, 'Kelby has the 300 vans which were bought cheaply.', '300').period.mode, 'past');
    assert.equal(frameIn(lex, 'Kelby has 300 vans, which were bought cheaply.', '300').period.mode, undefined);
    assert.equal(frameIn(lex, 'Kelby has 300 vans and 20 trucks that were old.', '300').period.mode, undefined);
  });

  it('"until" ends a span only with a date after "from": "from until 2004" keeps "until" (period.ts spanFrom)', () => {
    assert.equal(frameIn(lex, 'Kelby froze prices from 2001 until 2004.', '2004').prep, 'to');
    assert.equal(frameIn(lex, 'Kelby froze prices from until 2004.', '2004').prep, 'until');
  });

  it('a text ending in "whole", no full stop, is read without failing (period.ts periodWord)', () => {
    assert.deepEqual(frameIn(lex, 'Kelby sold 300 vans on the whole', '300').period, {});
  });

  it('"down" before the figure is no change noun: "Turnout was down at 40%" is a level (role.ts changeNounBefore)', () => {
    assert.equal(frameIn(lex, 'Turnout was down at 40%.', '40%').role, 'level');
    assert.equal(frameIn(lex, 'Sales were down 5%.', '5%').role, 'change');
  });
});

describe('seed 18 survivors: the wrong-source bound meets related metrics (lexicon.ts relatedTo, check/othersBound.ts)', () => {
  it('is not below alignmentBound for a note\'s "revenue" against a source\'s "earned"', () => {
    const texts = ['Its revenue was $5m in 2004.', 'It earned $7m in 2004.'];
    const corpus = new Corpus(texts.map((t, i) => buildSource(i, `/ws/sources/${i}.txt`, `Report\n\n${t}\n`)));
    const frames = new SourceFrames(corpus);
    const traces = new ConceptTraces(frames.lex, new LemmaForms());
    const [note, cand] = corpus.sources.map((src) => {
      const p = src.passages.find((x) => x.figures.length > 0)!;
      const f = p.figures[0];
      return { side: frames.side(p, f)!, figure: f, words: TextWords.of(src.text.slice(p.start, p.end), traces) };
    });
    assert.deepEqual([note.side.frame.metric, cand.side.frame.metric], [['revenue'], ['earn']]);
    const idf = () => 1;
    const b = alignmentBound(note.side, cand.side, idf, frames.lex);
    assert.ok(b && b.metric > 0.5, `related metrics meet: ${b?.metric}`);
    const w = new OthersBound({ figure: note.figure, frame: note.side.frame, tolerance: 0.02, idf, lex: frames.lex, named: true, precise: true, namesAnother }).bound(cand.words);
    assert.ok(w.metric >= b.metric && w.score >= b.score, `bound ${JSON.stringify(w)} below ${b.metric}, ${b.score}`);
  });
});
