// The labelled-table harness of the acceptance tests (test/acceptance/expectations.ts) judges what its rows name:
// a figure by its exact text and span, a quote only when it is detected, a no-diagnostic row by its own text.
// Each case below is a way the older, substring-both-ways harness let a wrong result pass.
import * as assert from 'node:assert/strict';
import { judgeRow, type JsonNote, type Row } from '../acceptance/expectations';
import { wholeAt } from '../e2e/expectations';

const LINE = 'Meta bought 350,000 H100s for Llama 3 70B, "betting on both horses" [@001] [@009].';
const lines = ['# Title', LINE];

/** A span of `text` on line 2 (1-based columns, end exclusive, as `grounded check --format json` writes them). */
function at(text: string, from = 0) {
  const i = LINE.indexOf(text, from);
  assert.ok(i >= 0, `${text} is not in the test line`);
  return { line: 2, column: i + 1, endLine: 2, endColumn: i + 1 + text.length };
}
const fig = (text: string, verdict: string, source = '001') => ({ ...at(text), text, verdict, evidence: [{ source }] });
const diag = (text: string, code: string, severity = 'warning') => ({ ...at(text), code, severity, message: code });
const note = (over: Partial<JsonNote>): JsonNote => ({ path: 'n.md', figures: [], quotes: [], diagnostics: [], ...over });
const row = (text: string, expect: string, where?: string): Row => ({ line: 2, text, expect, ...(where ? { where } : {}) });
const judge = (n: JsonNote, r: Row, prefix = false) => judgeRow(n, r, { lines, prefix });

describe('acceptance harness: a row is about the figure, quote or citation it names', () => {
  it('a figure row matches its exact text only: "3" is not "350,000", and "350,000" is not "3"', () => {
    const n = note({ figures: [fig('350,000', 'supported')] });
    assert.equal(judge(n, row('350,000', 'supported')), null);
    assert.match(judge(n, row('3', 'supported')) ?? '', /no figure "3" on the line/);
    const three = note({ figures: [fig('3', 'supported')] });
    assert.match(judge(three, row('350,000', 'supported')) ?? '', /no figure "350,000"/);
  });

  it('a figure whose span is not where its text is written does not count', () => {
    const moved = { ...fig('350,000', 'supported'), column: 1, endColumn: 8 }; // "Meta bo"
    assert.match(judge(note({ figures: [moved] }), row('350,000', 'supported')) ?? '', /no figure/);
  });

  it('every figure with the row’s text must have the row’s verdict', () => {
    const n = note({ figures: [fig('350,000', 'contradicted')] });
    assert.match(judge(n, row('350,000', 'supported')) ?? '', /got contradicted/);
  });

  it('with prefix (the shared development sets) a figure may extend the row’s text from the same column only', () => {
    const n = note({ figures: [fig('350,000 H100s', 'supported')] });
    assert.equal(judge(n, row('350,000', 'supported'), true), null);
    assert.match(judge(n, row('350,000', 'supported')) ?? '', /no figure/);
    assert.match(judge(n, row('H100s', 'supported'), true) ?? '', /no figure/);
  });

  it('no-diagnostic reads its row: a contradicted "70B" fails it, a contradicted figure elsewhere on the line does not', () => {
    const bad = note({ figures: [fig('70B', 'contradicted')] });
    assert.match(judge(bad, row('70B', 'no-diagnostic')) ?? '', /figs=70B/);
    const elsewhere = note({ figures: [fig('350,000', 'contradicted'), fig('70B', 'unverified')] });
    assert.equal(judge(elsewhere, row('70B', 'no-diagnostic')), null);
    assert.match(judge(elsewhere, row('*', 'no-diagnostic')) ?? '', /figs=350,000/);
    const warned = note({ diagnostics: [diag('70B', 'figure-unverified')] });
    assert.match(judge(warned, row('70B', 'no-diagnostic')) ?? '', /diags=figure-unverified/);
    const info = note({ diagnostics: [diag('70B', 'figure-unverified', 'information')] });
    assert.equal(judge(info, row('70B', 'no-diagnostic')), null);
    assert.match(judge(note({}), row('80B', 'no-diagnostic')) ?? '', /not on the line/);
  });

  it('not-a-figure: any figure inside the row’s text fails it ("3" of "Llama 3")', () => {
    assert.equal(judge(note({ figures: [fig('70B', 'unverified')] }), row('Llama 3', 'not-a-figure')), null);
    const three = { ...at('3', LINE.indexOf('Llama')), text: '3', verdict: 'unverified', evidence: [] };
    assert.match(judge(note({ figures: [three] }), row('Llama 3', 'not-a-figure')) ?? '', /figures "3"/);
  });

  it('quote-found requires the quote to be detected and found; quote-missing requires it not found and flagged', () => {
    const q = (verdict: string) => ({ ...at('betting on both horses'), text: 'betting on both horses', verdict });
    assert.match(judge(note({}), row('betting on both horses', 'quote-found')) ?? '', /no quote .* detected/);
    assert.equal(judge(note({ quotes: [q('found')] }), row('betting on both horses', 'quote-found')), null);
    assert.match(judge(note({ quotes: [q('not-found')] }), row('betting on both horses', 'quote-found')) ?? '', /verdict not-found/);
    const missing = note({ quotes: [q('not-found')], diagnostics: [diag('betting on both horses', 'quote-not-found')] });
    assert.equal(judge(missing, row('betting on both horses', 'quote-missing')), null);
    assert.match(judge(note({ quotes: [q('not-found')] }), row('betting on both horses', 'quote-missing')) ?? '', /no quote-not-found diagnostic/);
    assert.match(judge(note({}), row('betting on both horses', 'quote-missing')) ?? '', /no quote .* detected/);
  });

  it('wrong-source needs the figure not contradicted, evidence in the named source and a diagnostic covering it', () => {
    const base = { figures: [fig('350,000', 'supported', '002-other')] };
    const said = [diag('350,000', 'figure-wrong-source')];
    assert.equal(judge(note({ ...base, diagnostics: said }), row('350,000', 'wrong-source', '002')), null);
    assert.ok(judge(note({ ...base, diagnostics: said }), row('350,000', 'wrong-source', '003')));
    assert.ok(judge(note(base), row('350,000', 'wrong-source', '002')));
    assert.ok(judge(note({ ...base, diagnostics: [diag('Meta', 'figure-wrong-source')] }), row('350,000', 'wrong-source', '002')));
  });

  it('unknown-source needs an unknown-source error or warning covering the key', () => {
    assert.equal(judge(note({ diagnostics: [diag('@009', 'unknown-source', 'error')] }), row('@009', 'unknown-source')), null);
    assert.ok(judge(note({ diagnostics: [diag('@001', 'unknown-source', 'error')] }), row('@009', 'unknown-source')));
    assert.ok(judge(note({ diagnostics: [diag('@009', 'unknown-source', 'hint')] }), row('@009', 'unknown-source')));
  });

  it('ignored: the figure is there and the line has no diagnostic at all', () => {
    assert.equal(judge(note({ figures: [fig('350,000', 'contradicted')] }), row('350,000', 'ignored')), null);
    assert.ok(judge(note({ figures: [fig('350,000', 'contradicted')], diagnostics: [diag('70B', 'x', 'hint')] }), row('350,000', 'ignored')));
    assert.ok(judge(note({}), row('350,000', 'ignored')));
  });
});

describe('e2e harness: a text is located where it stands whole', () => {
  // wholeAt is how the VS Code suites find a tsv row's text in the note
  it('"3" is not found inside "350,000", "1.3" or "Q3", but is found standing alone', () => {
    assert.equal(wholeAt('about 350,000 GPUs', '3'), -1);
    assert.equal(wholeAt('grew 1.3 times', '3'), -1);
    assert.equal(wholeAt('in Q3 sales', '3'), -1);
    assert.equal(wholeAt('350,000 GPUs for Llama 3.', '3'), 23);
  });
  it('a number is not found where it goes on ("350" of "350,000"), but is at the end of a sentence', () => {
    assert.equal(wholeAt('about 350,000 GPUs', '350'), -1);
    assert.equal(wholeAt('it cost $14.3 billion.', '$14.3 billion'), 8);
    assert.equal(wholeAt('it was 82.', '82'), 7);
    assert.equal(wholeAt('see [@009] here', '@009'), 5);
  });
});
