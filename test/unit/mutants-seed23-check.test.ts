// The checker at edges seed 23 of the mutation sample found untested (scripts/mutate-sample.mjs
// --seed 23), with made-up sources and names. Each case fails with its seed-23 mutant applied and
// passes without it.
import * as assert from 'node:assert/strict';
import { checkAgainst, verdictOf } from './check-helpers';

const messages = (files: Record<string, string>, note: string) => checkAgainst(files, note).diagnostics.map((d) => `${d.code} | ${d.message}`);

describe('seed 23 survivors: check', () => {
  it('a year in a misspelt key is never one edit from another year: "@survey-river-2019" offers river-survey and river-survey-2018 alike (citations.ts tokensMatch)', () => {
    const files = { 'river-survey-2018.txt': 'River survey\n\nThe river was surveyed.\n', 'river-survey.txt': 'Survey of the river\n\nThe river was walked.\n' };
    const [d] = messages(files, '# Notes\n\nThe river was surveyed [@survey-river-2019].\n');
    assert.match(d, /Did you mean @river-survey \("Survey of the river"\) or @river-survey-2018 \("River survey"\)\?$/);
  });

  it('a note dated by its quarter alone is contradicted by the same quarter\'s figure, though its very value is given for another quarter (rules.ts statesPeriod)', () => {
    const files = { 'acme.txt': "Acme results\n\nAcme's revenue was $41.7m in the second quarter. Acme's revenue was $38.2m in the third quarter.\n" };
    assert.equal(verdictOf(checkAgainst(files, "# Notes\n\nAcme's revenue was $41.7m in the third quarter [@acme].\n"), '$41.7m'), 'contradicted');
  });

  it('a precise figure stated exactly in an uncited source names that source (retrieval.ts figuresStating, the span below the value)', () => {
    const files = { 'harbour.txt': 'Harbour news\n\nThe harbour handled many ships in the spring.\n', 'kellport.txt': 'Kellport yearbook\n\nThe Kellport harbour handled 4,318 ships in 2021.\n' };
    assert.ok(messages(files, '# Notes\n\nThe Kellport harbour handled 4,318 ships in 2021 [@harbour].\n').includes('figure-wrong-source | 4,318 is stated in kellport ("Kellport yearbook", line 3), not in the cited harbour.'));
  });

  it('a support found in an uncited source is reported as that source\'s, not re-read there against another count of the sentence (slots.ts, wrong-source results left alone)', () => {
    const files = { 'harbour.txt': 'Harbour news\n\nThe harbour handled many ships in the spring.\n', 'kellport.txt': "Kellport yearbook\n\nMabel Kess's debut novel was published into 38 languages in 40 countries.\n" };
    assert.deepEqual(messages(files, "# Notes\n\nMabel Kess's debut novel appeared in 40 languages [@harbour].\n"), ['figure-wrong-source | 40 is stated in kellport ("Kellport yearbook", line 3), not in the cited harbour.']);
  });

  it('a total with no stretch of time of its own does not support the same value as a monthly rate: the rate is the note\'s alone (alignment.ts rateStretch, shortRateOnlyNote)', () => {
    assert.equal(verdictOf(checkAgainst({ 'kelco.txt': 'Kelco\n\nKelco lost £12.4m.\n' }, '# Notes\n\nKelco loses £12.4m a month [@kelco].\n'), '£12.4m'), 'contradicted');
  });

  it('a subject spelt a letter apart in the source is still the note\'s subject: its quarter\'s figure for the note\'s full year is a misquote (alignment.ts, a spelling slip meets the subject)', () => {
    const files = { 'kelco.txt': "Results\n\nKelcorp's net profit was $186.4m in the quarter.\n" };
    assert.deepEqual(messages(files, "# Notes\n\nKelcorb's full-year net profit was $186.4m [@kelco].\n"), ['figure-mismatch | The note says $186.4m, for the full year; source kelco says $186.4m, for a quarter (line 3).']);
  });

  it('with sixteen uncited sources, every one is searched for a quote: a verbatim quote is named in its source though many short passages of the others hold its words (retrieval.ts quoteSources)', () => {
    const files: Record<string, string> = { 'harbour.txt': 'Harbour news\n\nThe harbour was busy.\n' };
    for (let i = 0; i < 15; i++) files[`quay${i}.txt`] = `Quay ${i}\n\n` + Array.from({ length: 5 }, (_, k) => `Soon the mayor would open quay ${k}, new and fine.`).join('\n\n') + '\n';
    files['kellport.txt'] = 'Kellport log\n\n' + 'The town council met on Tuesday and spoke at length about roads, schools, parks, bins, lamps and buses. '.repeat(3) + 'Then the mayor said the new quay would open soon.\n';
    assert.deepEqual(messages(files, '# Notes\n\nThe mayor said "the new quay would open soon" [@harbour].\n'), ['quote-not-found | Quote not found in harbour; it is in kellport ("Kellport log", line 3).']);
  });

  it('the note\'s full-year value given by the source for a quarter is no misquote when the note names someone the source does not (rules.ts stretchSlip, every name met)', () => {
    const files = { 'kelco.txt': "Results\n\nKelco's net profit was $186.4m in the quarter.\n" };
    assert.equal(verdictOf(checkAgainst(files, "# Notes\n\nKelco's full-year net profit was $186.4m, beating Brenmar [@kelco].\n"), '$186.4m'), 'unverified');
  });
});
