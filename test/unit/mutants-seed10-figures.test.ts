// Figure extraction at edges seed 10 of the mutation sample found untested (scripts/mutate-sample.mjs
// --seed 10, README "Tests"), in made-up sentences: a thousands group written after ", " and the
// lists that refuse it, a region that ends inside a number, "one in 10" at a sentence's end, the
// words before a duration that are no hedge. Each case fails with its seed-10 mutant applied.
import * as assert from 'node:assert/strict';
import { read } from '../helpers/figureReads';

describe('seed 10 survivors: figures', () => {
  it('"£507, 596" is one amount (a thousands group after ", "), but not in a list of numbers on either side', () => {
    assert.deepEqual(read('The film made £507, 596 in its first week.'), ['£507, 596|currency|507596|GBP|14|']);
    assert.deepEqual(read('Votes were 12, 507, 596 in the three wards.'), ['12|count|12||11|', '507|count|507||15|', '596|count|596||20|', 'three|count|3||31|']);
  });

  it('what follows the end of the region read is not looked at: a list or decimals after it do not count', () => {
    const list = 'The film made £507, 596, 7 more.';
    // the region ends before "7": inside it, "£507, 596" is followed by no further number
    assert.deepEqual(read(list, 0, list.indexOf('7 more')), ['£507, 596|currency|507596|GBP|14|']);
    const dec = 'It cost 3.5 more';
    assert.deepEqual(read(dec, 0, dec.indexOf('5 more')), ['3|count|3||8|']);
  });

  it('"one in 10" at the end of a sentence is a share; glued to a decimal it is not read', () => {
    assert.deepEqual(read('Spam readers are few, at one in 10.'), ['one in 10|percent|10|percent|25|']);
    assert.deepEqual(read('Spam readers are few, at one in 10.5 cases'), []);
  });

  it('"over", "under", "past" before a duration say when, not how much: no hedge', () => {
    for (const s of ['Fraud went on over a two-year period.', 'Talks ran past 23 hours.', 'Under 23 hours of talks were held.', 'It took over 3 years.']) {
      const [f] = read(s);
      assert.ok(f && f.endsWith('|'), `${s}: ${f}`);
    }
    // …but before a count they are hedges
    assert.deepEqual(read('Over 300 staff left.'), ['300|count|300||5|over']);
  });

  it('betting odds "at 5-2" after a name are odds, no score; a score after "at" with no name before stays one', () => {
    assert.deepEqual(read('Kenzie trails at 5-2.').map((x) => x.split('|').slice(0, 2).join('|')), ['5-2|odds']);
    assert.deepEqual(read('Next comes Jo Bell at 5-2.').map((x) => x.split('|').slice(0, 2).join('|')), ['5-2|odds']);
    assert.deepEqual(read('We led at 3-0 by the break.'), ['3-0|score|3-0||10|']);
  });

  it('a number before a capitalised name is a count, not a day of a month ("34 Grosvenor casinos")', () => {
    assert.deepEqual(read('Acme owns 34 Grosvenor casinos.'), ['34|count|34||10|']);
  });

  it('"8.28 to the dollar" is an exchange rate, a plain number: no currency of its own', () => {
    assert.deepEqual(read('The yuan is pegged at 8.28 to the dollar.'), ['8.28|number|8.28||22|']);
    assert.deepEqual(read('Sales rose to 5 New Zealand dollars.'), ['5 New Zealand dollars|currency|5|NZD|14|']);
  });

  it('a number glued by a hyphen to a name ("3-Series") is no figure; to a noun ("12-nation") a count of it (session 29); "12-month" is a duration', () => {
    assert.deepEqual(read('Its 3-Series saloon sold well.'), []);
    assert.deepEqual(read('Rates rose across the 12-nation eurozone.'), ['12-nation|count|12||22|']);
    assert.deepEqual(read('Sales rose 5% in the 12-month period.'), ['5%|percent|5|percent|11|', '12-month|duration|12|month|21|']);
  });

  it('"200m" before a plural noun in lower case is millions, even one starting with "a"; before a capital it is metres', () => {
    assert.deepEqual(read('Acme sold 200m apps.'), ['200m|count|200000000||10|']);
    assert.deepEqual(read('Jones won the 400m Abs race.'), ['400m|measure|400|m|14|']);
  });

  it('a clock time ("10 am", "6 p.m.", "6 pm") is no count: a time of day, minutes after midnight (session 50)', () => {
    assert.deepEqual(read('The shop opens at 10 am.'), ['10 am|time|600|am|18|']);
    assert.deepEqual(read('It shut at 6 pm sharp.'), ['6 pm|time|1080|pm|11|']);
    assert.deepEqual(read('Doors open 9 am daily'), ['9 am|time|540|am|11|']);
    assert.deepEqual(read('It shut at 6 p.m. on May 3.'), ['6 p.m.|time|1080|pm|11|', 'May 3|date|503||21|']);
  });

  it('"one/third" is not the count one', () => {
    assert.deepEqual(read('Acme owns one/third of it.'), []);
  });
});
