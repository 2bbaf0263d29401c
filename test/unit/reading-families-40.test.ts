// Reading families of session 40 (issue 9), found on bbc-23 and bbc-24 once they became development
// notes. Every sentence and every name here is written for the test.
import * as assert from 'node:assert/strict';
import { extractFigures, isConversion } from '../../server/src/engine/figures';
import { type ClaimFrame } from '../../server/src/engine/frames/frame';
import { Lexicon } from '../../server/src/engine/frames/lexicon';
import { frameIn } from '../helpers/frameReads';
import { judgedTitled } from './check-helpers';

const lex = new Lexicon();
const frameOf = (sentence: string, figure: string): ClaimFrame => frameIn(lex, sentence, figure);

describe('reading families (session 40): "as low as X" states the extreme the value reaches', () => {
  const T = 'Harbour town jobs plan';
  const S = 'Officials in Vellport said a new ferry terminal would bring work to the town. By 2020 unemployment could fall as low as 6.4%, the council said. As many as 900 jobs could be created at the terminal.';
  it('"could drop to 6.4%" is supported by "could fall as low as 6.4%"', () => {
    assert.equal(judgedTitled(T, S, 'Vellport unemployment could drop to 6.4% by 2020.', '6.4%'), 'supported 6.4%');
  });
  it('"900 jobs could be created" is supported by "as many as 900 jobs"', () => {
    assert.equal(judgedTitled(T, S, 'The Vellport terminal could create 900 jobs.', '900'), 'supported 900');
  });
  it('another value is still contradicted', () => {
    assert.equal(judgedTitled(T, S, 'Vellport unemployment could drop to 4.6% by 2020.', '4.6%'), 'contradicted 6.4%');
  });
  it('a line the value stays beyond is no extreme it reaches: "more than 900 jobs" does not support "900 jobs"', () => {
    const S2 = 'Officials in Vellport said a new ferry terminal would bring work to the town. More than 900 jobs could be created at the terminal.';
    assert.notEqual(judgedTitled(T, S2, 'The Vellport terminal could create 900 jobs.', '900'), 'supported 900');
  });
});

describe('reading families (session 40): an attribution closing the sentence names its speaker ("…, Ada Brine said" / "…, she said")', () => {
  const T = 'Canal towns fund';
  const S = 'A fund for canal towns is too small, a report has found.\n\nThe fund pays for 40 locks. "The money is not enough," deputy director Ada Brine said.\n\nMs Brine said most locks were built before 1850. With steady repairs, the number of closed locks could fall to 14 by 2012, she said.';
  it('a closing "NAME said" or "said NAME" gives the frame its speakers; a closing "she said" its pronoun speaker', () => {
    assert.deepEqual(frameOf('Closed locks could fall to 14 by 2012, Ada Brine said.', '14').speakers, ['ada', 'brine']);
    assert.deepEqual(frameOf('Closed locks could fall to 14 by 2012, said deputy director Ada Brine.', '14').speakers, ['ada', 'brine']);
    assert.equal(frameOf('Closed locks could fall to 14 by 2012, she said.', '14').pronounSpeaker, true);
    assert.equal(frameOf('Closed locks could fall to 14 by 2012, she added.', '14').pronounSpeaker, true);
  });
  it('a last clause that is no attribution gives none ("…, Ada Brine said to 40 people", "…, Leeds won")', () => {
    assert.equal(frameOf('Closed locks could fall to 14 by 2012, Ada Brine told 40 people.', '14').speakers, undefined);
    assert.equal(frameOf('Closed locks could fall to 14 by 2012, and Leeds won.', '14').speakers, undefined);
    assert.equal(frameOf('She said closed locks could fall to 14 by 2012, in Leeds.', '14').speakers, undefined);
    assert.equal(frameOf('Closed locks could fall to 14 by 2012, the report said.', '14').pronounSpeaker, undefined);
  });
  it('the note\'s closing speaker is the source\'s "she": supported', () => {
    assert.equal(judgedTitled(T, S, 'With steady repairs, closed locks could fall to 14 by 2012, Ada Brine said.', '14'), 'supported 14');
  });
  it('a wrong value is contradicted', () => {
    assert.equal(judgedTitled(T, S, 'With steady repairs, closed locks could fall to 23 by 2012, Ada Brine said.', '23'), 'contradicted 14');
  });
  it('a speaker the source never names is not the source\'s "she"', () => {
    assert.equal(judgedTitled(T, S, 'With steady repairs, closed locks could fall to 23 by 2012, Mira Stoat said.', '23'), 'unverified');
  });
});

describe('reading families (session 40): each conversion of a bracketed list restates the figure before it ("14bn euros ($19bn; £10bn)")', () => {
  it('both conversions take the metric of the sum they convert', () => {
    const s = 'The miller collapsed with debts of about 9bn euros ($12bn; £6bn) last year.';
    assert.deepEqual(frameOf(s, '$12bn').metric, frameOf(s, '9bn euros').metric);
    assert.deepEqual(frameOf(s, '£6bn').metric, frameOf(s, '9bn euros').metric);
    assert.ok(frameOf(s, '£6bn').metric.length > 0);
  });
  it('a bracket of other words is no list of conversions ("(from 3%)")', () => {
    assert.notEqual(frameOf('Sales rose 5% (from 3%) in May.', '3%').role, frameOf('Sales rose 5% (from 3%) in May.', '5%').role);
  });
  it('the note quoting the sterling figure with the dollar digits is contradicted', () => {
    const T = 'Dairy firm in court';
    const S = 'The Ostrava dairy firm collapsed with debts of about 9bn euros ($12bn; £6bn) and its new boss has sued the banks.';
    assert.equal(judgedTitled(T, S, 'The Ostrava dairy firm went under owing about 9bn euros, or roughly £12bn.', '£12bn'), 'contradicted £6bn');
    assert.equal(judgedTitled(T, S, 'The Ostrava dairy firm went under owing about 9bn euros, or roughly £6bn.', '£6bn'), 'supported £6bn');
  });
});

describe('reading families (session 40): what a firm "plans to raise" is the sum raised', () => {
  it('an intent before "to" and a verb naming the measure is no metric; the verb is', () => {
    assert.ok(frameOf('Tollway Group plans to raise $100m from the sale.', '$100m').metric.includes('raise'));
    assert.ok(!frameOf('Tollway Group plans to raise $100m from the sale.', '$100m').metric.includes('plan'));
    assert.ok(frameOf('The company behind the index wants to raise $100m by selling shares.', '$100m').metric.includes('raise'));
  });
  it('…not before a verb that names nothing measured ("hopes to reach 10 million homes" keeps its hope)', () => {
    assert.ok(frameOf('Skyline hopes to reach 10 million homes by 2012.', '10 million').metric.includes('home'));
  });
  it('"wants to raise $100m" is supported by "plans to raise $100m"', () => {
    const T = 'Exchange plans share sale';
    const S = 'According to papers filed with regulators, Tollway Stock Market plans to raise $100m (£52m) from the sale.';
    assert.equal(judgedTitled(T, S, 'The company behind the Tollway index wants to raise $100m by selling shares to the public.', '$100m'), 'supported $100m');
  });
  it('a sum lost stays a loss ("lost $761m" / "a loss of $761m")', () => {
    assert.ok(frameOf('For the whole year Airco lost $761m, compared with $1.2bn in 2003.', '$761m').metric.includes('loss'));
  });
});

describe('reading families (session 40): what is owed is a debt', () => {
  it('"went under owing 9bn euros" is supported by "collapsed with debts of about 9bn euros"', () => {
    const T = 'Dairy firm in court';
    const S = 'The Ostrava dairy firm collapsed with debts of about 9bn euros and its new boss has sued the banks.';
    assert.equal(judgedTitled(T, S, 'The Ostrava dairy firm went under owing about 9bn euros.', '9bn euros'), 'supported 9bn euros');
  });
});

describe('reading families (session 40): "the project" is an undertaking, "projected" a plan', () => {
  it('a noun "project" makes no plan of what the sentence says happened', () => {
    assert.notEqual(frameOf('Producer Ivo Lark says the project has been an ambition of his for more than 20 years.', '20 years').period.mode, 'plan');
    assert.equal(frameOf('Sales are projected to reach 500 next year.', '500').period.mode, 'plan');
  });
  it('"more than 20 years" is contradicted by "almost 20 years" of the same ambition', () => {
    const T = 'Classic film to be stage musical';
    const S = 'Mr Lark said the idea of turning the film into a musical had been an ambition of his for almost 20 years.';
    assert.equal(judgedTitled(T, S, 'Producer Ivo Lark says the project has been an ambition of his for more than 20 years.', '20 years'), 'contradicted 20 years');
  });
});

describe('reading families (session 40): "the upper estimate of $4m" names the bound "up to $4m" states', () => {
  const T = 'Trial costs county';
  const S = 'It is estimated the trial will cost Marlow county up to $4m (£2.13m).';
  it('supported by "up to $4m"', () => {
    assert.equal(judgedTitled(T, S, "Marlow county's upper cost estimate of $4m covers the trial.", '$4m'), 'supported $4m');
  });
  it('without the bound noun, an exact $4m is not what "up to $4m" states', () => {
    assert.notEqual(judgedTitled(T, S, "Marlow county's cost estimate of $4m covers the trial.", '$4m'), 'supported $4m');
  });
});

describe('reading families (session 40): "$4m is equal to about £2.31m" is a conversion', () => {
  it('isConversion reads "is equal to" and "equivalent to" between a sum and another currency', () => {
    const text = 'The bill of $4m is equal to about £2.13m, and $9m, equivalent to £4.8m, was paid.';
    const figs = extractFigures(text);
    const at = (t: string) => figs.find((f) => f.text === t)!;
    assert.ok(isConversion(text, at('$4m'), at('£2.13m')));
    assert.ok(isConversion(text, at('$9m'), at('£4.8m')));
    assert.ok(!isConversion(text, at('£2.13m'), at('$9m')));
  });
  it('the note\'s conversion is judged by the source\'s conversion of the same sum', () => {
    const T = 'Trial costs county';
    const S = 'It is estimated the trial will cost Marlow county $4m (£2.13m).';
    assert.equal(judgedTitled(T, S, 'The trial will cost Marlow county $4m, which is equal to about £2.31m.', '£2.31m'), 'contradicted £2.13m');
  });
});

describe('reading families (session 40): a plan and what happened are one claim on the same day of a month', () => {
  const T = 'Downloads join singles chart';
  const S = 'The industry body had planned to include download formats in the chart from 20 March. Downloads will be included in the singles chart for the first time in the chart published on 17 April - the sales week beginning 10 April.';
  it('"will count from the chart published on 17 April" is supported, not contradicted by the planned 20 March', () => {
    assert.equal(judgedTitled(T, S, 'Downloads will now count from the chart published on 17 April.', '17 April'), 'supported 17 April');
  });
  it('another day is still contradicted', () => {
    assert.equal(judgedTitled(T, S, 'Downloads will now count from the chart published on 24 April.', '24 April').split(' ')[0], 'contradicted');
  });
});

describe('reading families (session 40): a support whose sentence names whom the note names outweighs a contradiction in more of its words', () => {
  const T = 'Cup draw pairs giants with minnows';
  const S = 'Harford Rovers face a trip to Dunmore Athletic leaders Pellow in the cup third round. It is a potential money-spinner for non-league Pellow, who beat Tarnby in the second round.';
  it('"Harford must travel to non-league Pellow in the third round" is supported', () => {
    assert.equal(judgedTitled(T, S, 'Harford must travel to non-league Pellow in the third round.', 'third'), 'supported third');
  });
  it('"…in the fourth round" is contradicted', () => {
    assert.equal(judgedTitled(T, S, 'Harford must travel to non-league Pellow in the fourth round.', 'fourth').split(' ')[0], 'contradicted');
  });
});

describe('reading families (session 40): an ordinal counts the one capitalised common noun after it ("eighth Budget")', () => {
  it('the noun is the metric; a person after a rank is still who holds it', () => {
    assert.deepEqual(frameOf("The row followed Ivo Marsh's eighth Budget.", 'eighth').metric, ['budget']);
    assert.ok(!frameOf('Lenk beat world number two Federer.', 'number two').metric.includes('federer'));
  });
  it('"the ninth Budget" contradicts "the eighth Budget" of the same chancellor', () => {
    const T = 'Chancellor delivers budget';
    const S = 'Chancellor Ivo Marsh delivered his ninth Budget on Wednesday, a record for the post.';
    assert.equal(judgedTitled(T, S, 'Chancellor Ivo Marsh delivered his eighth Budget on Wednesday.', 'eighth'), 'contradicted ninth');
  });
});

describe('reading families (session 40): an ordinal right before a year or a season counts it ("its 25th year")', () => {
  it('the span is the metric', () => {
    assert.equal(frameOf('The award is marking its 25th year.', '25th').metric[0], 'year');
    assert.equal(frameOf('It was his third season at the club.', 'third').metric[0], 'season');
  });
  it('"its 25th year" is contradicted by "its 20th year" of the same prize', () => {
    const T = 'Book prize winners named';
    const S = 'The Larkwood prize, which is celebrating its 20th year, is billed as the biggest award for young readers.';
    assert.equal(judgedTitled(T, S, 'The Larkwood prize is marking its 25th year.', '25th'), 'contradicted 20th');
  });
});

describe('reading families (session 40): a description opening the sentence ("The US tycoon, who …") names whom the story named before', () => {
  const T = 'Mixed reaction to club offer';
  const S = 'Supporters are split over Amos Vellacott and his offer for Harbour City. The US tycoon, who has been wooing the club for the last 12 months, has approached the board with detailed proposals.';
  it('the description\'s names are counted', () => {
    assert.equal(frameOf('The US tycoon, who has been wooing the club for the last 12 months, has approached the board.', '12 months').describedNames, 1);
    assert.equal(frameOf('The US economy grew 3% in the last 12 months.', '3%').describedNames, undefined);
  });
  it('"Vellacott has been courting the club for the past 18 months" is contradicted', () => {
    assert.equal(judgedTitled(T, S, 'Vellacott has been courting the club for the past 18 months.', '18 months'), 'contradicted 12 months');
  });
  it('someone the story never named is not the tycoon', () => {
    assert.equal(judgedTitled(T, S, 'Ruth Pemble has been courting the club for the past 18 months.', '18 months'), 'unverified');
  });
});

describe('reading families (session 40): a length "within the next five years" measures what comes before the span', () => {
  it('the phrase before "within the next" is the metric, the opener last', () => {
    const m = frameOf('He also promised to end teenage unemployment within the next five years.', 'five years').metric;
    assert.equal(m[0], 'unemployment');
    assert.equal(m[m.length - 1], 'next');
    assert.equal(frameOf('In the next five years, sales will double.', 'five years').metric[0], 'next');
  });
  it('"within ten years" is contradicted by "within the next five years" of the same pledge', () => {
    const T = 'Chancellor sets out pledges';
    const S = 'In a speech on Monday, Chancellor Ivo Marsh also promised to end teenage unemployment within the next five years.';
    assert.equal(judgedTitled(T, S, 'Ivo Marsh pledged to end teenage unemployment within ten years.', 'ten years'), 'contradicted five years');
  });
});

describe('reading families (session 40): sums read past what only gives them ("comes to", "in sterling", whom they are paid)', () => {
  it('"comes to" links a sum to what it measures, as "amounts to" does', () => {
    assert.equal(frameOf('In sterling that payment comes to roughly £1.5bn.', '£1.5bn').metric[0], 'cost');
  });
  it('"in sterling" is the currency a sum is given in, not what the money is in; "in bonds" is', () => {
    assert.equal(frameOf("Velden's cash shortfall to the end of June comes to roughly £39m in sterling.", '£39m').metric[0], 'deficit');
    assert.equal(frameOf('Kelby raised $300m in bonds.', '$300m').metric[0], 'bond');
  });
  it('whom a sum is paid is no measure of it: "pay former partner Fiat 1.55bn euros" measures the paying', () => {
    assert.equal(frameOf('Carco had to pay former partner Tavia 1.55bn euros to get out of a deal.', '1.55bn euros').metric[0], 'cost');
    assert.equal(frameOf('The fund paid dividends of $5m.', '$5m').metric[0], 'dividend');
  });
});

describe('reading families (session 40): a place opening the sentence before its pronoun subject is where, not who', () => {
  it('"In Cambodia he installed 52 laptops": no subject of its own', () => {
    assert.deepEqual(frameOf('In Cambodia he installed 52 laptops three years ago.', '52').subject, []);
  });
  it('…but "In Northern Ireland it was just over 66,000" is the place\'s own figure, and "In Britain sales rose 5%" Britain\'s', () => {
    assert.ok(frameOf('In Northern Ireland it was just over 66,000, in Wales just over 59,000.', '66,000').names.length > 0);
    assert.notDeepEqual(frameOf('In Northern Ireland it was 66,000.', '66,000').subject, []);
    assert.notDeepEqual(frameOf('In Britain sales rose 5%.', '5%').subject, []);
  });
});

describe('reading families (session 40): the same day of a month supports a note that dates its comparison "a year earlier"', () => {
  const T = 'Shoppers return to malls';
  const S = 'Figures released on Tuesday show sales in shopping malls in the week to 25 December were 4.3% higher than in 2003.';
  it('"in the week to 25 December were 3.4% up on a year earlier": the day is supported, the rise contradicted', () => {
    assert.equal(judgedTitled(T, S, 'Mall sales in the week to 25 December were 3.4% up on a year earlier.', '25 December'), 'supported 25 December');
    assert.equal(judgedTitled(T, S, 'Mall sales in the week to 25 December were 3.4% up on a year earlier.', '3.4%'), 'contradicted 4.3%');
  });
});

describe('reading families (session 40): "the Scots" are Scotland', () => {
  it('"would leave Scotland favourites … for the third year running" is contradicted by "would leave the Scots as favourites … for the second year running"', () => {
    const T = 'Coach will not quit';
    const S = 'Coach Ivo Marsh says he will not quit as Scotland coach even if his side lose to Italy on Saturday.\n\nThat would leave the Scots as favourites to win the Wooden Spoon for the second year running.';
    assert.equal(judgedTitled(T, S, 'A loss to Italy would leave Scotland favourites for the Wooden Spoon for the third year running.', 'third'), 'contradicted second');
  });
});
