// The figure families that are not amounts: ranks, scores, dates without a year, decades, shares
// written as fractions, measures with units, fiscal years, compound durations, -fold multipliers,
// ranges with a unit on both ends. Every sentence here is written for the test.
import * as assert from 'node:assert/strict';
import { comparable, describeFigure, extractFigures, figuresAgree, formatFigureLike, formatLike } from '../../server/src/engine/figures';
import type { Figure } from '../../server/src/engine/types';

type Props = Partial<Figure>;
/** [sentence, figure text, properties]: the figure must be found with these properties. */
type Positive = [string, string, Props];

function find(sentence: string, text: string): Figure {
  const all = extractFigures(sentence);
  const f = all.find((x) => x.text === text);
  assert.ok(f, `no figure ${JSON.stringify(text)} in ${JSON.stringify(sentence)}; got ${JSON.stringify(all.map((x) => x.text))}`);
  assert.equal(sentence.slice(f.start, f.end), f.text, 'span must match text');
  return f;
}

function positives(title: string, cases: Positive[]): void {
  describe(title, () => {
    for (const [s, text, props] of cases) {
      it(`${text} in: ${s}`, () => {
        const f = find(s, text);
        for (const [k, v] of Object.entries(props)) assert.deepEqual((f as unknown as Record<string, unknown>)[k], v, `${text}: ${k}`);
      });
    }
  });
}

/** [sentence, kind]: no figure of this kind (or, with kind 'any', no figure at all) may be found. */
function negatives(title: string, cases: [string, Figure['kind'] | 'any'][]): void {
  describe(title, () => {
    for (const [s, kind] of cases) {
      it(`no ${kind === 'any' ? 'figure' : kind} in: ${s}`, () => {
        const got = extractFigures(s).filter((f) => kind === 'any' || f.kind === kind);
        assert.deepEqual(got.map((f) => [f.text, f.kind]), []);
      });
    }
  });
}

function one(s: string): Figure {
  const f = extractFigures(s);
  assert.equal(f.length, 1, `expected one figure in ${JSON.stringify(s)}, got ${JSON.stringify(f.map((x) => x.text))}`);
  return f[0];
}

// ---------------------------------------------------------------------------------------
// Ranks

positives('families: ordinals and ranks', [
  ['The runner finished 19th of the field.', '19th', { kind: 'ordinal', value: 19 }],
  ['She became the 2,838th member to join.', '2,838th', { kind: 'ordinal', value: 2838 }],
  ['The single is the 512th in the series.', '512th', { kind: 'ordinal', value: 512 }],
  ['He marked his 31st birthday quietly.', '31st', { kind: 'ordinal', value: 31 }],
  ['It was the club’s 899th league fixture.', '899th', { kind: 'ordinal', value: 899 }],
  ['The winner came in the 70th minute.', '70th', { kind: 'ordinal', value: 70 }],
  ['A 20th century invention changed it.', '20th', { kind: 'ordinal', value: 20 }],
  ['A 19th-century mill stood there.', '19th', { kind: 'ordinal', value: 19 }],
  ['The side ranked 3rd after the change.', '3rd', { kind: 'ordinal', value: 3 }],
  ['It gave the singer his 19th UK number one.', '19th', { kind: 'ordinal', value: 19 }],
  ['They ended sixth in the table.', 'sixth', { kind: 'ordinal', value: 6, words: true }],
  ['He was the fourth Premiership player to reach it.', 'fourth', { kind: 'ordinal', value: 4 }],
  ['It is their seventh title in a row.', 'seventh', { kind: 'ordinal', value: 7 }],
  ['She finished third behind two rivals.', 'third', { kind: 'ordinal', value: 3 }],
  ['He took second place overall.', 'second', { kind: 'ordinal', value: 2 }],
  ['The team marked its twenty-first season.', 'twenty-first', { kind: 'ordinal', value: 21 }],
  ['The sixth-placed side lost.', 'sixth', { kind: 'ordinal', value: 6 }],
  ['It won a fifth straight award.', 'fifth', { kind: 'ordinal', value: 5 }],
  ['Their record was a number one single in spring.', 'number one', { kind: 'ordinal', value: 1 }],
  ['The track reached number 8 in the chart.', 'number 8', { kind: 'ordinal', value: 8 }],
  ['The album went straight to number two.', 'number two', { kind: 'ordinal', value: 2 }],
  ['The film slipped to third at the box office.', 'third', { kind: 'ordinal', value: 3 }],
  ['The presenter moved up to 18th from 23rd in the list.', '18th', { kind: 'ordinal', value: 18 }],
  ['The presenter moved up to 18th from 23rd in the list.', '23rd', { kind: 'ordinal', value: 23 }],
  ['Last year the host slipped to 19th.', '19th', { kind: 'ordinal', value: 19 }],
  ['The presenter moves to number 18 from 32 last year.', 'number 18', { kind: 'ordinal', value: 18 }],
  ['The host fell to number 16 following few appearances.', 'number 16', { kind: 'ordinal', value: 16 }],
  ['The game dropped one place to five this week.', 'five', { kind: 'ordinal', value: 5 }],
  ['She beat world number two Ostrander in the final.', 'number two', { kind: 'ordinal', value: 2 }],
  ['World number 31 Quill looked nervous.', 'number 31', { kind: 'ordinal', value: 31 }],
  ['It was her ninth in a row as she chased the top spot.', 'ninth', { kind: 'ordinal', value: 9 }],
  ['The side won its 12th in succession.', '12th', { kind: 'ordinal', value: 12 }],
  ['It was only her third in a row.', 'third', { kind: 'ordinal', value: 3 }],
]);
negatives('families: not ranks', [
  ['The meeting is on the 1st, the 21st and the 3rd.', 'any'],
  ['The 1st Battalion and the 101st Airborne moved.', 'any'],
  ['The 21st Century Fox deal closed.', 'any'],
  ['King Henry VIII ruled then.', 'any'],
  ['First, we looked at the data.', 'any'],
  ['A second study found the same.', 'any'],
  ['It was never needed in the first place.', 'any'],
  ['A third party runs the site.', 'any'],
  ['The first in line waited; a second in command took over.', 'any'],
  ['The Fourth Estate holds power to account.', 'any'],
  ['He had a sixth sense for danger.', 'any'],
  ['He lives at number 10 Downing Street.', 'any'],
  ['She took the number 10 bus home.', 'any'],
  ['A number of people came.', 'any'],
  ['Sales rose to third of the total.', 'ordinal'],
  ['Prices fell to five a box.', 'ordinal'],
  ['The 5th of the month is payday.', 'any'],
  ['It fell on the 2nd and the 3rd.', 'any'],
]);

// ---------------------------------------------------------------------------------------
// Scores

positives('families: match scores', [
  ['The top seed was the favourite but went down 7-6 (7-4) 6-3.', '7-4', { kind: 'score', value: 7, high: 4 }], // sets beside sets are no odds, a favourite near or not
  ['The Gulls turned a 15-6 half-time deficit into a lead.', '15-6', { kind: 'score', value: 15, high: 6 }], // "half-time" opens a compound, no fraction
  ['The visitors won 2-1 at home.', '2-1', { kind: 'score', value: 2, high: 1 }],
  ['They beat the hosts 22-6 at the break.', '22-6', { kind: 'score', value: 22, high: 6 }],
  ['It was a 5-0 win for the champions.', '5-0', { kind: 'score', value: 5, high: 0 }],
  ['The derby ended 1-1 after a late goal.', '1-1', { kind: 'score', value: 1, high: 1 }],
  ['They lost 3–4 in extra time.', '3–4', { kind: 'score', value: 3, high: 4 }],
  ['A 101-98 victory sealed the series.', '101-98', { kind: 'score', value: 101, high: 98 }],
  ['They led 14-3 at half-time.', '14-3', { kind: 'score', value: 14, high: 3 }],
  ['The visitors were 22-6 down at the break.', '22-6', { kind: 'score', value: 22, high: 6 }],
]);
negatives('families: not scores', [
  ['The 5-1 favourite won the race.', 'score'],
  ['Odds of 7-2 were offered.', 'score'],
  ['Children aged 5-10 play here.', 'score'],
  ['They won 5-10 seats in the vote.', 'score'],
  ['Work takes 2-3 weeks.', 'score'],
  ['The Boeing 737-800 landed.', 'any'],
  ['The team played a 4-4-2 formation.', 'any'],
  ['Call 555-1234 today.', 'any'],
]);

// ---------------------------------------------------------------------------------------
// Dates without a year

positives('families: betting odds', [
  ['The 5-1 favourite won the race.', '5-1', { kind: 'odds', value: 5, high: 1 }],
  ['Odds of 7-2 were offered on the grey.', '7-2', { kind: 'odds', value: 7, high: 2 }],
  ['Bookmakers make the film second favourite at 9/4.', '9/4', { kind: 'odds', value: 9, high: 4 }],
  ['The mare was in third place at 11/4.', '11/4', { kind: 'odds', value: 11, high: 4 }],
  ['An 8/13 shot won the cup.', '8/13', { kind: 'odds', value: 8, high: 13 }],
]);
negatives('families: not betting odds', [
  ['The hall was at 3/4 of capacity.', 'any'],
  ['On 9/4/2005 the shop closed.', 'any'],
  ['They won 3-1 in the final.', 'odds'],
]);

positives('families: dates without a year', [
  ['The board met on 27 February to decide.', '27 February', { kind: 'date', value: 227 }],
  ['The vote on 19 November was close.', '19 November', { kind: 'date', value: 1119 }],
  ['Talks resume on 9 November.', '9 November', { kind: 'date', value: 1109 }],
  ['The fair opens on May 1st each year.', 'May 1st', { kind: 'date', value: 501 }],
  ['It closes on the 1st of May.', '1st of May', { kind: 'date', value: 501 }],
  ['The rule applies from 1 January.', '1 January', { kind: 'date', value: 101 }],
  ['On March 3 the plan was shown.', 'March 3', { kind: 'date', value: 303 }],
]);
describe('families: dates with a year keep the year as the figure', () => {
  const cases: [string, string[]][] = [
    ['The law passed on 20 May 2001 in the end.', ['2001']],
    ['It began on 1 January 1985.', ['1985']],
    ['It opened in November 2007.', ['2007']],
    ['It shipped on September 7, 2020.', ['2020']],
    ['It opened on May 1st, 1999.', ['1999']],
  ];
  for (const [s, want] of cases) {
    it(s, () => assert.deepEqual(extractFigures(s).map((f) => f.text), want));
  }
});
negatives('families: not dates', [
  ['In May 10 people died.', 'date'],
  ['You may 5 times try.', 'date'],
  // ("It runs 7-9 September." is one date since session 49: reading-families-49.test.ts)
  ['It runs 26-24 September.', 'date'],
]);

// ---------------------------------------------------------------------------------------
// Decades and fiscal years

positives('families: decades and fiscal years', [
  ['Music of the 1960s was loud.', '1960s', { kind: 'year', value: 1960, high: 1969 }],
  ['The 1970s brought change.', '1970s', { kind: 'year', value: 1970, high: 1979 }],
  ['Fashion of the 1990\'s returned.', '1990\'s', { kind: 'year', value: 1990, high: 1999 }],
  ['Bands of the \'90s toured.', '\'90s', { kind: 'year', value: 1990, high: 1999 }],
  ['Films of the ’60s were shown.', '’60s', { kind: 'year', value: 1960, high: 1969 }],
  ['It grew in the mid-1980s.', 'mid-1980s', { kind: 'year', value: 1983, high: 1987 }],
  ['Profits rose in 2003/04 overall.', '2003/04', { kind: 'year', value: 2003, high: 2004, fiscal: true }],
  ['Profits rose in 2003-04 overall.', '2003-04', { kind: 'year', value: 2003, high: 2004, fiscal: true }],
  ['Profits rose in 1999/2000 overall.', '1999/2000', { kind: 'year', value: 1999, high: 2000, fiscal: true }],
  ['Profits rose over 2003-05 overall.', '2003-05', { kind: 'year', value: 2003, high: 2005, fiscal: undefined }],
]);
negatives('families: not decades or fiscal years', [
  ['In the \'20s it boomed.', 'year'],
  ['They are in their 60s now.', 'year'],
  ['The date 2003/04/05 was odd.', 'year'],
  ['The ratio was 2003/07 then.', 'year'],
]);

// ---------------------------------------------------------------------------------------
// Fractions

positives('families: shares written as fractions', [
  ['About two-thirds of voters agreed.', 'two-thirds', { kind: 'percent', value: 66.67, fraction: true, words: true, hedge: 'approx' }],
  ['A third of staff left.', 'A third', { kind: 'percent', value: 33.33, fraction: true }],
  ['A quarter of homes had one.', 'A quarter', { kind: 'percent', value: 25, fraction: true }],
  ['Three quarters of adults said so.', 'Three quarters', { kind: 'percent', value: 75, fraction: true }],
  ['Nearly half of the staff left.', 'half', { kind: 'percent', value: 50, fraction: true, hedge: 'approx' }],
  ['Nearly a half of all staff left.', 'half', { kind: 'percent', value: 50, fraction: true, hedge: 'approx' }],
  ['One in ten adults smoke.', 'One in ten', { kind: 'percent', value: 10, fraction: true }],
  ['One in five children were ill.', 'One in five', { kind: 'percent', value: 20, fraction: true }],
  ['Sales fell by a fifth.', 'a fifth', { kind: 'percent', value: 20, fraction: true }],
  ['Some 1 in 4 people agreed.', '1 in 4', { kind: 'percent', value: 25, fraction: true, words: undefined }],
  ['Seven out of 10 agreed.', 'Seven out of 10', { kind: 'percent', value: 70, fraction: true }],
  ['One fifth of the land is wild.', 'One fifth', { kind: 'percent', value: 20, fraction: true }],
]);
describe('families: "half" is a share only in "half of the …"', () => {
  it('half the price stays a multiplier; half as many and cut in half stay unread, as before', () => {
    assert.deepEqual(extractFigures('Half as many came, at half the price, cut in half.').map((f) => [f.text, f.kind, f.value]), [['half', 'multiplier', 0.5]]);
  });
  it('half a million is a count', () => {
    assert.deepEqual(extractFigures('Half a million came.').map((f) => [f.kind, f.value]), [['count', 500000]]);
  });
});
negatives('families: not fractions', [
  ['The shop was cut in half.', 'any'],
  ['The first half of the year was slow.', 'any'],
  ['One and a half of the cakes went.', 'any'],
  ['A quarter century passed.', 'any'],
  ['It took three quarters to recover.', 'percent'],
  ['After three quarters of contraction it grew.', 'percent'],
  ['The Welsh three-quarter scored twice.', 'percent'],
  ['He scored 5 in 10 minutes.', 'percent'],
  ['Five thirds is not a share.', 'percent'],
  ['A third-party app was used.', 'any'],
]);

// ---------------------------------------------------------------------------------------
// Measures

positives('families: measures with a unit', [
  ['The line runs at 9.2Mbps now.', '9.2Mbps', { kind: 'measure', unit: 'Mbps', value: 9.2 }],
  ['The old line gave 512kbps only.', '512kbps', { kind: 'measure', unit: 'kbps', value: 512 }],
  ['It has a 3GHz chip.', '3GHz', { kind: 'measure', unit: 'GHz', value: 3 }],
  ['He drove at 38mph there.', '38mph', { kind: 'measure', unit: 'mph', value: 38 }],
  ['He drove at 38 mph there.', '38 mph', { kind: 'measure', unit: 'mph', value: 38 }],
  ['The car hit 61km/h on the bend.', '61km/h', { kind: 'measure', unit: 'km/h', value: 61 }],
  ['The route is 100km long.', '100km', { kind: 'measure', unit: 'km', value: 100 }],
  ['Gusts reached 17m/s today.', '17m/s', { kind: 'measure', unit: 'm/s', value: 17 }],
  ['The parcel weighed 5kg in all.', '5kg', { kind: 'measure', unit: 'kg', value: 5 }],
  ['It reached 30C in the shade.', '30C', { kind: 'measure', unit: 'C', value: 30 }],
  ['The 508m tall tower opened.', '508m', { kind: 'measure', unit: 'm', value: 508, scale: 1 }],
  ['They built the 508m tower.', '508m', { kind: 'measure', unit: 'm', value: 508 }],
  ['He missed a 45m penalty late on.', '45m', { kind: 'measure', unit: 'm', value: 45 }],
  ['The water moved 71m per second.', '71m', { kind: 'measure', unit: 'm', value: 71 }],
  ['The belt moves 462m per minute.', '462m', { kind: 'measure', unit: 'm', value: 462 }],
  ['She won the 100m final.', '100m', { kind: 'measure', unit: 'm', value: 100 }],
  ['A 100m-long tunnel was dug.', '100m', { kind: 'measure', unit: 'm', value: 100 }],
]);
positives('families: units spelled out are the same units', [
  ['The plant made 96 gigawatt-hours last winter.', '96 gigawatt-hours', { kind: 'measure', unit: 'GWh', value: 96 }],
  ['The plant made 96 gigawatt hours last winter.', '96 gigawatt hours', { kind: 'measure', unit: 'GWh', value: 96 }],
  ['The town used 300 kilowatt-hours a day.', '300 kilowatt-hours', { kind: 'measure', unit: 'kWh', value: 300 }],
  ['The grid stored 40 megawatt hours.', '40 megawatt hours', { kind: 'measure', unit: 'MWh', value: 40 }],
  ['The country used 5 terawatt-hours.', '5 terawatt-hours', { kind: 'measure', unit: 'TWh', value: 5 }],
  ['The country used 5 TWh in all.', '5 TWh', { kind: 'measure', unit: 'TWh', value: 5 }],
  ['Demand peaked at 1,240 megawatts.', '1,240 megawatts', { kind: 'measure', unit: 'MW', value: 1240 }],
  ['The road is 12 kilometres long.', '12 kilometres', { kind: 'measure', unit: 'km', value: 12 }],
  ['The road is 12 kilometers long.', '12 kilometers', { kind: 'measure', unit: 'km', value: 12 }],
  ['The parcel weighed 40 kilograms.', '40 kilograms', { kind: 'measure', unit: 'kg', value: 40 }],
  ['The phone has 128 gigabytes of storage.', '128 gigabytes', { kind: 'measure', unit: 'GB', value: 128 }],
  ['He drove at 70 miles per hour.', '70 miles per hour', { kind: 'measure', unit: 'mph', value: 70 }],
  ['The line gives 50 megabits per second.', '50 megabits per second', { kind: 'measure', unit: 'Mbps', value: 50 }],
]);
negatives('families: words that only look like units are not measures', [
  ['He walked 5 miles home.', 'measure'],
  ['Engineers fitted 300 meters in the flats.', 'measure'],
  ['Engineers fitted 300 new meters in the flats.', 'measure'],
]);
negatives('families: a measure with a comparative is a difference, not read', [
  ['The tower is more than 50m taller than the old one.', 'any'],
  ['The leap was 37cm short of the record.', 'any'],
  ['It ran 10mph faster than before.', 'any'],
]);
describe('families: metres are told from millions', () => {
  it('£45m is money, 45m people a count, 45m per year a count', () => {
    const f = extractFigures('It cost £45m; 45m people watched; 45m per year visit.');
    assert.deepEqual(f.map((x) => [x.text, x.kind, x.value]), [['£45m', 'currency', 45e6], ['45m', 'count', 45e6], ['45m', 'count', 45e6]]);
  });
});
negatives('families: not measures', [
  ['It runs on 3G and 4G.', 'any'],
  ['The G7 met in spring.', 'any'],
  ['The 5G rollout began.', 'any'],
  ['It needs a 12V plug.', 'measure'],
  ['The Q3 results came.', 'any'],
]);

// ---------------------------------------------------------------------------------------
// Counts, multipliers, durations and ranges

positives('families: counts, multipliers, durations and ranges', [
  ['It is a 300M-user service.', '300M', { kind: 'count', value: 300e6 }],
  ['Sales saw a fourfold rise.', 'fourfold', { kind: 'multiplier', value: 4 }],
  ['Output grew threefold.', 'threefold', { kind: 'multiplier', value: 3 }],
  ['Costs rose tenfold.', 'tenfold', { kind: 'multiplier', value: 10 }],
  ['There were three times as many.', 'three times', { kind: 'multiplier', value: 3 }],
  ['It is 2.5 times higher.', '2.5 times', { kind: 'multiplier', value: 2.5 }],
  ['A year-long inquiry began.', 'year-long', { kind: 'duration', unit: 'year', value: 1 }],
  ['A decade-long war ended.', 'decade-long', { kind: 'duration', unit: 'decade', value: 1 }],
  ['A week-long tour began.', 'week-long', { kind: 'duration', unit: 'week', value: 1 }],
  ['Only an eighth of it was sold.', 'an eighth', { kind: 'percent', value: 12.5, fraction: true }],
  ['He signed a two-year contract.', 'two-year', { kind: 'duration', unit: 'year', value: 2 }],
  ['She got a six-month ban.', 'six-month', { kind: 'duration', unit: 'month', value: 6 }],
  ['It was an 18-month deal.', '18-month', { kind: 'duration', unit: 'month', value: 18 }],
  ['It costs 1.5 million to 2 million a year.', '1.5 million to 2 million', { kind: 'count', value: 1.5e6, high: 2e6 }],
  ['An estimated 1.5 million-2 million people came.', '1.5 million-2 million', { value: 1.5e6, high: 2e6 }],
  ['Growth of between 3% and 5% is likely.', '3% and 5%', { kind: 'percent', value: 3, high: 5 }],
  ['A fee of £40m-£50m was paid.', '£40m-£50m', { kind: 'currency', value: 40e6, high: 50e6 }],
  ['About 6-7% of it.', '6-7%', { kind: 'percent', value: 6, high: 7 }],
  ['Rates were 8% to 9% last year.', '8% to 9%', { kind: 'percent', value: 8, high: 9 }],
  ['Some 1.5-2 million people came.', '1.5-2 million', { value: 1.5e6, high: 2e6, scale: 1e6 }],
]);
describe('families: figures never overlap', () => {
  it('"three month-long" is three months, once', () => {
    assert.deepEqual(extractFigures('After a three month-long poll.').map((f) => [f.text, f.value, f.unit]), [['three month', 3, 'month']]);
  });
});
describe('families: changes stay two figures', () => {
  const cases: [string, string[]][] = [
    ['Rates rose 8% to 9% last year.', ['8%', '9%']],
    ['Inflation eased 2.1% to 1.9% in May.', ['2.1%', '1.9%', 'May']],
    ['Sales went from 1.5 million to 2 million.', ['1.5 million', '2 million']],
    ['A rise of 8% to 9% was seen.', ['8%', '9%']],
  ];
  for (const [s, want] of cases) {
    it(s, () => assert.deepEqual(extractFigures(s).map((f) => f.text).filter((t) => t !== 'May'), want.filter((t) => t !== 'May')));
  }
});

// ---------------------------------------------------------------------------------------
// Names that are never figures

negatives('families: names are never figures', [
  ['It aired on Channel 4 first.', 'any'],
  ['He played PlayStation 2 all day.', 'any'],
  ['It still ran Windows 2000 then.', 'any'],
  ['Phones moved to 3G quickly.', 'any'],
  ['The G7 leaders met.', 'any'],
  ['Band Aid 20 released a single.', 'any'],
  ['He loved Half-Life 2 and Doom 3.', 'any'],
  ['50 Cent released an album.', 'any'],
  ['The TFC 101 Tower opened.', 'any'],
  ['Under Article 2 it is legal.', 'any'],
  ['It beat GPT-4o and Q2 targets.', 'any'],
]);
describe('families: Llama 3 70B keeps only its size', () => {
  it('Llama 3 70B', () => assert.deepEqual(extractFigures('We ran Llama 3 70B today.').map((f) => [f.text, f.kind]), [['70B', 'size']]));
});

// ---------------------------------------------------------------------------------------
// Agreement, comparability and rendering

describe('families: each kind compares only with its own', () => {
  it('a rank, a score, a date and a measure never compare with a count', () => {
    const count = one('There were 19 people.');
    for (const s of ['He finished 19th overall.', 'They won 19-3 in the end.', 'It opened on 19 May.', 'It is 19km away.']) {
      assert.equal(comparable(one(s), count), false, s);
    }
  });
  it('a score agrees only with the same score', () => {
    assert.equal(figuresAgree(one('They won 2-1 at home.'), one('They won 2-1 away.')), true);
    assert.equal(figuresAgree(one('They won 2-1 at home.'), one('They won 1-2 away.')), false);
    assert.equal(figuresAgree(one('They won 2-1 at home.'), one('They won 3-1 away.')), false);
  });
  it('dates agree only when equal', () => {
    assert.equal(figuresAgree(one('It opened on 27 February.'), one('It opened on February 27.')), true);
    assert.equal(figuresAgree(one('It opened on 27 February.'), one('It opened on 28 February.')), false);
  });
  it('ranks agree only when equal', () => {
    assert.equal(figuresAgree(one('He finished 19th overall.'), one('He came nineteenth overall.')), true);
    assert.equal(figuresAgree(one('He finished sixth overall.'), one('He finished 6th overall.')), true);
    assert.equal(figuresAgree(one('He finished sixth overall.'), one('He finished 7th overall.')), false);
  });
  it('decades compare as year ranges', () => {
    assert.equal(figuresAgree(one('In the 1960s it grew.'), one('In the \'60s it grew.')), true);
    assert.equal(figuresAgree(one('In the 1960s it grew.'), one('In the 1970s it grew.')), false);
  });
  it('measures convert within a family, never across', () => {
    assert.equal(figuresAgree(one('The line runs at 512kbps.'), one('The line runs at 0.512Mbps.')), true);
    assert.equal(figuresAgree(one('The line runs at 512kbps.'), one('The line runs at 2Mbps.')), false);
    assert.equal(comparable(one('He drove at 60mph there.'), one('He drove at 96km/h there.')), false);
    assert.equal(comparable(one('It is 5km away.'), one('It weighs 5kg now.')), false);
  });
  it('a unit spelled out agrees with its symbol and converts within its family', () => {
    assert.equal(figuresAgree(one('It made 96 gigawatt-hours in all.'), one('It made 96 GWh in all.')), true);
    assert.equal(figuresAgree(one('It made 96 gigawatt-hours in all.'), one('It made 96,000 MWh in all.')), true);
    assert.equal(figuresAgree(one('It made 96 gigawatt-hours in all.'), one('It made 90 GWh in all.')), false);
    assert.equal(figuresAgree(one('The road is 12 kilometres long.'), one('The road is 12km long.')), true);
    assert.equal(comparable(one('It made 96 gigawatt-hours in all.'), one('It has 96 gigawatts in all.')), false, 'energy is not power');
    // the fix keeps the note's words
    assert.equal(formatFigureLike(one('It made 90 GWh in all.'), one('It made 96 gigawatt-hours in all.')), '90 gigawatt-hours');
  });
  it('a fraction is approximate: a quarter agrees with 24% to 26%, not with 40%', () => {
    const q = one('A quarter of homes had one.');
    for (const v of ['24%', '25%', '26%', '25.5%']) assert.equal(figuresAgree(q, one(`It was ${v} of homes.`)), true, v);
    assert.equal(figuresAgree(q, one('It was 40% of homes.')), false);
    assert.equal(figuresAgree(one('About two-thirds agreed.'), one('It was 67% in all.')), true);
    assert.equal(figuresAgree(one('One in ten adults smoke.'), one('It was 10.4% in all.')), true);
    assert.equal(figuresAgree(one('One in ten adults smoke.'), one('It was 20% in all.')), false);
  });
  it('fiscal years agree with the same years however joined', () => {
    assert.equal(figuresAgree(one('Profits rose in 2003/04 overall.'), one('Profits rose in 2003-04 overall.')), true);
    assert.equal(figuresAgree(one('Profits rose in 2003/04 overall.'), one('Profits rose in 2004/05 overall.')), false);
  });
});

describe('families: quick fixes render in the note\'s format', () => {
  const cases: [string, string, string][] = [
    ['He finished 19th overall.', 'He finished 21st overall.', '21st'],
    ['They ended sixth in the table.', 'They ended 8th in the table.', 'eighth'],
    ['The track reached number 8 in the chart.', 'The track reached number 3 in the chart.', 'number 3'],
    ['It was a number one single.', 'It was a number two single.', 'number two'],
    ['The visitors won 2-1 at home.', 'The visitors won 3-1 at home.', '3-1'],
    ['They lost 3–4 in extra time.', 'They lost 2-4 in extra time.', '2–4'],
    ['The board met on 27 February to decide.', 'The board met on 19 November to decide.', '19 November'],
    ['The fair opens on May 1st each year.', 'The fair opens on 2 June each year.', 'June 2nd'],
    ['Music of the 1960s was loud.', 'Music of the 1970s was loud.', '1970s'],
    ['Bands of the \'90s toured.', 'Bands of the 1980s toured.', '\'80s'],
    ['Profits rose in 2003/04 overall.', 'Profits rose in 2004-05 overall.', '2004/05'],
    ['About two-thirds of voters agreed.', 'About three-quarters of voters agreed.', 'three-quarters'],
    ['A third of staff left.', 'It was 40% of staff.', '40%'],
    ['A third of staff left.', 'A quarter of staff left.', 'A quarter'],
    ['One in ten adults smoke.', 'It was 20% of adults.', 'One in five'],
    ['Sales fell by a fifth.', 'Sales fell by 25%.', 'a quarter'],
    ['The line runs at 9.2Mbps now.', 'The line runs at 8Mbps now.', '8.0Mbps'],
    ['The line runs at 0.5Mbps now.', 'The line runs at 512kbps now.', '0.512Mbps'],
    ['The 508m tall tower opened.', 'The 452m tall tower opened.', '452m'],
  ];
  for (const [note, source, want] of cases) {
    it(`${note} ← ${source}: ${want}`, () => {
      assert.equal(formatFigureLike(one(source), one(note)), want);
    });
  }
  it('formatLike writes a date the note\'s way', () => {
    assert.equal(formatLike(1119, undefined, one('The fair opens on May 1st each year.')), 'November 19th');
  });
});

describe('families: short forms for messages', () => {
  const cases: [string, string][] = [
    ['He finished 19th overall.', '19th'],
    ['They ended sixth in the table.', '6th'],
    ['The visitors won 2-1 at home.', '2-1'],
    ['On March 3 the plan was shown.', '3 March'],
    ['Music of the 1960s was loud.', '1960s'],
    ['Profits rose in 2003/04 overall.', '2003/04'],
    ['A third of staff left.', 'A third (33.33%)'],
    ['He drove at 38mph there.', '38mph'],
  ];
  for (const [s, want] of cases) it(want, () => assert.equal(describeFigure(one(s)), want));
});

// ---------------------------------------------------------------------------------------
// Pence

positives('families: pence glued to the number', [
  ['Duty on a pint of cider goes up by 3p.', '3p', { kind: 'currency', unit: 'GBX', value: 3 }],
  ['Shares rose 6p to 412p in early trading.', '412p', { kind: 'currency', unit: 'GBX', value: 412 }],
  ['A stamp now costs 32.5p.', '32.5p', { kind: 'currency', unit: 'GBX', value: 32.5 }],
]);
positives('families: pence and cents as words, with no scale', [
  ['Shares in Ostcorp were up 1.8% at 115.5 pence in morning trade.', '115.5 pence', { kind: 'currency', unit: 'GBX', value: 115.5 }],
  ['The board raised the dividend to 25 cents a share.', '25 cents', { kind: 'currency', unit: 'CENT', value: 25 }],
]);
positives('families: seconds glued to the number are a plain number, as "7.23 seconds" is', [
  ['She won the 60m in 7.23secs on Sunday.', '7.23', { kind: 'number', value: 7.23 }],
  ['He clocked 44.9sec in the heat.', '44.9', { kind: 'number', value: 44.9 }],
]);
negatives('families: a video\'s lines are not pence', [
  ['The set plays 1080p and 720p video.', 'currency'],
]);

// ---------------------------------------------------------------------------------------
// "past" as a bound

positives('families: "past" before an amount is a lower bound', [
  ['The network took its total past 2.1 million homes.', '2.1 million', { hedge: 'over', hedgeText: 'past' }],
]);
describe('families: "past" as an adjective is no bound', () => {
  for (const s of ['In his past 40 matches he scored often.', "The firm's past 3 results were weak.", 'Over the past two years sales fell.']) {
    it(s, () => assert.ok(extractFigures(s).every((f) => f.hedge === undefined), JSON.stringify(extractFigures(s))));
  }
});

negatives('families: the numbers of a footnote list are markers', [
  ['See [1] and [2, 3] for the details.', 'any'],
  ['As reported [4, 9, 12].', 'any'],
]);
