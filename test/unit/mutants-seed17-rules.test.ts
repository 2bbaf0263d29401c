// The contradiction gates of rules.ts at two thresholds seed 17 of the mutation sample found
// untested (docs/mutation-testing.md "Session 23"): a paraphrase with one explicit field alike, and
// a value far off said in every same word. As in mutants-rules.test.ts, the judged candidate is built
// by hand with its alignment at each threshold and just below it, read from VERDICT_POLICY.
import * as assert from 'node:assert/strict';
import type { Alignment } from '../../server/src/engine/check/alignment';
import { VERDICT_POLICY as V } from '../../server/src/engine/check/policy';
import { contradicts, Judged, plausible, RuleOptions } from '../../server/src/engine/check/rules';
import type { ClaimFrame } from '../../server/src/engine/frames/frame';
import { Lexicon } from '../../server/src/engine/frames/lexicon';
import { extractFigures } from '../../server/src/engine/figures';
import type { Figure } from '../../server/src/engine/types';

function fig(text: string): Figure {
  const f = extractFigures(`It was ${text} then.`);
  assert.equal(f.length, 1, `one figure in ${JSON.stringify(text)}`);
  return f[0];
}

function judged(source: Figure, alignment: Partial<Alignment>): Judged<null> {
  const frame: ClaimFrame = { role: 'level', metric: [], counted: 0, subject: [], names: [], namesBefore: 0, context: new Map(), period: {} };
  return {
    figure: source,
    side: { frame, referable: new Set(), inheritedPeriod: {} },
    ref: null,
    relation: 'disagree',
    alignment: { metric: 0, subject: 0, structure: 0, structureFields: 0, subjectBefore: true, namesMissing: 0, namesMissingWide: 0, context: 0, score: 0, ...alignment },
    noteSubject: [],
  };
}

const o: RuleOptions = { tolerance: 0.1, exactAgree: (a, b) => a.value === b.value, comparable: () => true, idf: () => 1, lex: new Lexicon() };
const below = (x: number) => x - 1e-9;

describe('seed 17 survivors: contradiction gates at their thresholds (rules.ts contradicts)', () => {
  it('a loosely met metric contradicts from paraphraseFieldContext of the same words with an explicit field alike', () => {
    const loose = { metric: V.looseMetric, score: V.contradictScore, structure: 1 };
    assert.ok(V.looseMetric < V.metricMeets && V.paraphraseFieldContext < V.paraphraseContext);
    const c = (a: Partial<Alignment>) => contradicts(fig('$14 billion'), judged(fig('$20 billion'), a), o);
    assert.equal(c({ ...loose, context: V.paraphraseFieldContext }), true, 'at the threshold');
    assert.equal(c({ ...loose, context: below(V.paraphraseFieldContext) }), false, 'just below');
    assert.equal(c({ ...loose, context: V.paraphraseFieldContext, structure: 0 }), false, 'no field alike');
  });

  it('a value far off contradicts only with every gate of the same words met: a full metric, sameWordsContext, a field alike', () => {
    const [note, far] = [fig('2.4 billion'), fig('78 million')];
    assert.equal(plausible(note, far), false);
    const same = { metric: 1, context: V.sameWordsContext, structure: 1, structureFields: 1, score: 1 };
    const c = (a: Partial<Alignment>) => contradicts(note, judged(far, a), o);
    assert.equal(c(same), true, 'all met, at the threshold');
    assert.equal(c({ ...same, context: below(V.sameWordsContext) }), false, 'the context just below');
    assert.equal(c({ ...same, metric: below(1) }), false, 'the metric short of full');
    assert.equal(c({ ...same, metric: V.metricMeets, context: 0 }), false, 'a metric met but none of the words');
    assert.equal(c({ ...same, structureFields: 0 }), false, 'no field the note states');
  });
});
