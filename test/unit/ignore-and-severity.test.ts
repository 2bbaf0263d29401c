// `<!-- grounded-ignore [rules] -->` and rule severities, through the checker: a rule-specific
// ignore silences that rule only, on the next line only; a bare one silences every rule there;
// severities come from the defaults unless the options set them, and `off` drops a finding. An
// ignored line keeps its verdicts (only diagnostics are silenced). Sources and notes invented here.
import * as assert from 'node:assert/strict';
import { checkNote, type CheckOptions, DEFAULT_RULES, type NoteReport } from '../../server/src/engine/check';
import { Corpus } from '../../server/src/engine/corpus';
import { buildSource } from '../../server/src/engine/sources';

const SOURCE = 'Port of Kellmouth yearly review\n\nThe port of Kellmouth handled 41,300 containers in 2021, a record for the town.\n\nIts crane fleet grew to 18 cranes after the spring refit.\n';
// Built in each test, not when the file loads: work done at load makes every mutant it reaches "hybrid", which Stryker runs in a fresh test process (README "Tests").
const corpus = () => new Corpus([buildSource(0, '/ws/sources/harbor.txt', SOURCE)]);

/** One line with three findings: a wrong figure, a missing quote and an unknown key. */
const LINE = 'The crane fleet grew to 21 cranes, "busier than ever before" [@harbor; @lighthouse].';
const ALL = ['figure-mismatch', 'quote-not-found', 'unknown-source'];

function check(note: string, options?: CheckOptions): NoteReport {
  return checkNote(note, corpus(), options);
}
/** The codes of the findings on a 0-based line, sorted. */
function codesOnLine(r: NoteReport, note: string, line: number): string[] {
  const start = note.split('\n').slice(0, line).join('\n').length + (line > 0 ? 1 : 0);
  const end = start + note.split('\n')[line].length;
  return r.diagnostics.filter((d) => d.start >= start && d.start <= end).map((d) => d.code).sort();
}

describe('grounded-ignore and rule severities (checker)', () => {
  it('the line as written has all three findings (so each test below silences something real)', () => {
    const note = `${LINE}\n`;
    assert.deepEqual(codesOnLine(check(note), note, 0), ALL);
  });

  it('<!-- grounded-ignore figure-mismatch --> silences the mismatch only: the quote and the unknown key are still reported', () => {
    const note = `<!-- grounded-ignore figure-mismatch -->\n${LINE}\n`;
    const r = check(note);
    assert.deepEqual(codesOnLine(r, note, 1), ['quote-not-found', 'unknown-source']);
    assert.equal(r.figures.find((f) => f.figure.text === '21')?.verdict, 'contradicted', 'the verdict stays; only its diagnostic is silenced');
  });

  it('each rule named silences that rule: one, two (comma or space separated), or all three', () => {
    const cases: [string, string[]][] = [
      ['quote-not-found', ['figure-mismatch', 'unknown-source']],
      ['unknown-source', ['figure-mismatch', 'quote-not-found']],
      ['figure-mismatch, unknown-source', ['quote-not-found']],
      ['figure-mismatch quote-not-found', ['unknown-source']],
      ['figure-mismatch quote-not-found unknown-source', []],
      ['figure-unverified', ALL],
    ];
    for (const [rules, left] of cases) {
      const note = `<!-- grounded-ignore ${rules} -->\n${LINE}\n`;
      assert.deepEqual(codesOnLine(check(note), note, 1), left, rules);
    }
  });

  it('a bare <!-- grounded-ignore --> silences every rule on the next line, and only there', () => {
    const note = `<!-- grounded-ignore -->\n${LINE}\n\n${LINE}\n`;
    const r = check(note);
    assert.deepEqual(codesOnLine(r, note, 1), []);
    assert.deepEqual(codesOnLine(r, note, 3), ALL, 'the same line further down is checked as usual');
  });

  it('a rule-specific ignore applies to the next line only', () => {
    const note = `<!-- grounded-ignore figure-mismatch -->\n${LINE}\n\n${LINE}\n`;
    const r = check(note);
    assert.deepEqual(codesOnLine(r, note, 1), ['quote-not-found', 'unknown-source']);
    assert.deepEqual(codesOnLine(r, note, 3), ALL);
  });

  it('an unknown rule name silences nothing (it is not a bare ignore)', () => {
    const note = `<!-- grounded-ignore figure-missmatch -->\n${LINE}\n`;
    assert.deepEqual(codesOnLine(check(note), note, 1), ALL);
  });

  it('severities: the defaults, then the options; "off" drops only that rule', () => {
    const note = `${LINE}\n`;
    const sev = (r: NoteReport) => Object.fromEntries(r.diagnostics.map((d) => [d.code, d.severity]));
    assert.deepEqual(sev(check(note)), {
      'figure-mismatch': DEFAULT_RULES['figure-mismatch'],
      'quote-not-found': DEFAULT_RULES['quote-not-found'],
      'unknown-source': DEFAULT_RULES['unknown-source'],
    });
    assert.deepEqual(sev(check(note)), { 'figure-mismatch': 'warning', 'quote-not-found': 'warning', 'unknown-source': 'error' });
    assert.deepEqual(sev(check(note, { rules: { 'quote-not-found': 'hint', 'unknown-source': 'information' } })), {
      'figure-mismatch': 'warning', 'quote-not-found': 'hint', 'unknown-source': 'information',
    });
    assert.deepEqual(sev(check(note, { rules: { 'figure-mismatch': 'off' } })), { 'quote-not-found': 'warning', 'unknown-source': 'error' });
  });

  it('figure-wrong-source is information and figure-unverified a hint by default', () => {
    assert.equal(DEFAULT_RULES['figure-wrong-source'], 'information');
    assert.equal(DEFAULT_RULES['figure-unverified'], 'hint');
    const note = 'Kellmouth has 7 lighthouse keepers [@harbor].\n';
    const r = check(note);
    assert.deepEqual(r.diagnostics.map((d) => [d.code, d.severity]), [['figure-unverified', 'hint']]);
    assert.deepEqual(check(note, { rules: { 'figure-unverified': 'off' } }).diagnostics, []);
  });
});
