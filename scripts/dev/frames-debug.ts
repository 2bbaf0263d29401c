// Development aid: the claim frames of a note's figures beside those of the cited sources'
// figures, with each alignment and the verdict rules' reading of it ("blocked" says why a source
// figure cannot be compared). Not part of the product.
// Run: npx tsx scripts/dev/frames-debug.ts SOURCES_DIR NOTE.md [LINE...]
import { devRun } from './devRun';
import { align } from '../../server/src/engine/check/alignment';
import { contradicts, digitTwins, isWeak, judge, plausible, supports, FrameCandidate, Judged, RuleOptions } from '../../server/src/engine/check/rules';
import { VERDICT_POLICY as V } from '../../server/src/engine/check/policy';
import type { Figure } from '../../server/src/engine/types';
import { describeFrame } from '../../server/src/engine/frames/frame';
import { comparable, figuresAgree } from '../../server/src/engine/figures';
import type { Passage, Source } from '../../server/src/engine/types';

const { corpus, note, run, lines } = devRun(process.argv.slice(2));
const frames = run.index.frames;
const opts: RuleOptions = { tolerance: 0.1, exactAgree: (a, b) => figuresAgree(a, b, 0.1), comparable, idf: (c) => run.index.termWeight(c), lex: frames.lex };
/** The first condition of `contradicts` (rules.ts) a disagreeing candidate fails: a reading aid, kept in step by hand. */
function whyNot(f: Figure, j: Judged<unknown>): string {
  const a = j.alignment;
  if (f.vague || j.figure.vague) return 'vague';
  const twins = digitTwins(f, j.figure) ? 'twins; ' : '';
  if (a.metric < V.metricMeets && !(f.kind === "score" && j.figure.kind === "score") && !(a.metric >= V.looseMetric && (a.context >= V.paraphraseContext || (a.context >= V.paraphraseFieldContext && a.structure >= 1)))) return twins + `metric ${a.metric.toFixed(2)}<${V.metricMeets}`;
  if (a.namesMissing > 0) return twins + `names missing ${a.namesMissing}`;
  if (!a.subjectBefore) return twins + 'subject not named before';
  if (a.rateMismatch) return twins + 'rate mismatch';
  if (a.score < V.contradictScore) return twins + `score ${a.score.toFixed(2)}<${V.contradictScore}`;
  if (isWeak(f) && a.score < V.weakContradictScore) return twins + 'weak figure';
  if (!plausible(f, j.figure)) return twins + 'implausible';
  return twins + 'veto or special bar';
}
const clip = (p: Passage, a: number, b: number) => corpus.sources[p.source].text.slice(Math.max(p.start, a - 70), Math.min(p.end, b + 40)).replace(/\s+/g, ' ');
for (let si = 0; si < note.sentences.length; si++) {
  const s = note.sentences[si];
  const line = note.text.slice(0, s.start).split('\n').length;
  if (lines.size && !lines.has(line)) continue;
  const figs = run.figuresOf(si);
  if (!figs.length) continue;
  console.log(`\nL${line}: ${note.text.slice(s.start, s.end)}`);
  const cites = s.citations.length ? s.citations : note.blocks[s.block].citations;
  // (CITE=key1,key2 reads those sources instead of the cited ones: why another source's figure did not count)
  const keys = process.env.CITE ? process.env.CITE.split(',').map((key) => ({ key })) : cites;
  const cited = keys.map((c) => corpus.resolveKey(c.key)).filter((r) => r.kind === 'found').map((r) => (r as { source: Source }).source);
  for (const f of figs) {
    const side = run.noteSide(f);
    const fr = side.frame;
    console.log(`  NOTE ${describeFrame(fr, f.text)}  metric=[${fr.metric}] names=[${fr.names}] ctx=${[...fr.context].filter(([, w]) => w > 0.2).map(([c, w]) => c + ':' + w.toFixed(2)).join(' ')}`);
    const cands: FrameCandidate<Passage>[] = [];
    for (const src of cited) for (const p of src.passages) for (const g of p.figures) if (comparable(f, g)) cands.push({ figure: g, side: frames.side(p, g)!, ref: p });
    const judged = judge({ figure: f, side }, cands, opts);
    for (const j of judged) {
      const a = j.alignment;
      const tag = supports(f, j, opts) ? 'SUPPORT' : contradicts(f, j, opts) ? 'CONTRA' : '';
      if (!tag && j.relation === 'disagree') console.log(`        (not contra: ${whyNot(f, j)})`);
      console.log(`     ${tag.padEnd(7)} ${j.relation.padEnd(10)} s=${a.score.toFixed(2)} m=${a.metric.toFixed(2)} subj=${a.subject.toFixed(2)} ctx=${a.context.toFixed(2)}  ${describeFrame(j.side.frame, j.figure.text)} [${j.side.frame.metric}]  «${clip(j.ref, j.figure.start, j.figure.end)}»`);
      if (process.env.FULL) console.log(`        ${JSON.stringify({ ...a, score: undefined })} names=[${j.side.frame.names}] ctx=${[...j.side.frame.context].filter(([, w]) => w > 0.2).map(([c, w]) => c + ':' + w.toFixed(2)).join(' ')}`);
    }
    for (const c of cands) {
      if (judged.some((j) => j.figure === c.figure)) continue;
      console.log(`     blocked    ${describeFrame(c.side.frame, c.figure.text)}  (${align(side, c.side, opts.idf, opts.lex).blocked ?? 'subject precedence'})`);
      // (FULL=1: the two periods and what each inherits, behind a "period" block)
      if (process.env.FULL) console.log(`        note ${JSON.stringify(fr.period)} inherits ${JSON.stringify(side.inheritedPeriod)}; source ${JSON.stringify(c.side.frame.period)} inherits ${JSON.stringify(c.side.inheritedPeriod)}`);
    }
  }
}
