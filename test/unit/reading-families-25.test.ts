// Reading families of session 25 (issue 9), most of them found while sorting mutation survivors
// (issue 15). Every sentence and every name here is written for the test.
import * as assert from 'node:assert/strict';
import { checkAgainst, resultOf, verdictOf } from './check-helpers';
import { Lexicon } from '../../server/src/engine/frames/lexicon';
import { frameIn } from '../helpers/frameReads';

const lex = new Lexicon();

describe('reading families (session 25): a change gapped after a comma or past a date', () => {
  const CASES: [string, string, 'change' | 'level', string[]][] = [
    // the change's preposition repeated after a comma opens a gapped conjunct
    ['Rents in Pellham rose by 1.1% in 2000, by 2.3% in 2001 and by 3.9% in 2002.', '2.3%', 'change', ['rent']],
    ['Rents in Pellham rose by 1.1% in 2000, by 2.3% in 2001 and by 3.9% in 2002.', '3.9%', 'change', ['rent']],
    // "and" after the date of the conjunct before
    ['Rents in Pellham rose 5% in 2003 and 7% in 2004.', '7%', 'change', ['rent']],
    // (a figure with a noun of its own after it is a claim of its own; so is one after another preposition)
    ['Rents in Pellham rose 5% in 2003, 300 homes were sold.', '300', 'level', []],
    ['Rents in Pellham rose by 5% in 2003, at 7% of incomes.', '7%', 'level', []],
    // (a conjunct with a noun of its own before "of": "and the national average of 3.6%")
    ['Growth in Pellham was well above the regional average growth of 3% and the national average of 3.6%.', '3.6%', 'level', []],
  ];
  for (const [s, fig, role, metric] of CASES) {
    it(`"${s}": ${fig} is ${role === 'change' ? 'a change' : 'no change'}${metric.length ? ` of ${metric.join(' ')}` : ''}`, () => {
      const fr = frameIn(lex, s, fig);
      if (role === 'change') assert.equal(fr.role, 'change');
      else assert.notEqual(fr.role, 'change');
      for (const m of metric) assert.ok(fr.metric.includes(m), `${fr.metric}`);
    });
  }
});

describe('reading families (session 25): a long list that states the note\'s value', () => {
  const list = (n: number) =>
    ['1.1% in 2000', '2.3% in 2001', '3.9% in 2002', '4.4% in 2003', '5.6% in 2004', '6.1% in 2005', '7.2% in 2006', '8.0% in 2007', '8.8% in 2008']
      .slice(9 - n)
      .map((x, i, all) => (i === all.length - 1 ? `and by ${x}` : `by ${x}`))
      .join(', ');
  const files = (n: number) => ({ 'gifts.txt': `Orwen fund\n\nGifts to the Orwen fund rose ${list(n)}, its trustees said.\n` });
  for (const n of [3, 7, 9]) {
    it(`a list of ${n} yearly rises supports "rose by 8.8%", the value it states, rather than contradict it by the first`, () => {
      assert.equal(verdictOf(checkAgainst(files(n), 'Gifts to the Orwen fund rose by 8.8% [@gifts].\n'), '8.8%'), 'supported');
    });
  }
  it('…and so does a list of nine read by commas alone ("rose 1.1% in 2000, 2.3% in 2001, …")', () => {
    const bare = { 'gifts.txt': `Orwen fund\n\nGifts to the Orwen fund rose ${list(9).replace(/by /g, '')}, its trustees said.\n` };
    assert.equal(verdictOf(checkAgainst(bare, 'Gifts to the Orwen fund rose by 8.8% [@gifts].\n'), '8.8%'), 'supported');
  });
  it('…and a note that gives that value to the first item\'s year is still contradicted by the first', () => {
    const r = checkAgainst(files(9), 'Gifts to the Orwen fund rose by 8.8% in 2000 [@gifts].\n');
    assert.equal(verdictOf(r, '8.8%'), 'contradicted');
    assert.equal(resultOf(r, '8.8%').evidence[0]?.figure?.text, '1.1%');
  });
});

describe('reading families (session 25): the predicate after "A of the B" is the part\'s', () => {
  const files = { 'depot.txt': 'Depot pay\n\nLast winter 940 of the 1,400 bus drivers went unpaid, the union said.\n' };
  it('"940 of the 1,400 bus drivers went unpaid": the note giving the whole as the unpaid is contradicted by the part', () => {
    const r = checkAgainst(files, 'Last winter 1,400 bus drivers went unpaid [@depot].\n');
    assert.equal(verdictOf(r, '1,400'), 'contradicted');
    assert.equal(resultOf(r, '1,400').evidence[0]?.figure?.text, '940');
  });
  it('…the whole, said as the whole, is supported; so is the part', () => {
    assert.equal(verdictOf(checkAgainst(files, 'The depot has 1,400 bus drivers [@depot].\n'), '1,400'), 'supported');
    assert.equal(verdictOf(checkAgainst(files, 'Last winter 940 bus drivers went unpaid [@depot].\n'), '940'), 'supported');
  });
});

describe('reading families (session 25): lemmas of words ending in "ss"', () => {
  for (const [w, want] of [
    ['pass', 'pass'],
    ['boss', 'boss'],
    ['passes', 'pass'],
    ['bosses', 'boss'],
    ['loss', 'loss'],
  ] as const) {
    it(`"${w}" → ${want}`, () => assert.equal(lex.lemma(w), want));
  }
});

describe('reading families (session 25): the same value per hour and per day', () => {
  const files = { 'worm.txt': 'Worm outbreak\n\nAt the peak of the outbreak, Pellnet said it was stopping more than 40,000 copies an hour of the worm.\n' };
  it('"40,000 copies a day" against "40,000 copies an hour" is contradicted, and the message names both units ("an hour")', () => {
    const r = checkAgainst(files, 'At the peak Pellnet was stopping more than 40,000 copies a day [@worm].\n');
    assert.equal(verdictOf(r, '40,000'), 'contradicted');
    const d = r.diagnostics.find((x) => x.code === 'figure-mismatch');
    assert.ok(d && /40,000 a day/.test(d.message) && /40,000 an hour/.test(d.message), d?.message);
    // (the value is the source's: no quick fix that writes it again)
    assert.equal(resultOf(r, '40,000').fixes.length, 0);
  });
  it('…the same rate per hour is supported; a rate per day worked out from it is not contradicted', () => {
    assert.equal(verdictOf(checkAgainst(files, 'At the peak Pellnet was stopping more than 40,000 copies an hour [@worm].\n'), '40,000'), 'supported');
    assert.notEqual(verdictOf(checkAgainst(files, 'At the peak Pellnet was stopping almost a million copies a day [@worm].\n'), 'a million'), 'contradicted');
  });
});

describe('reading families (session 25): a place in a ranking is a place by one measure (found by helper h25b)', () => {
  const RANKS: [string, string | undefined][] = [
    ['Pellham is the third-largest port in Ostland.', 'large'],
    ['Pellham is the second biggest port in Ostland.', 'big'],
    ['Orwen is the third most visited town in Ostland.', 'visit'],
    ['Orwen is the third least visited town in Ostland.', 'least visit'],
    ['Ostland is the third most digitally savvy nation in Europe.', 'savvy'],
    ['Orwen came third in the race.', undefined],
  ];
  for (const [s, want] of RANKS) {
    it(`"${s}" ranks by ${want ?? 'nothing said'}`, () => assert.equal(frameIn(lex, s, s.includes('second') ? 'second' : 'third').rankBy, want));
  }
  const ports = { 'ports.txt': 'Ports\n\nPellham is the third largest port in Ostland, handling 40m tonnes a year.\n' };
  const towns = { 'towns.txt': 'Towns\n\nOrwen is the third most visited town in Ostland, with 2m guests a year.\n' };
  it('the same place by the opposite measure, or by another, is not supported', () => {
    assert.notEqual(verdictOf(checkAgainst(ports, 'Pellham is the third smallest port in Ostland [@ports].\n'), 'third'), 'supported');
    assert.notEqual(verdictOf(checkAgainst(towns, 'Orwen is the third least visited town in Ostland [@towns].\n'), 'third'), 'supported');
    assert.notEqual(verdictOf(checkAgainst(towns, 'Orwen is the third most admired town in Ostland [@towns].\n'), 'third'), 'supported');
  });
  it('…the same place by the same measure, or a synonym of it, is; another place by it is contradicted', () => {
    assert.equal(verdictOf(checkAgainst(ports, 'Pellham is the third largest port in Ostland [@ports].\n'), 'third'), 'supported');
    assert.equal(verdictOf(checkAgainst(ports, 'Pellham is the third-biggest port in Ostland [@ports].\n'), 'third'), 'supported');
    assert.equal(verdictOf(checkAgainst(ports, 'Pellham is the fourth biggest port in Ostland [@ports].\n'), 'fourth'), 'contradicted');
    assert.equal(verdictOf(checkAgainst(towns, 'Orwen is the second most visited town in Ostland [@towns].\n'), 'second'), 'contradicted');
  });
});

describe('reading families (session 25): a neighbour\'s value given to a conjunct of names and prepositions', () => {
  const S = 'Visitors from Ostland were up by 12% and from the Pellham Isles by some 11% compared with 2003, while visitors from elsewhere rose 20%.';
  it('"and from the Pellham Isles by some 11%": the 11% is a change of visitors, the Isles\' own', () => {
    const fr = frameIn(lex, S, '11%');
    assert.equal(fr.role, 'change');
    assert.ok(fr.subject.includes('isles') && !fr.subject.includes('ostland'), `${fr.subject}`);
  });
  const files = { 'visits.txt': `Visitors\n\n${S}\n` };
  it('the Isles given Ostland\'s 12% are contradicted by their own "some 11%", though it is within the hedge', () => {
    const r = checkAgainst(files, 'Visitors from the Pellham Isles were up 12% on 2003 [@visits].\n');
    assert.equal(verdictOf(r, '12%'), 'contradicted');
    assert.equal(resultOf(r, '12%').evidence[0]?.figure?.text, '11%');
  });
  it('…their own 11%, and Ostland\'s 12%, are supported; a rise of 12% that names no one is not contradicted', () => {
    assert.equal(verdictOf(checkAgainst(files, 'Visitors from the Pellham Isles were up 11% on 2003 [@visits].\n'), '11%'), 'supported');
    assert.equal(verdictOf(checkAgainst(files, 'Visitors from Ostland were up 12% on 2003 [@visits].\n'), '12%'), 'supported');
    assert.notEqual(verdictOf(checkAgainst(files, 'Visitors were up 12% on 2003 [@visits].\n'), '12%'), 'contradicted');
  });
});

describe('reading families (session 25): a change\'s participle before what it changes ("falling sales of 13%")', () => {
  const S = 'Mr Vell cited falling cigarette sales of 13% in Ostland and 16% in the Pellham Isles.';
  it('"falling cigarette sales of 13%" is a fall, and so is the gapped "16% in the Pellham Isles"', () => {
    for (const fig of ['13%', '16%']) {
      const fr = frameIn(lex, S, fig);
      assert.equal(fr.role, 'change', fig);
      assert.equal(fr.direction, 'down', fig);
    }
  });
  it('…not a count of a growing thing ("Growing demand of 300 tonnes a day")', () => {
    assert.notEqual(frameIn(lex, 'Growing demand of 300 tonnes a day strained the port.', '300').role, 'change');
  });
  it('a note giving Ostland the Isles\' fall is contradicted by Ostland\'s own', () => {
    const r = checkAgainst({ 'smoking.txt': `Smoking\n\n${S}\n` }, 'Mr Vell cited a 16% fall in cigarette sales in Ostland [@smoking].\n');
    assert.equal(verdictOf(r, '16%'), 'contradicted');
    assert.equal(resultOf(r, '16%').evidence[0]?.figure?.text, '13%');
  });
});

describe('reading families (session 25): a capitalised plan word inside a name (found by helper h25c)', () => {
  for (const [sentence, plan] of [
    ['The Will Trust gave 300 grants.', false],
    ['The Pellham Aim Trust holds 300 vans.', false],
    ['The trust will give 300 grants.', true],
    ['Will the trust give 300 grants?', true],
  ] as const) {
    it(`"${sentence}" is ${plan ? '' : 'not '}a plan`, () => assert.equal(frameIn(lex, sentence, '300').period.mode === 'plan', plan));
  }
});

describe('reading families (session 25): "due to" naming a cause is no plan (found by helper h25g)', () => {
  for (const [sentence, fig, plan] of [
    ['Due to increased demand, Kelby shipped 300 vans.', '300', false],
    ['Due to the strike, Kelby shipped 300 vans.', '300', false],
    ['The Kelby plant is due to open with 300 staff.', '300', true],
    ['The Kelby plant is due to be opened with 300 staff.', '300', true],
  ] as const) {
    it(`"${sentence}" is ${plan ? '' : 'not '}a plan`, () => assert.equal(frameIn(lex, sentence, fig).period.mode === 'plan', plan));
  }
});

describe('reading families (session 25): the note\'s phrase names the other stretch, whatever the support\'s holds (found by helper h25f)', () => {
  const files = { 'kelby.txt': 'Kelby results\n\nKelby sales rose 5% and export sales rose 7%, the company said.\n' };
  it('"Kelby export sales rose 5%" is contradicted by the export sales\' 7%', () => {
    const r = checkAgainst(files, 'Kelby export sales rose 5% [@kelby].\n');
    assert.equal(verdictOf(r, '5%'), 'contradicted');
    assert.equal(resultOf(r, '5%').evidence[0]?.figure?.text, '7%');
  });
  it('…but a note that is itself the list, hedged, stays supported (the bench note\'s false alarm)', () => {
    const fund = { 'fund.txt': 'Fund\n\nSeventy percent of the grants raised by the Orwen fund will be spent on schools in least developed regions, 20% for schools in developing regions, and 10% for schools in developed regions.\n' };
    const r = checkAgainst(fund, 'By one account, Seventy percent of the grants raised by the Orwen fund will be spent on schools in least developed regions, roughly 20% for schools in developing regions, and 10% for schools in developed regions [@fund].\n');
    assert.equal(verdictOf(r, '20%'), 'supported');
  });
  it('…"Kelby sales rose 5%" and "Kelby export sales rose 7%" are supported', () => {
    assert.equal(verdictOf(checkAgainst(files, 'Kelby sales rose 5% [@kelby].\n'), '5%'), 'supported');
    assert.equal(verdictOf(checkAgainst(files, 'Kelby export sales rose 7% [@kelby].\n'), '7%'), 'supported');
  });
});
