// A note's check, end to end on sources written here (engine/check), at edges seed 6 of the
// mutation sample found untested (scripts/mutate-sample.mjs --seed 6, README "Tests"): a quote
// found nowhere, a long source title in a message, a misspelt key whose words run together, a
// half-year against a whole year, a figure beside a contradicted year when the source's sentence
// gives another value, a direction the source does not state, and the source's reading kept with a
// support found in its year. Each case fails with its seed-6 mutant applied.
import * as assert from 'node:assert/strict';
import { checkAgainst, resultOf, verdictOf } from './check-helpers';

const messages = (files: Record<string, string>, note: string) => checkAgainst(files, note).diagnostics.map((d) => `${d.code} | ${d.message}`);

describe('seed 6 survivors: the check', () => {
  it('a quote found nowhere, near nothing: the message says where it was looked for', () => {
    assert.deepEqual(messages({ 'a.txt': 'Acme\n\nAcme said sales rose in May.\n' }, 'Acme said "the moon is made of green cheese entirely" [@a].\n'), ['quote-not-found | Quote not found in a.']);
  });

  it('a source title too long for a message is cut with an ellipsis (a figure found in a source the note did not cite)', () => {
    const files = { '001-report.txt': '---\ntitle: The long annual review of the harbour board of Kellmouth and all of its many quays and docks\n---\n\nThe port handled 1,200 containers in 2021.\n' };
    const m = messages(files, 'The port handled 1,500 containers in 2021 [@002].\n').find((x) => x.startsWith('figure-mismatch'));
    assert.match(m ?? '', /^figure-mismatch \| The note says 1,500; source 001 \("The long annual review of the harbour b…", line 5\) says 1,200\.$/);
  });

  it('a misspelt key whose words and number run together ("coralatlas2020", "atlas2map"): the source they name', () => {
    const [d] = messages({ 'coral-atlas.txt': 'Coral atlas\n\nThe reef covers 300 square miles.\n' }, 'The reef covers 300 square miles [@coralatlas2020].\n');
    assert.match(d, /Did you mean @coral-atlas \("Coral atlas"\)\?$/);
    const [e] = messages({ 'atlas-map2.txt': 'Atlas\n\nThe reef covers 300 square miles.\n' }, 'The reef covers 300 square miles [@atlas2map].\n');
    assert.match(e, /Did you mean @atlas-map2 \("Atlas"\)\?$/);
  });

  it("a note's half-year is not supported by the other half of the year", () => {
    const note = 'Sales rose 5% in the first half of 2020 [@a].\n';
    assert.equal(verdictOf(checkAgainst({ 'a.txt': 'Sales\n\nSales rose 5% in the second half of 2020.\n' }, note), '5%'), 'unverified');
    assert.equal(verdictOf(checkAgainst({ 'a.txt': 'Sales\n\nSales rose 5% in the first half of 2020.\n' }, note), '5%'), 'supported');
  });

  it("a figure beside a contradicted year stays unverified when the source's sentence gives another value of its kind", () => {
    const r = checkAgainst({ 'a.txt': 'Port\n\nIn 2021 the port handled 1,200 containers, against 900 in 2015.\n' }, 'In 2020 the port handled 1,200 containers, against 900 in 2015 [@a].\n');
    assert.deepEqual(['2020', '1,200', '900'].map((t) => verdictOf(r, t)), ['contradicted', 'unverified', 'supported']);
  });

  it('a change the note gives a direction the source does not state is unverified', () => {
    assert.equal(verdictOf(checkAgainst({ 'a.txt': 'Sales\n\nSales changed by 5% in 2020.\n' }, 'Sales rose 5% in 2020 [@a].\n'), '5%'), 'unverified');
  });

  it("a figure supported in its contradicted year's passage keeps the source's reading (for the hover)", () => {
    const r = checkAgainst({ 'a.txt': 'Port\n\nIn 2021 the port handled 1,200 containers.\n' }, 'In 2020 the port handled 1,200 containers [@a].\n');
    assert.equal(verdictOf(r, '2020'), 'contradicted');
    const f = resultOf(r, '1,200');
    assert.equal(f.verdict, 'supported');
    assert.equal(f.sourceFrame?.period.year, 2021);
    assert.deepEqual(f.sourceFrame?.metric, ['container', 'port', 'handle']);
  });
});
