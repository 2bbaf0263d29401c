// A note's check, end to end on sources written here (engine/check): the key a misspelt citation
// meant, the sources a report depends on, and the message of a rate against a total. Written
// against surviving mutants of seed 5 (README "Tests").
import * as assert from 'node:assert/strict';
import { reportSources } from '../../server/src/engine/check';
import { QUERY_DECAY, QUERY_MIN_WEIGHT } from '../../server/src/engine/check/policy';
import { figureQuery } from '../../server/src/engine/check/retrieval';
import { extractFigures } from '../../server/src/engine/figures';
import { tokenize } from '../../server/src/engine/text';
import { checkAgainst, verdictOf } from './check-helpers';

/** The diagnostics of `note` checked against `files`: "code | message". */
function findings(files: Record<string, string>, note: string): string[] {
  return checkAgainst(files, note).diagnostics.map((d) => `${d.code} | ${d.message}`);
}

describe('check reads: the survivors of seed 5', () => {
  it("an unknown key's words, one of them misspelt, in another order: the source they name", () => {
    const [d] = findings({ 'reef-atlas.txt': 'Atlas\n\nThe reef covers 300 square miles.\n' }, 'The reef covers 300 square miles [@atlas-reaf-map].\n');
    assert.match(d, /^unknown-source \| .*Did you mean @reef-atlas \("Atlas"\)\?$/);
  });

  it('an unknown key one edit from a file name: that source, not one that shares a word only', () => {
    const files = { 'reef-2018.txt': 'Survey\n\nThe reef covers 300 square miles.\n', 'reef-atlas.txt': 'Atlas\n\nThe reef holds 40 species.\n' };
    const r = checkAgainst(files, 'The reef covers 300 square miles [@reef-2019].\n');
    const d = r.diagnostics.find((x) => x.code === 'unknown-source');
    assert.ok(d);
    assert.match(d.message, /Did you mean @reef-2018 \("Survey"\)\?$/);
    assert.deepEqual(d.fixes.map((f) => f.title), ['Change to @reef-2018 (Survey)']);
  });

  it('a quote not found makes a report depend on every source (a new one may hold it); a found one only on its own', () => {
    const files = { 'a.txt': 'Acme\n\nAcme said sales rose in May.\n' };
    const missing = checkAgainst(files, 'Acme said "costs will never fall" [@a].\n');
    assert.deepEqual(missing.quotes.map((q) => q.verdict), ['not-found']);
    assert.equal(reportSources(missing).everySource, true);
    const found = checkAgainst(files, 'Acme said "sales rose in May" [@a].\n');
    assert.equal(reportSources(found).everySource, false);
    assert.deepEqual([...reportSources(found).sources.keys()], ['/ws/sources/a.txt']);
  });

  it('a rate against a total names the stretch only when the values are the same', () => {
    const note = 'The filter detects 18 million spam messages a month [@a].\n';
    assert.deepEqual(findings({ 'a.txt': 'Spam\n\nIn 2004 the filter detected 18 million spam messages.\n' }, note), ['figure-mismatch | The note says 18 million a month; source a says 18 million, a total for 2004 (line 3).']);
    const other = checkAgainst({ 'a.txt': 'Spam\n\nIn 2004 the filter detected 20 million spam messages.\n' }, note);
    assert.equal(verdictOf(other, '18 million'), 'contradicted');
    assert.deepEqual(other.diagnostics.map((d) => d.message), ['The note says 18 million; source a says 20 million (line 3).']);
  });

  describe('counterparts: only figures side by side in one clause', () => {
    const box = { 'box.txt': "Weekend takings\n\nThe weekend's ten widest releases took an estimated $84.6m (\u00a345.1m), compared with $112.3m (\u00a359.8m) last year.\n" };
    it('a colon between them parts them: no counterpart', () => {
      const r = checkAgainst(box, 'The ten widest releases made $84.6m: against $131.7m a year earlier [@box].\n');
      assert.deepEqual([verdictOf(r, '$84.6m'), verdictOf(r, '$131.7m')], ['supported', 'unverified']);
    });
    it('nor more than a few words', () => {
      const r = checkAgainst(box, 'The ten widest releases made $84.6m, so much less than the $131.7m a year earlier [@box].\n');
      assert.deepEqual([verdictOf(r, '$84.6m'), verdictOf(r, '$131.7m')], ['supported', 'unverified']);
    });
    it('a comma and a word: the counterpart, contradicted by the source\'s other side', () => {
      const r = checkAgainst(box, 'The ten widest releases made $84.6m, against $131.7m a year earlier [@box].\n');
      assert.equal(verdictOf(r, '$131.7m'), 'contradicted');
    });
  });

  it("a figure's query: the words beside it weigh 1, each word further 1 / (1 + QUERY_DECAY × its distance), never below QUERY_MIN_WEIGHT", () => {
    const s = 'Acme sold 350,000 small units to shops in May.';
    const q = new Map(figureQuery(tokenize(s), extractFigures(s)[0]).map((t) => [t.term, t.weight]));
    assert.deepEqual([q.get('sell'), q.get('small')], [1, 1]);
    assert.equal(q.get('acm'), 1 / (1 + QUERY_DECAY));
    assert.equal(q.get('unit'), 1 / (1 + QUERY_DECAY));
    assert.equal(q.get('shop'), 1 / (1 + 2 * QUERY_DECAY));
    const far = `Sales rose 5% ${'in the long and hard year of change '.repeat(4)}for shops.`;
    const w = figureQuery(tokenize(far), extractFigures(far)[0]).map((t) => t.weight);
    assert.equal(Math.min(...w), QUERY_MIN_WEIGHT);
  });
});
