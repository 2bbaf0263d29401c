// Reading families of session 28 (issue 9). Every sentence and every name here is written for the test.
import * as assert from 'node:assert/strict';
import { checkAgainst, verdictAgainst, verdictOf } from './check-helpers';
import { Lexicon } from '../../server/src/engine/frames/lexicon';
import { summarizeFrame } from '../../server/src/engine/frames/summary';
import { frameIn } from '../helpers/frameReads';

const lex = new Lexicon();

describe('reading families (session 28): an addition is no misquote of the whole it adds to', () => {
  // [sentence, figure, an addition?]
  const CASES: [string, string, boolean][] = [
    ['Varrow is putting a further £100m into the Tesk plant.', '£100m', true],
    ['Varrow hired an extra 300 staff in May.', '300', true],
    ['Varrow hired an additional 300 staff in May.', '300', true],
    ['Varrow hired another 300 staff in May.', '300', true],
    ['The extra £40m will go on roads.', '£40m', true],
    // (no increment word right before the figure)
    ['Varrow hired 300 staff in May.', '300', false],
    ['Varrow hired 300 extra staff in May.', '300', false],
    ['Varrow went further, hiring 300 staff in May.', '300', false],
  ];
  for (const [s, fig, added] of CASES) {
    it(`"${s}": ${fig} ${added ? 'is' : 'is not'} an addition`, () => {
      assert.equal(!!frameIn(lex, s, fig).added, added);
    });
  }

  it('the frame in words says the figure is an addition (hover, JSON)', () => {
    assert.equal(summarizeFrame(frameIn(lex, 'Varrow hired another 300 staff in May.', '300')).kind, 'level (added)');
    assert.equal(summarizeFrame(frameIn(lex, 'Varrow hired 300 staff in May.', '300')).kind, 'level');
  });

  const WHOLE = 'Before the deal, Varrow had invested some £280m in the Tesk plant.';
  it('a note\'s addition is not contradicted by the whole the source gives', () => {
    assert.equal(verdictAgainst(WHOLE, 'Varrow is investing a further £100m in the Tesk plant.', '£100m'), 'unverified');
    assert.equal(verdictAgainst(WHOLE, 'Varrow is investing another £100m in the Tesk plant.', '£100m'), 'unverified');
  });
  it('…nor supported by a whole of the same value ("another 100 planes" / "about 100 new planes")', () => {
    assert.equal(verdictAgainst('Varrow has taken delivery of about 100 new vans this year.', 'Varrow took options on another 100 vans this year.', '100'), 'unverified');
  });
  it('…while the same note without the increment word is', () => {
    assert.equal(verdictAgainst(WHOLE, 'Varrow has invested £100m in the Tesk plant.', '£100m'), 'contradicted');
  });
  it('…and two additions of the same thing are compared', () => {
    const source = 'Varrow hired a further 300 staff at the Tesk plant last year.';
    assert.equal(verdictAgainst(source, 'Varrow hired a further 100 staff at the Tesk plant last year.', '100'), 'contradicted');
    assert.equal(verdictAgainst(source, 'Varrow hired a further 300 staff at the Tesk plant last year.', '300'), 'supported');
  });
  it('…and the value a source gives as an addition may still support a note that leaves the word out', () => {
    assert.equal(verdictAgainst('Varrow hired a further 300 staff at the Tesk plant last year.', 'Varrow hired 300 staff at the Tesk plant last year.', '300'), 'supported');
  });
});

describe('reading families (session 28): money put into something is invested', () => {
  // [sentence, figure, metric head]
  const CASES: [string, string, string | undefined][] = [
    ['Dunmere will put 125m euros into marketing this year.', '125m euros', 'invest'],
    ['Dunmere pumped $2bn into the Tesk plant.', '$2bn', 'invest'],
    ['Dunmere has ploughed an extra £30m into research.', '£30m', 'invest'],
    ['Dunmere poured £8m into the club.', '£8m', 'invest'],
    // (not money, or not "into")
    ['Dunmere put 300 staff into the new plant.', '300', undefined],
    ['Dunmere put £8m aside for repairs.', '£8m', undefined],
  ];
  for (const [s, fig, head] of CASES) {
    it(`"${s}": ${fig} measures ${head ?? 'no investment'}`, () => {
      const metric = frameIn(lex, s, fig).metric;
      if (head) assert.equal(metric[0], head);
      else assert.ok(!metric.includes('invest'), metric.join(' '));
    });
  }

  const SOURCE = 'Dunmere said it now plans to invest 100m euros in marketing in Europe.';
  it('"put X into" is compared with "invest X in": a wrong sum is contradicted, the right one supported', () => {
    assert.equal(verdictAgainst('Dunmere has invested £100m in the Tesk plant, it said.', 'Dunmere has put £150m into the Tesk plant.', '£150m'), 'contradicted');
    assert.equal(verdictAgainst('Dunmere has invested £100m in the Tesk plant, it said.', 'Dunmere has put £100m into the Tesk plant.', '£100m'), 'supported');
    assert.equal(verdictAgainst(SOURCE, 'Dunmere plans to put 100m euros into marketing in Europe.', '100m euros'), 'supported');
  });
  it('…and "investment" is the same measure as "invest"', () => {
    assert.equal(lex.concept('investment'), lex.concept('invest'));
  });
});

describe('reading families (session 28): a value noun refers back to the figure before', () => {
  // [passage, figure, metric words it must hold]
  const CASES: [string, string, string[]][] = [
    ['In Corland, tourism accounts for about 6% of national output. In Vesk the figure is close to 5%.', '5%', ['tourism']],
    ['Kelby sold 40,000 vans in March. That number rose to 52,000 in April.', '52,000', ['van']],
    // (past a figure of another kind: the conversion of the one before)
    ['In Corland, tourism brings in about 6% of output, or about $8bn. In Vesk the figure is close to 5%.', '5%', ['tourism']],
    // ("it" and a copula right before the value refer back as the value noun does: session 33)
    ['In Corland, tourism accounts for about 6% of national output. In Vesk it is close to 5%.', '5%', ['tourism']],
  ];
  for (const [s, fig, words] of CASES) {
    it(`"${s}": ${fig} measures ${words.join(', ')}`, () => {
      const metric = frameIn(lex, s, fig).metric;
      for (const w of words) assert.ok(metric.includes(w), metric.join(' '));
    });
  }
  // [passage, figure]: no metric borrowed
  const NONE: [string, string][] = [
    // (a figure of another kind before)
    ['In Corland, tourism accounts for about 6% of national output. In Vesk the figure was £5m.', '£5m'],
    // (a metric of its own)
    ['Tourism makes up 6% of output in Corland. The figure for farming is close to 5%.', '5%'],
  ];
  for (const [s, fig] of NONE) {
    it(`"${s}": ${fig} borrows no metric`, () => {
      const metric = frameIn(lex, s, fig).metric;
      assert.ok(!metric.includes('tourism') && !metric.includes('van'), metric.join(' '));
    });
  }

  it('a source sentence referring back is read with the paragraph before it: the figure of another place is compared', () => {
    const source = 'In Corland, tourism brings in about 6% of national output. In Vesk the figure is close to 5%.';
    // (the source's Vesk figure measures tourism's share, so a note giving Vesk 9% misquotes it)
    const r = checkAgainst({ 'story.txt': 'Story\n\n' + source + '\n' }, 'In Vesk, tourism brings in about 9% of national output [@story].');
    assert.equal(verdictOf(r, '9%'), 'contradicted');
  });
  it('…and a note sentence referring back is read with the one before it in its paragraph', () => {
    const source = 'Kelby sold 40,000 vans in March and 52,000 vans in April.';
    const r = checkAgainst({ 'story.txt': 'Story\n\n' + source + '\n' }, 'Kelby sold 40,000 vans in March [@story]. That number rose to 62,000 vans in April [@story].');
    assert.equal(verdictOf(r, '40,000'), 'supported');
    assert.notEqual(verdictOf(r, '62,000'), 'supported');
  });
});

describe('reading families (session 28): a level with no metric of its own after "and" shares the first\'s', () => {
  // [sentence, figure, the figure before, subject]
  const CASES: [string, string, string, string[]][] = [
    ['At Harwick the same print would cost £2.50 and at Pellow Prints £9.99.', '£9.99', '£2.50', ['pellow', 'prints']],
    ['Tickets at Harwick cost £12 and at Pellow Hall £15.', '£15', '£12', ['pellow', 'hall']],
  ];
  for (const [s, fig, first, subject] of CASES) {
    it(`"${s}": ${fig} measures what ${first} does, about ${subject.join(' ')}`, () => {
      const fr = frameIn(lex, s, fig);
      assert.ok(fr.metric.length > 0);
      assert.deepEqual(fr.metric, frameIn(lex, s, first).metric);
      for (const n of subject) assert.ok(fr.subject.includes(n), fr.subject.join(' '));
    });
  }
  it('…not when what follows the figure is a noun or a verb of its own ("and 30 staff left", "and £15 was refunded")', () => {
    assert.notEqual(frameIn(lex, 'Dunmere earned £4m from fares and 30 staff left.', '30').metric[0], 'earn');
    assert.deepEqual(frameIn(lex, 'Tickets at Harwick cost £12 and £15 was refunded.', '£15').metric, []);
  });
  it('"charges £4.99" as a verb is a price: the cost class', () => {
    assert.equal(lex.conceptAs('charge', true), lex.concept('cost'));
    assert.equal(lex.conceptAs('charge', false), 'charge');
  });
});

describe('reading families (session 28): a rate of growth is a level of the growth', () => {
  const SOURCE = 'Orwell Freight is growing fast, and its investment in new depots is growing at more than 25% a year.';
  it('a rise in the note meets a level whose own phrase says growth: the same value supports it', () => {
    assert.equal(verdictAgainst(SOURCE, 'Orwell Freight investment in new depots is expanding by more than 25% a year.', '25%'), 'supported');
  });
  it('…and a level of growth in the note meets a rise in the source', () => {
    assert.equal(verdictAgainst('Orwell Freight said its depot investment rose 12% in 2004.', 'Orwell Freight reported 12% growth in depot investment in 2004.', '12%'), 'supported');
  });
  it('…not a fall: a level of growth is no fall', () => {
    assert.notEqual(verdictAgainst(SOURCE, 'Orwell Freight investment in new depots is falling by more than 25% a year.', '25%'), 'supported');
  });
});

describe('reading families (session 28): a plan against what happened', () => {
  const AGREED = 'Five Harwick Bank subsidiaries have agreed to pay $515m (£277m) to settle the inquiry.';
  it('the same precise value of the same measure supports it ("will pay" / "have agreed to pay")', () => {
    assert.equal(verdictAgainst(AGREED, 'Five Harwick Bank subsidiaries will pay $515m to settle the inquiry.', '$515m'), 'supported');
  });
  it('…a value no coincidence gives, only: a round one is not supported ("aims to ship 300" / "300 were shipped")', () => {
    // (undated: since session 50 a month named alone is a figure, and a dated value pairs through its
    // date as it does through a year — counterparts.ts — which this family does not test)
    assert.equal(verdictAgainst('Tesk shipped 300 scooters this spring.', 'Tesk aims to ship 300 scooters this spring.', '300'), 'unverified');
    assert.equal(verdictAgainst('Tesk shipped 3,125 scooters this spring.', 'Tesk aims to ship 3,125 scooters this spring.', '3,125'), 'supported');
  });
  it('…and another value is never contradicted by it: a plan is no misquote of what happened', () => {
    assert.equal(verdictAgainst(AGREED, 'Five Harwick Bank subsidiaries will pay $615m to settle the inquiry.', '$615m'), 'unverified');
  });
});

describe('reading families (session 28): a whole against a part', () => {
  const PART = 'Kelby said its mail order division saw sales rise 13.4% in the five months.';
  it('a part\'s figure does not support the whole the note names ("total sales" / "its mail order division")', () => {
    assert.equal(verdictAgainst(PART, "Kelby's total sales rose 13.4%.", '13.4%'), 'unverified');
    assert.equal(verdictAgainst(PART, 'Total sales at Kelby rose 13.4%.', '13.4%'), 'unverified');
  });
  it('…while the same part the note names is supported', () => {
    assert.equal(verdictAgainst(PART, "Sales at Kelby's mail order division rose 13.4% in the five months.", '13.4%'), 'supported');
  });
  it('…and a sentence naming the whole across its parts supports the whole', () => {
    const both = 'Overall sales across both its shops and mail order divisions were up 12.4%, Kelby said.';
    assert.equal(verdictAgainst(both, 'Total sales across the shops and mail order rose 12.4%.', '12.4%'), 'supported');
  });
  it('…and "a total" paid by parts is no whole against them ("five subsidiaries will pay a total of $515m")', () => {
    const source = 'Five Harwick Bank subsidiaries have agreed to pay a total of $515m to settle the inquiry.';
    assert.equal(verdictAgainst(source, 'Five Harwick Bank subsidiaries will pay $515m to settle the inquiry.', '$515m'), 'supported');
  });
});
