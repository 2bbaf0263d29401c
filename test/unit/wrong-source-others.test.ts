// The wrong-source search frames only the candidates that could change decideOthers' decision,
// judged from their passage's words before any frame (check/othersBound.ts): the words a source
// frame reads are its passage's tokens' (and the few concepts a metric adds); the bound from them
// is never below alignmentBound's metric, context and score; a candidate it rules out is neither
// among those that could name a source, nor a contradiction, nor a speaker for the note's subject,
// nor an agreeing candidate reaching a bar its bound stays under — over pairs of BBC frames (or the
// project's example sources). And in a check: a candidate that could change the decision (it speaks
// for the note's subject, so the support that would name a source says nothing) is framed and does
// change it, while candidates of the same value in other words are never framed.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { alignmentBound } from '../../server/src/engine/check/alignment';
import { checkNote } from '../../server/src/engine/check';
import { ConceptTraces, OthersBound, SYNTHETIC_METRICS, TextWords, wordsOf } from '../../server/src/engine/check/othersBound';
import { LemmaForms } from '../../server/src/engine/check/nameReach';
import { contradicts, judgedRelation, speaksForSubject, type RuleOptions } from '../../server/src/engine/check/rules';
import { namesAnother } from '../../server/src/engine/check/verdict';
import { Corpus } from '../../server/src/engine/corpus';
import { comparable, figuresAgree } from '../../server/src/engine/figures';
import { SourceFrames, type FrameSide } from '../../server/src/engine/frames/sourceFrames';
import { buildSource } from '../../server/src/engine/sources';
import type { Figure, Passage } from '../../server/src/engine/types';
import { resultOf } from './check-helpers';

const BBC = path.resolve(__dirname, '../../../shared/corpora/bbc-news');
const EXAMPLES = path.resolve(__dirname, '../../examples/sources');

interface Side {
  side: FrameSide;
  figure: Figure;
  /** Its passage's tokens' concepts and lemmas. */
  tokens: Set<string>;
  /** Its passage's words as their traces in its text show them (what the search reads). */
  words: TextWords;
}

/** Sides of the figures of the first passages of some BBC articles (or of the example sources), each with its passage's words. */
/** The BBC corpus, when it is here (not in Stryker's sandbox, two folders deeper): the example sources give fewer pairs. */
const HAVE_BBC = fs.existsSync(BBC);

function sides(): { frames: SourceFrames; all: Side[] } {
  const dir = HAVE_BBC ? BBC : EXAMPLES;
  const texts = fs.readdirSync(dir).sort().filter((f) => /\.(txt|md)$/.test(f)).slice(0, 60).map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
  const corpus = new Corpus(texts.map((t, i) => buildSource(i, `/ws/sources/${i}.txt`, t)));
  const frames = new SourceFrames(corpus);
  const traces = new ConceptTraces(frames.lex, new LemmaForms());
  const all: Side[] = [];
  for (const src of corpus.sources)
    for (const p of src.passages.slice(0, 12))
      for (const f of p.figures.slice(0, 4)) {
        const side = frames.side(p, f);
        if (side) all.push({ side, figure: f, tokens: wordsOf(frames.passageTokens(p), p.figures, frames.lex), words: TextWords.of(src.text.slice(p.start, p.end), traces) });
      }
  return { frames, all };
}

describe('the words a source frame reads, and the bound on them (othersBound.ts)', () => {
  const { frames, all } = sides();
  const idf = (c: string) => 1 + (c.length % 3);
  const o: RuleOptions = { tolerance: 0.02, exactAgree: (a, b) => figuresAgree(a, b, 0.02), comparable, idf, lex: frames.lex };

  it('are its passage’s: every metric, context, subject and anchor word, and no context weight above 1', () => {
    let read = 0;
    for (const { side, tokens, words } of all) {
      const s = side.frame;
      for (const w of [...s.metric, ...s.context.keys(), ...s.subject, ...(s.anchor?.words ?? [])]) {
        read++;
        assert.ok(tokens.has(w), `"${w}" read by a frame is no word of its passage (${[...tokens].slice(0, 12).join(' ')}…)`);
        assert.ok(words.has(w), `"${w}" read by a frame leaves no trace in its passage's text`);
      }
      for (const w of s.context.values()) assert.ok(w <= 1, `context weight ${w}`);
    }
    assert.ok(read > (HAVE_BBC ? 500 : 50), `words read: ${read}`);
    for (const w of SYNTHETIC_METRICS) assert.ok(all[0].tokens.has(w) && all[0].words.has(w));
  });

  it('leaves a trace of every token’s concept in its text, and none of a concept the text lacks', () => {
    const traces = new ConceptTraces(frames.lex, new LemmaForms());
    const corpus = new Corpus([buildSource(0, '/ws/sources/a.txt', 'Farm report\n\nThe mice ate 350,000 tonnes of grain as Scottish farmers took their own lives.\n')]);
    const src = corpus.sources[0];
    const p = src.passages.find((x) => x.figures.length > 0)!;
    const words = TextWords.of(src.text.slice(p.start, p.end), traces);
    const sf = new SourceFrames(corpus);
    for (const t of sf.passageTokens(p)) if (t.kind === 'word' || t.kind === 'name') assert.ok(words.has(t.concept), `no trace of ${t.concept} (${t.low})`);
    assert.ok(words.has('mouse') && words.has('scotland'), 'an exception of WordNet’s, a nationality’s country');
    assert.equal(words.has('harbour'), false);
    assert.equal(words.has('wales'), false);
  });

  it('is never below alignmentBound, and what it rules out changes nothing of decideOthers’ reading', () => {
    let pairs = 0;
    let ruledOut = 0;
    let reachedOut = 0;
    const [di, dj] = all.length > 100 ? [5, 3] : [1, 1];
    for (let i = 0; i < all.length; i += di) {
      const note = all[i];
      for (const named of [true, false])
        for (const precise of [true, false]) {
          const bounds = new OthersBound({ figure: note.figure, frame: note.side.frame, tolerance: o.tolerance, idf, lex: frames.lex, named, precise, namesAnother });
          for (let j = 0; j < all.length; j += dj) {
            const c = all[j];
            if (!comparable(note.figure, c.figure)) continue;
            const b = alignmentBound(note.side, c.side, idf, frames.lex);
            if (!b) continue;
            pairs++;
            const w = bounds.bound(c.words);
            assert.ok(w.metric >= b.metric && w.context >= b.context && w.score >= b.score, `bound ${JSON.stringify(w)} below ${JSON.stringify({ metric: b.metric, context: b.context, score: b.score })} (${i}, ${j})`);
            const relation = judgedRelation({ figure: note.figure, side: note.side }, c, b, o);
            const subject = note.side.frame.subject;
            if (!bounds.mayDecide(c.figure, c.words, w, () => true)) {
              ruledOut++;
              assert.equal(namesAnother(b, named, precise), false, `could name a source (${i}, ${j})`);
              assert.ok(!(subject.length > 0 && speaksForSubject(subject, c, b)), `speaks for the subject (${i}, ${j})`);
              const judged = { ...c, ref: null, relation: relation!, alignment: b, noteSubject: subject, noteNames: note.side.frame.names };
              assert.ok(!(relation === 'disagree' && contradicts(note.figure, judged, o)), `contradicts (${i}, ${j})`);
            }
            for (const bar of [0.5, 0.7, 0.9])
              if (!bounds.mayReach(c.figure, bar, w)) {
                reachedOut++;
                assert.ok(!(relation === 'agree' && b.score >= bar), `agrees at ${b.score} ≥ ${bar} (${i}, ${j})`);
              }
          }
        }
    }
    const least = HAVE_BBC ? 50 : 5;
    assert.ok(pairs > 200 && ruledOut > least && reachedOut > least, `pairs ${pairs}, ruled out ${ruledOut}, below a bar ${reachedOut}`);
  });
});

describe('the wrong-source search frames the other candidates that could change its decision, and no others', () => {
  // pay.txt states the note's figure with every name of its sentence within reach, its own clause
  // about Leeds: it could name its source. own.txt states it of the note's subject, Mr Hale, in
  // fewer of the note's words and without the Leeds Post (no trace of every name, so it cannot be
  // named itself): it speaks for the subject, so pay.txt's support, about someone else, says
  // nothing, and no source is named. The noise states the value in other words: never framed.
  const NOTE = 'In 2001 Mr Hale was paid a performance bonus of £38,217 for record autumn enrolment, the Leeds Post reported [@college].\n';
  const FILES: Record<string, string> = {
    'college.txt': 'College review\n\nThe online college closed last year after enrolling only 700 students.\n',
    'pay.txt': 'Pay row\n\nMr Hale joined the board in May.\n\nIn Leeds, a performance bonus of £38,217 was paid for record autumn enrolment in 2001, the Leeds Post reported.\n',
    'own.txt': 'Staff news\n\nMr Hale had a bonus of £38,217 at the time.\n',
  };
  for (let k = 0; k < 4; k++) FILES[`noise${k}.txt`] = `Harbour works ${k}\n\nThe quay was rebuilt by the council.\n\nThe repairs to the quay cost £38,217 in all.\n`;

  function framedOf(files: Record<string, string>) {
    const proto = SourceFrames.prototype as unknown as Record<string, (...a: unknown[]) => unknown>;
    const saved = proto.framesOf;
    const sources = new Set<number>();
    proto.framesOf = function (this: SourceFrames, ...a: unknown[]) {
      sources.add((a[0] as Passage).source);
      return saved.apply(this, a);
    };
    try {
      const corpus = new Corpus(Object.entries(files).map(([p, text], i) => buildSource(i, `/ws/sources/${p}`, text)));
      return { r: resultOf(checkNote(NOTE, corpus), '£38,217'), keys: [...sources].map((i) => corpus.sources[i].key).sort() };
    } finally {
      proto.framesOf = saved;
    }
  }

  it('the speaker for the subject is framed, and no source is named', () => {
    const { r, keys } = framedOf(FILES);
    assert.equal(r.wrongSource, undefined);
    assert.equal(r.verdict, 'unverified');
    assert.ok(keys.includes('own') && keys.includes('pay'), `framed: ${keys.join(' ')}`);
    assert.deepEqual(keys.filter((k) => k.startsWith('noise')), []);
  });

  it('without it, pay.txt is named — so the speaker changed the decision', () => {
    const rest = { ...FILES };
    delete rest['own.txt'];
    const { r, keys } = framedOf(rest);
    assert.equal(r.wrongSource?.source.key, 'pay');
    assert.deepEqual(keys.filter((k) => k.startsWith('noise')), []);
  });
});
