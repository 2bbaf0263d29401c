// The wrong-source search reads no source's context when no candidate's own frame allows another
// source to be named (check/alignment.ts alignmentBound, check/verdict.ts wrongSource): the bound
// is never below what `align` gives the same pair — every field it takes from the frames equal,
// its score at least `align`'s, and a support strong enough to name another source (namesAnother)
// under `align` strong enough under the bound — over pairs of frames of the BBC corpus and frames
// built by hand; and a check whose other sources' figures are all ruled out by their frames reads
// none of those sources' sentences before, leads or titles, while one that names another source
// still does and names it; and among many candidates of the same value, only those that could name
// a source are decided on when the others could neither contradict nor speak for the subject.
import * as assert from 'node:assert/strict';
import { sourcesFramed } from '../helpers/spyFrames';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { align, alignmentBound } from '../../server/src/engine/check/alignment';
import { checkNote } from '../../server/src/engine/check';
import { namesAnother } from '../../server/src/engine/check/verdict';
import { Corpus } from '../../server/src/engine/corpus';
import type { ClaimFrame } from '../../server/src/engine/frames/frame';
import { Lexicon } from '../../server/src/engine/frames/lexicon';
import { SourceFrames, type FrameSide } from '../../server/src/engine/frames/sourceFrames';
import { buildSource } from '../../server/src/engine/sources';
import { checkAgainst, resultOf } from './check-helpers';

const BBC = path.resolve(__dirname, '../../../shared/corpora/bbc-news');

/** The project's own example sources (written for it): what the test reads where the BBC corpus is not (Stryker's sandbox). */
const EXAMPLES = path.resolve(__dirname, '../../examples/sources');

/** Sides of every figure of the first passages with figures of some BBC articles (or of the project's example sources). */
function sides(): { frames: SourceFrames; sides: FrameSide[] } {
  const dir = fs.existsSync(BBC) ? BBC : EXAMPLES;
  const texts = fs.readdirSync(dir).sort().filter((f) => /\.(txt|md)$/.test(f)).slice(0, 60).map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
  const corpus = new Corpus(texts.map((t, i) => buildSource(i, `/ws/sources/${i}.txt`, t)));
  const frames = new SourceFrames(corpus);
  const out: FrameSide[] = [];
  for (const src of corpus.sources)
    for (const p of src.passages.slice(0, 12)) for (const f of p.figures.slice(0, 4)) {
      const s = frames.side(p, f);
      if (s) out.push(s);
    }
  return { frames, sides: out };
}

function frame(over: Partial<ClaimFrame> = {}): ClaimFrame {
  return { role: 'level', metric: [], counted: 0, subject: [], names: [], namesBefore: 0, context: new Map(), period: {}, ...over };
}

describe('the wrong-source search: a bound from the frames alone (alignmentBound)', () => {
  it('is never below align on pairs of BBC frames: the same frame fields, a score at least as high, every strong support kept', () => {
    const { frames, sides: all } = sides();
    const idf = (c: string) => 1 + (c.length % 3);
    let compared = 0;
    let unblocked = 0;
    let strong = 0;
    // (a sample of the BBC pairs; every pair of the few example sources)
    const [di, dj] = all.length > 100 ? [3, 7] : [1, 1];
    for (let i = 0; i < all.length; i += di) {
      for (let j = 1; j < all.length; j += dj) {
        const a = align(all[i], all[j], idf, frames.lex);
        const b = alignmentBound(all[i], all[j], idf, frames.lex);
        compared++;
        if (a.blocked) continue;
        unblocked++;
        assert.ok(b, `no bound for an alignment not blocked (${i}, ${j})`);
        assert.equal(b.metric, a.metric);
        assert.equal(b.context, a.context);
        assert.equal(b.structure, a.structure);
        assert.ok(b.score >= a.score, `bound ${b.score} below ${a.score}`);
        for (const named of [true, false])
          for (const precise of [true, false])
            if (namesAnother(a, named, precise)) {
              strong++;
              assert.ok(namesAnother(b, named, precise), 'a support strong enough under align is under the bound');
            }
      }
    }
    assert.ok(unblocked > 20 && compared > unblocked, `pairs: ${compared}, not blocked: ${unblocked}`);
    assert.ok(strong > 0, 'some pair strong enough to name another source');
  });

  it('takes every name of the note as within reach, and rules out on the frames alone what align rules out on them', () => {
    const lex = new Lexicon();
    const note: FrameSide = { frame: frame({ metric: ['bonus'], subject: ['smith'], names: ['smith'], context: new Map([['bonus', 1]]) }), referable: new Set(['smith']), inheritedPeriod: {} };
    const src: FrameSide = { frame: frame({ metric: ['bonus'], context: new Map([['bonus', 1]]) }), referable: new Set(['jones']), referableWide: new Set(['jones']), inheritedPeriod: {} };
    const a = align(note, src, () => 1, lex);
    const b = alignmentBound(note, src, () => 1, lex)!;
    assert.equal(a.namesMissingWide, 1);
    assert.equal(b.namesMissingWide, 0);
    assert.equal(b.subject, 1);
    assert.ok(b.score > a.score);
    assert.equal(namesAnother(a, true, true), false);
    assert.equal(namesAnother(b, true, true), true);
    // another role, another year: ruled out without the context
    assert.equal(alignmentBound(note, { ...src, frame: frame({ ...src.frame, role: 'change' }) }, () => 1, lex), undefined);
    assert.equal(alignmentBound({ ...note, frame: frame({ ...note.frame, period: { year: 2004 } }) }, { ...src, frame: frame({ ...src.frame, period: { year: 2001 } }) }, () => 1, lex), undefined);
    // a sentence that names nobody: the subject is align's own
    const unnamed: FrameSide = { ...note, frame: frame({ metric: ['bonus'], context: new Map([['bonus', 1]]) }) };
    assert.equal(alignmentBound(unnamed, src, () => 1, lex)!.score, align(unnamed, src, () => 1, lex).score);
  });
});

describe('the wrong-source search reads no context its candidates’ frames rule out', () => {
  const FILES = {
    'college.txt': 'College review\n\nThe online college closed last year after enrolling only 700 students.\n',
    'pay.txt': 'Pay row\n\nMr Hale joined the board in May.\n\nIn 2001 Mr Hale was paid a bonus of £38,217 by the online college.\n',
  };

  /** The check of `note` with the sources of pay.txt whose context (sentences before, lead, title) was read. */
  function contextRead(note: string) {
    const proto = SourceFrames.prototype as unknown as Record<string, (...a: unknown[]) => unknown>;
    const names = ['referableOf', 'leadNames', 'priorNames', 'paragraphNames', 'inheritedPeriod'];
    const saved = names.map((n) => proto[n]);
    const read: string[] = [];
    names.forEach((n, k) =>
      (proto[n] = function (this: SourceFrames, ...a: unknown[]) {
        const p = a[0] as { source?: number } | number;
        if ((typeof p === 'number' ? p : p.source) === 1) read.push(n);
        return saved[k].apply(this, a);
      }),
    );
    try {
      return { r: checkAgainst(FILES, note), read };
    } finally {
      names.forEach((n, k) => (proto[n] = saved[k]));
    }
  }

  it('a year the other source’s frame contradicts: no wrong source, and none of its context read', () => {
    const { r, read } = contextRead('In 2004 Mr Hale was paid a bonus of £38,217 by the online college [@college].\n');
    assert.equal(resultOf(r, '£38,217').wrongSource, undefined);
    assert.deepEqual(read, []);
  });

  it('the same year: the other source is named, its context read', () => {
    const { r, read } = contextRead('In 2001 Mr Hale was paid a bonus of £38,217 by the online college [@college].\n');
    assert.equal(resultOf(r, '£38,217').wrongSource?.source.key, 'pay');
    assert.ok(read.length > 0);
  });
});

describe('the wrong-source search decides among the candidates that could name a source, when the others change nothing', () => {
  // pay.txt states the note's figure of the note's person; every other source states the same
  // value of something else (another metric, no name of the note's): none could be named, none
  // could contradict, none speaks for the note's subject, each aligns below pay.txt's support
  const FILES: Record<string, string> = {
    'college.txt': 'College review\n\nThe online college closed last year after enrolling only 700 students.\n',
    'pay.txt': 'Pay row\n\nMr Hale joined the board in May.\n\nIn 2001 Mr Hale was paid a bonus of £38,217 by the online college.\n',
  };
  for (let k = 0; k < 6; k++) FILES[`noise${k}.txt`] = `Harbour works ${k}\n\nThe quay was rebuilt by the council.\n\nThe repairs to the quay cost £38,217 in all.\n`;

  function readOf(note: string) {
    const corpus = new Corpus(Object.entries(FILES).map(([p, text], i) => buildSource(i, `/ws/sources/${p}`, text)));
    // (the words a candidate's names are sought in: its own sentence's and title's, ownReferable, then its context's, referableOf)
    const { value: inner, sources: own } = sourcesFramed('ownReferable', () => sourcesFramed('referableOf', () => checkNote(note, corpus)));
    const sources = new Set([...own, ...inner.sources]);
    return { r: inner.value, keys: [...sources].map((i) => corpus.sources[i].key).sort() };
  }

  it('names the source that states the figure, reading the context of no other candidate', () => {
    const { r, keys } = readOf('In 2001 Mr Hale was paid a bonus of £38,217 by the online college [@college].\n');
    assert.equal(resultOf(r, '£38,217').wrongSource?.source.key, 'pay');
    assert.deepEqual(keys.filter((k) => k.startsWith('noise')), []);
    assert.ok(keys.includes('pay'));
  });
});

describe('the wrong-source search stops when no candidate that could name a source is named by its own judgement', () => {
  // near.txt shows a trace of the note's name ("shale" holds "hale": nameReach.ts) and, on its
  // frame alone, could name its source (alignmentBound takes every name as within reach); judged
  // with its context it misses Mr Hale, so no source is named, whatever the noise sources — none of
  // which shows a trace of the name, none of which can be named — would make of the decision: they
  // are never framed. With Mr Hale in near.txt, it is named (the noise, whose words could neither
  // name a source, contradict, speak for the subject nor reach near.txt's support, still unframed:
  // othersBound.ts; until session 23 it was framed to decide among all).
  const noise: Record<string, string> = {};
  for (let k = 0; k < 6; k++) noise[`noise${k}.txt`] = `Harbour works ${k}\n\nThe quay was rebuilt by the council.\n\nThe repairs to the quay cost £38,217 in all.\n`;
  const NOTE = 'In 2001 Mr Hale was paid a bonus of £38,217 by the online college [@college].\n';

  function framedOf(near: string) {
    const files: Record<string, string> = { 'college.txt': 'College review\n\nThe online college closed last year after enrolling only 700 students.\n', 'near.txt': near, ...noise };
    const proto = SourceFrames.prototype as unknown as Record<string, (...a: unknown[]) => unknown>;
    const saved = proto.framesOf;
    const sources = new Set<number>();
    proto.framesOf = function (this: SourceFrames, ...a: unknown[]) {
      sources.add((a[0] as { source: number }).source);
      return saved.apply(this, a);
    };
    try {
      const corpus = new Corpus(Object.entries(files).map(([p, text], i) => buildSource(i, `/ws/sources/${p}`, text)));
      return { r: checkNote(NOTE, corpus), keys: [...sources].map((i) => corpus.sources[i].key).sort() };
    } finally {
      proto.framesOf = saved;
    }
  }

  it('a trace of the name that is not the name: nothing named, no noise framed', () => {
    const { r, keys } = framedOf('Shale news\n\nIn 2001 the shale firm was paid a bonus of £38,217 by the online college.\n');
    assert.equal(resultOf(r, '£38,217').wrongSource, undefined);
    assert.ok(keys.includes('near'), 'the candidate with a trace is framed');
    assert.deepEqual(keys.filter((k) => k.startsWith('noise')), []);
  });

  it('the name itself: near.txt is named, the noise not framed — its words could change nothing of the decision (othersBound.ts)', () => {
    const { r, keys } = framedOf('Pay row\n\nIn 2001 Mr Hale was paid a bonus of £38,217 by the online college.\n');
    assert.equal(resultOf(r, '£38,217').wrongSource?.source.key, 'near');
    assert.deepEqual(keys.filter((k) => k.startsWith('noise')), []);
  });
});
