// The checker's findings at an edge seed 13 of the mutation sample found untested
// (scripts/mutate-sample.mjs --seed 13, README "Tests"), with a made-up source. It fails with its
// seed-13 mutant applied: a quote not found anywhere points at the closest passage it quotes in its
// message (the finding's related passage), not only when the quote is found in another source; a
// price per tonne is not contradicted by a price per barrel (units of no common time span); a unit
// slip needs the note's own subject: another firm's "1.4 million" is no slip of the note's "1.4%".
import * as assert from 'node:assert/strict';
import { checkAgainst, verdictOf } from './check-helpers';

describe('seed 13 survivors: check', () => {
  it('a quote found nowhere relates its finding to the closest passage, the one its message quotes', () => {
    const text = 'Harbour news\n\nThe harbour master said the new quay will open in the spring after long delays.\n';
    const r = checkAgainst({ 'harbour.txt': text }, '# Notes\n\nThe master said "the new quay will open in the summer after long delays" [@harbour].\n');
    const d = r.diagnostics.find((x) => x.code === 'quote-not-found');
    assert.ok(d, 'the quote is not found');
    assert.match(d.message, /Closest \(harbour, line 3\)/);
    assert.ok(d.related, 'no related passage');
    assert.equal(text.slice(d.related.start, d.related.end), 'the new quay will open in the spring after long delays');
  });

  it('a price "a tonne" against one "a barrel" is another rate: unverified, while "a barrel" against "a barrel" is contradicted', () => {
    const files = { 'oil.txt': 'Oil prices\n\nBrent crude cost $40 a barrel on Monday, traders said.\n' };
    assert.equal(verdictOf(checkAgainst(files, '# Notes\n\nBrent crude cost $45 a tonne on Monday [@oil].\n'), '$45'), 'unverified');
    assert.equal(verdictOf(checkAgainst(files, '# Notes\n\nBrent crude cost $45 a barrel on Monday [@oil].\n'), '$45'), 'contradicted');
  });

  it('a unit slip is the note\'s own subject\'s change: Acme\'s "1.4 million" users do not contradict Beta\'s "1.4%"', () => {
    const text = 'Trade news\n\nAcme Corp said its users grew by 1.4 million last year, while Beta Ltd said its users grew too.\n';
    assert.equal(verdictOf(checkAgainst({ 'users.txt': text }, '# Notes\n\nBeta Ltd said its users grew by 1.4% last year [@users].\n'), '1.4%'), 'unverified');
    const own = 'Trade news\n\nAcme Corp said its users in Spain grew by 1.4 million last year.\n';
    assert.equal(verdictOf(checkAgainst({ 'users.txt': own }, '# Notes\n\nAcme Corp said its users grew by 1.4% last year [@users].\n'), '1.4%'), 'contradicted');
  });
});
