// The checker at edges seed 8 of the mutation sample found untested (scripts/mutate-sample.mjs
// --seed 8, README "Tests"): how a sentence is cut into one stretch per value (check/stretches.ts:
// "England and Wales" as one place, brackets, attributions no value owns, the phrases a stretch
// names), and, end to end through made-up notes and sources, the fixes of an ambiguous key and
// which of a source's names a misspelt key is told to use, and a source named by its title only when
// the title tells more than the key it is cited by.
// Each case fails with its seed-8 mutant applied.
import * as assert from 'node:assert/strict';
import { SLOT_POLICY } from '../../server/src/engine/check/policy';
import { attributions, pairsOf, sameCount, slotsOf } from '../../server/src/engine/check/stretches';
import { extractFigures } from '../../server/src/engine/figures';
import { Lexicon } from '../../server/src/engine/frames/lexicon';
import { frameTokens } from '../../server/src/engine/frames/tokens';
import type { NoteFigure } from '../../server/src/engine/notes';
import { checkAgainst } from './check-helpers';

function sentence(lex: Lexicon, s: string) {
  const figures = extractFigures(s);
  const tokens = frameTokens(s, 0, s.length, figures, lex, (low) => lex.knows(low) && lex.ordinaryOpener(low));
  return { figures, tokens };
}

/** The stretches of the values of `s` comparable with its first figure, as the words each one spans. */
function stretches(lex: Lexicon, s: string, mine = 0): string[] | undefined {
  const { figures, tokens } = sentence(lex, s);
  const r = slotsOf(tokens, figures, figures[0] as NoteFigure, figures[mine]);
  return r?.slots.map((x) => tokens.slice(x.from, x.to).map((t) => (t.kind === 'fig' ? figures[t.fig!].text : t.low)).join(' '));
}

/** The words of `s` attributions own ("…, Acme said,"). */
function attributed(lex: Lexicon, s: string): string {
  const { tokens } = sentence(lex, s);
  const own = attributions(tokens);
  return tokens.filter((_, i) => own.has(i)).map((t) => t.low).join(' ');
}

describe('seed 8 survivors: the checker', () => {
  let lex: Lexicon;
  beforeEach(() => {
    lex = new Lexicon();
  });

  it('a stretch opens at the first "and" that does not join two names, so "England and Wales" stays one place', () => {
    assert.deepEqual(stretches(lex, 'Sales rose 5% in England and Wales and 7% in Scotland.'), ['sales rose 5% in england and wales', 'and 7% in scotland .']);
    assert.deepEqual(stretches(lex, 'Sales rose 5% in York and 7% in Leeds.'), ['sales rose 5% in york', 'and 7% in leeds .']);
  });

  it('a value inside brackets is none of the stretches, and a closing bracket ends the aside: the value after it is one', () => {
    assert.deepEqual(stretches(lex, 'Sales rose 5% (4.8% in 2019) and 7% in 2020.'), ['sales rose 5% ( 4.8% in 2019 )', 'and 7% in 2020 .']);
    assert.deepEqual(stretches(lex, 'Sales rose 5% (in 2019) and 7% in 2020.', 1), undefined, 'the year is no value of the percentage kind');
    assert.deepEqual(stretches(lex, 'Sales rose 5% [in 2019] and 7% [in 2020] and 9% in 2021.'), ['sales rose 5% [ in 2019 ]', 'and 7% [ in 2020 ]', 'and 9% in 2021 .']);
  });

  it(`an attribution owns up to ${SLOT_POLICY.attributionNames} names and function words before "said", then a comma or a stop`, () => {
    assert.equal(SLOT_POLICY.attributionNames, 4);
    assert.equal(attributed(lex, 'Rents rose 5%, the Acme Coal Board said, and fares 7%.'), 'the acme coal board said');
    assert.equal(attributed(lex, 'Rents rose 5%, Acme Coal Board said.'), 'acme coal board said');
    assert.equal(attributed(lex, 'Rents rose 5%, the Big Acme Coal Board said, and fares 7%.'), '', 'five words before "said": no attribution');
    assert.equal(attributed(lex, 'Rents rose 5%, Acme Coal Board said: fares rose 7%.'), '', 'a colon after "said" opens what was said');
    assert.equal(attributed(lex, 'Rents rose 5%, Acme said; fares rose 7%.'), '');
    assert.equal(attributed(lex, 'Rents rose 5%, according to the Acme Coal Board Trust.'), 'according to the acme coal board', 'four words after "according to"');
  });

  it('the phrases a stretch names are pairs of nouns and modifiers by concept ("sales" is revenue)', () => {
    const { tokens } = sentence(lex, 'Sales figures rose 5% while heavy rain flooded big houses.');
    assert.deepEqual([...pairsOf(lex, tokens, 0, tokens.length, new Set(), false)], ['revenue figure', 'heavy rain', 'rain big', 'big house']);
  });

  it('two counted nouns are the same count only when equal; an unknown one matches any', () => {
    assert.equal(sameCount('ship', 'car'), false);
    assert.equal(sameCount('ship', 'ship'), true);
    assert.equal(sameCount(undefined, 'ship'), true);
    assert.equal(sameCount('ship', undefined), true);
  });

  it("an ambiguous key's fixes each replace the key with one source's short key", () => {
    const files = {
      'p1.md': '---\ntitle: Port one\naliases: [harbour]\n---\n\nThe port handled 100 ships.\n',
      'p2.md': '---\ntitle: Port two\naliases: [harbour]\n---\n\nThe port handled 200 ships.\n',
    };
    const note = 'The port handled 300 ships [@harbour].\n';
    const d = checkAgainst(files, note).diagnostics.find((x) => x.code === 'ambiguous-source');
    assert.ok(d);
    assert.deepEqual(
      d.fixes.map((f) => [f.title, f.edits.map((e) => `${note.slice(e.start, e.end)}→${e.newText}`)]),
      [
        ['Cite p1 (Port one)', ['harbour→p1']],
        ['Cite p2 (Port two)', ['harbour→p2']],
      ],
    );
  });

  it('a misspelt key is told the closest of the names of a source, not the first one within reach', () => {
    const r = checkAgainst(
      { 'flows.md': '---\ntitle: Flows\nid: rivers-2020\naliases: [rivers-2021]\n---\n\nThe river rose 5% in 2020.\n', 'other.md': 'Other\n\nNothing here.\n' },
      'The river rose 5% in 2020 [@rivers-2021x].\n',
    );
    const d = r.diagnostics.find((x) => x.code === 'unknown-source');
    assert.ok(d);
    assert.match(d.message, /Did you mean @rivers-2021\?$/);
    assert.deepEqual(d.fixes.map((f) => f.edits.map((e) => e.newText)), [['rivers-2021']]);
  });

  it('a suggested key is followed by the source\'s title only when the title tells more than the key', () => {
    const note = 'The river rose 5% in 2020 [@rivers-2021x].\n';
    const told = (title: string) => {
      const files = { 'flows.md': `---\ntitle: ${title}\nid: rivers-2021\n---\n\nThe river rose 5% in 2020.\n`, 'other.md': 'Other\n\nNothing here.\n' };
      const d = checkAgainst(files, note).diagnostics.find((x) => x.code === 'unknown-source');
      return [d?.message.replace(/^.*Did you mean /, ''), d?.fixes.map((f) => f.title)];
    };
    assert.deepEqual(told('rivers-2021'), ['@rivers-2021?', ['Change to @rivers-2021']]);
    assert.deepEqual(told('flows'), ['@rivers-2021?', ['Change to @rivers-2021']]);
    assert.deepEqual(told('River flows'), ['@rivers-2021 ("River flows")?', ['Change to @rivers-2021 (River flows)']]);
  });
});
