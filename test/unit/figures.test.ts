import * as assert from 'node:assert/strict';
import {
  comparable,
  describeFigure,
  extractFigures,
  figuresAgree,
  formatFigureLike,
  formatLike,
} from '../../server/src/engine/figures';
import type { Figure } from '../../server/src/engine/types';

// ---------------------------------------------------------------------------------------
// helpers

/** The single figure in `s` (fails when there is not exactly one). */
function one(s: string): Figure {
  const f = extractFigures(s);
  assert.equal(f.length, 1, `expected one figure in ${JSON.stringify(s)}, got ${JSON.stringify(f.map((x) => x.text))}`);
  return f[0];
}

/** The figure written exactly as `text` inside `sentence` (fails when absent). */
function find(sentence: string, text: string): Figure {
  const f = extractFigures(sentence).find((x) => x.text === text);
  assert.ok(f, `no figure ${JSON.stringify(text)} in ${JSON.stringify(sentence)}; got ${JSON.stringify(extractFigures(sentence).map((x) => x.text))}`);
  return f;
}

function texts(s: string): string[] {
  return extractFigures(s).map((f) => f.text);
}

/** Assert the figure `text` in `sentence` has these properties, and a consistent span. */
function check(sentence: string, text: string, props: Partial<Figure>): Figure {
  const f = find(sentence, text);
  assert.equal(sentence.slice(f.start, f.end), f.text, 'span must match text');
  assert.equal(f.start, sentence.indexOf(text), 'start offset');
  for (const [k, v] of Object.entries(props)) {
    assert.deepEqual((f as unknown as Record<string, unknown>)[k], v, `${text}: ${k}`);
  }
  return f;
}

function agree(a: string, b: string, tolerance?: number): boolean {
  return figuresAgree(one(a), one(b), tolerance);
}

// ---------------------------------------------------------------------------------------

describe('figures: digits and scales', () => {
  it('reads grouped digits', () => {
    check('The list had 1,234,567 entries.', '1,234,567', { value: 1234567, kind: 'count', scale: 1, decimals: 0 });
  });
  it('joins "350, 000" (a space after the thousands comma) into one number', () => {
    check('They ordered 350, 000 NVIDIA H100 GPUs for the cluster.', '350, 000', { value: 350000, kind: 'count' });
    assert.deepEqual(texts('They ordered 350, 000 NVIDIA H100 GPUs for the cluster.'), ['350, 000']);
  });
  it('does not glue a year and a count: "In 2019, 300 people"', () => {
    const f = extractFigures('In 2019, 300 people came.');
    assert.deepEqual(f.map((x) => [x.text, x.kind, x.value]), [['2019', 'year', 2019], ['300', 'count', 300]]);
  });
  it('does not glue a list of numbers: "1, 200, 300"', () => {
    assert.ok(!texts('Scores were 1, 200, 300 in turn.').includes('1, 200'));
  });
  it('reads decimals as numbers with their written precision', () => {
    check('The model scored 82.0 on the test.', '82.0', { value: 82, kind: 'number', decimals: 1 });
    check('It scored 8.5 out of ten.', '8.5', { value: 8.5, kind: 'number', decimals: 1 });
  });
  it('reads 0.35 million', () => {
    check('Some 0.35 million homes.', '0.35 million', { value: 350000, kind: 'count', scale: 1e6, decimals: 2 });
  });
  it('reads 2.5m, 350k, 15m as counts with a scale', () => {
    check('It has 2.5m users.', '2.5m', { value: 2500000, kind: 'count', scale: 1e6, decimals: 1 });
    check('It has 350k users.', '350k', { value: 350000, kind: 'count', scale: 1e3 });
    check('About 15m viewers watched.', '15m', { value: 15e6, kind: 'count' });
  });
  it('reads 2.5bn and 2tn', () => {
    check('A market of 2.5bn people.', '2.5bn', { value: 2.5e9, scale: 1e9 });
    check('A market of 2tn items.', '2tn', { value: 2e12, scale: 1e12 });
  });
  it('reads model sizes 70B, 405B, 8B, 2T as kind size', () => {
    const s = 'They shipped a 70B model, a 405B model, an 8B model and a 2T mixture.';
    check(s, '70B', { kind: 'size', unit: 'B', value: 70e9, scale: 1e9 });
    check(s, '405B', { kind: 'size', unit: 'B', value: 405e9 });
    check(s, '8B', { kind: 'size', unit: 'B', value: 8e9 });
    check(s, '2T', { kind: 'size', unit: 'T', value: 2e12 });
  });
  it('reads "billion" and "million" scale words', () => {
    check('There are 4 billion phones.', '4 billion', { value: 4e9, kind: 'count', scale: 1e9, decimals: 0 });
    check('There are 1.2 million members.', '1.2 million', { value: 1.2e6, decimals: 1 });
  });
  it('keeps values free of binary noise', () => {
    assert.equal(one('It made $14.3 billion.').value, 14300000000);
    assert.equal(one('It made £1.13bn.').value, 1130000000);
  });
});

describe('figures: currency', () => {
  const cases: [string, string, number, string, number][] = [
    ['Revenue hit $14.3 billion last year.', '$14.3 billion', 14.3e9, 'USD', 1e9],
    ['Revenue hit $14.3B last year.', '$14.3B', 14.3e9, 'USD', 1e9],
    ['Revenue hit $14.3bn last year.', '$14.3bn', 14.3e9, 'USD', 1e9],
    ['They raised US$5m in March.', 'US$5m', 5e6, 'USD', 1e6],
    ['The deal was worth £600m in cash.', '£600m', 600e6, 'GBP', 1e6],
    ['Profits reached £1.13bn.', '£1.13bn', 1.13e9, 'GBP', 1e9],
    ['A fund of €2bn was set up.', '€2bn', 2e9, 'EUR', 1e9],
    ['It cost ¥500 million.', '¥500 million', 500e6, 'JPY', 1e6],
    ['The bill came to 14.3 billion dollars.', '14.3 billion dollars', 14.3e9, 'USD', 1e9],
    ['A ticket costs 5 euros.', '5 euros', 5, 'EUR', 1],
    ['The club spent 600 million pounds.', '600 million pounds', 600e6, 'GBP', 1e6],
    ['Bail was set at £10,000 on Monday.', '£10,000', 10000, 'GBP', 1],
    ['It sold for $1.5bn in 2004.', '$1.5bn', 1.5e9, 'USD', 1e9],
    ['Net income was 77m euros.', '77m euros', 77e6, 'EUR', 1e6],
  ];
  for (const [s, text, value, unit, scale] of cases) {
    it(`reads ${text}`, () => {
      check(s, text, { value, unit, kind: 'currency', scale });
    });
  }
  it('reads vague currency: hundreds of millions of dollars', () => {
    check('It lost hundreds of millions of dollars.', 'hundreds of millions of dollars', {
      kind: 'currency', unit: 'USD', value: 100e6, high: 999e6, vague: true, words: true,
    });
  });
  it('keeps other currencies apart from dollars', () => {
    const rupees = check('Profit was 40m rupees.', '40m rupees', { kind: 'currency', unit: 'INR' });
    const aud = check('A bid of 7.4bn Australian dollars.', '7.4bn Australian dollars', { unit: 'AUD' });
    assert.equal(comparable(rupees, one('Profit was $40m.')), false);
    assert.equal(comparable(aud, one('A bid of $7.4bn.')), false);
  });
  it('does not read "pounds" without a scale as money (weight)', () => {
    assert.ok(extractFigures('The parcel weighs 5 pounds.').every((f) => f.kind !== 'currency'));
  });
});

describe('figures: percentages', () => {
  it('reads 25.6%, +11.4%, -3%, 76%, 1.8%', () => {
    const s = 'Sales rose 25.6%, then +11.4%, then -3%; 76% agreed and inflation was 1.8%.';
    check(s, '25.6%', { value: 25.6, kind: 'percent', unit: 'percent', decimals: 1 });
    check(s, '+11.4%', { value: 11.4, kind: 'percent' });
    check(s, '-3%', { value: -3, kind: 'percent' });
    check(s, '76%', { value: 76, kind: 'percent', decimals: 0 });
    check(s, '1.8%', { value: 1.8, kind: 'percent' });
  });
  it('reads percent and per cent words', () => {
    check('Growth was 25.6 percent.', '25.6 percent', { value: 25.6, kind: 'percent' });
    check('Growth was 25.6 per cent.', '25.6 per cent', { value: 25.6, kind: 'percent' });
  });
  it('reads percentage points with unit pp', () => {
    check('Turnout fell 3 percentage points.', '3 percentage points', { value: 3, kind: 'percent', unit: 'pp' });
  });
  it('does not merge "rose 0.3% to 2.1%" into a range', () => {
    assert.deepEqual(texts('Inflation rose 0.3% to 2.1% in May.').slice(0, 2), ['0.3%', '2.1%']);
  });
});

describe('figures: number words, vague amounts and multipliers', () => {
  it('reads a billion / one billion / two trillion', () => {
    check('They reached a billion users.', 'a billion', { value: 1e9, words: true, scale: 1e9 });
    check('They reached one billion users.', 'one billion', { value: 1e9, words: true });
    check('They spent two trillion.', 'two trillion', { value: 2e12, words: true, scale: 1e12 });
  });
  it('reads two … ninety-nine as counts', () => {
    check('It has seven offices.', 'seven', { value: 7, kind: 'count', words: true });
    check('It has twenty-five offices.', 'twenty-five', { value: 25 });
    check('It has ninety-nine offices.', 'ninety-nine', { value: 99 });
    check('It has two hundred offices.', 'two hundred', { value: 200 });
    check('It has three hundred thousand users.', 'three hundred thousand', { value: 300000, scale: 1e3 });
  });
  it('does not read "one of the largest" or a bare "one"', () => {
    assert.deepEqual(texts('It is one of the largest firms and one day it will be bigger.'), []);
  });
  it('reads one hundred and a dozen', () => {
    check('We hired one hundred people.', 'one hundred', { value: 100 });
    check('We hired a dozen people.', 'a dozen', { value: 12 });
  });
  it('reads vague amounts with a range', () => {
    check('Training costs tens of trillions.', 'tens of trillions', { value: 10e12, high: 99e12, vague: true });
    check('Dozens of firms applied.', 'Dozens', { value: 24, high: 144, vague: true });
    check('Thousands of people marched.', 'Thousands', { value: 1000, high: 9999, vague: true });
    check('It reached hundreds of millions of homes.', 'hundreds of millions', { value: 100e6, high: 999e6, vague: true });
  });
  it('reads half, double, twice, tripled, 3x, 2.5 times as multipliers', () => {
    check('Prices fell to half the level.', 'half', { kind: 'multiplier', value: 0.5 });
    // "half of users" is a share, as "half of the users" is (figure-families, mutants-figure-stages)
    check('Half of users left.', 'Half', { kind: 'percent', value: 50 });
    check('Sales doubled last year.', 'doubled', { kind: 'multiplier', value: 2 });
    check('It has twice as many staff.', 'twice', { kind: 'multiplier', value: 2 });
    check('Profits tripled.', 'tripled', { kind: 'multiplier', value: 3 });
    check('The chip is 3x faster.', '3x', { kind: 'multiplier', value: 3 });
    check('It is 10x cheaper.', '10x', { kind: 'multiplier', value: 10 });
    check('Prices are 2.5 times higher.', '2.5 times', { kind: 'multiplier', value: 2.5 });
  });
  it('reads "half a million" as a count, and skips "first half" / "half-time"', () => {
    check('Nearly half a million people signed.', 'half a million', { kind: 'count', value: 500000 });
    assert.deepEqual(texts('In the first half of the match and at half-time nothing happened.'), []);
  });
  it('skips capitalised number words inside names', () => {
    assert.deepEqual(texts('He joined the Big Four and later Channel Five.'), []);
  });
  it('reads fractions and ratios in words as shares', () => {
    const s = 'Nearly two thirds agreed; one in five disagreed.';
    check(s, 'two thirds', { kind: 'percent', value: 66.67, fraction: true, hedge: 'approx' });
    check(s, 'one in five', { kind: 'percent', value: 20, fraction: true });
  });
});

describe('figures: years, quarters and dates', () => {
  it('reads years', () => {
    check('By the end of 2024 the plant opened.', '2024', { kind: 'year', value: 2024 });
    check('It launched in 2025.', '2025', { kind: 'year' });
    check('It launched in May 2024.', '2024', { kind: 'year' });
  });
  it('reads Q2 2025 as a quarter and skips a bare Q2', () => {
    check('Shipping starts in Q2 2025.', 'Q2 2025', { kind: 'quarter', value: 2025.25 });
    assert.deepEqual(texts('Results improved in Q2 and Q3.'), []);
  });
  it('reads H1 2025 as its year only', () => {
    assert.deepEqual(extractFigures('Sales in H1 2025 grew.').map((f) => [f.text, f.kind]), [['2025', 'year']]);
  });
  it('reads decades as year ranges and days of the month as dates only with no year', () => {
    check('Back in the 1990s it was rare.', '1990s', { kind: 'year', value: 1990, high: 1999 });
    assert.deepEqual(extractFigures('It shipped on September 7, 2020.').map((f) => [f.text, f.kind]), [['2020', 'year']]);
    check('It shipped on 7 September.', '7 September', { kind: 'date', value: 907 });
  });
  it('reads season spans as year ranges', () => {
    check('The 2004-05 season was long.', '2004-05', { kind: 'year', value: 2004, high: 2005 });
  });
  it('does not treat a comma-grouped 2,000 as a year', () => {
    check('About 2,000 people came.', '2,000', { kind: 'count' });
  });
});

describe('figures: durations and ranges', () => {
  const s = 'Delivery takes 12-18 months; audits 12–18 months; hiring 12 to 18 months; review between 12 and 18 months.';
  it('reads 12-18 months, 12–18 months, 12 to 18 months, between 12 and 18 months', () => {
    for (const t of ['12-18 months', '12–18 months', '12 to 18 months', '12 and 18 months']) {
      check(s, t, { kind: 'duration', unit: 'month', value: 12, high: 18 });
    }
  });
  it('reads three years, 6 weeks, 90 days, 48 hours, a 12-month plan', () => {
    check('It took three years.', 'three years', { kind: 'duration', unit: 'year', value: 3, words: true });
    check('It took 6 weeks.', '6 weeks', { kind: 'duration', unit: 'week', value: 6 });
    check('It took 90 days.', '90 days', { kind: 'duration', unit: 'day', value: 90 });
    check('It took 48 hours.', '48 hours', { kind: 'duration', unit: 'hour', value: 48 });
    check('A 12-month plan.', '12-month', { kind: 'duration', unit: 'month', value: 12 });
  });
  it('reads ranges of counts, currency and percentages', () => {
    check('Between 5-10 million people.', '5-10 million', { kind: 'count', value: 5e6, high: 10e6, scale: 1e6 });
    check('A rise of 20–30% is likely.', '20–30%', { kind: 'percent', value: 20, high: 30 });
    check('It will cost $5-10bn.', '$5-10bn', { kind: 'currency', unit: 'USD', value: 5e9, high: 10e9 });
    check('Profits of between £415m and £425m.', '£415m and £425m', { kind: 'currency', value: 415e6, high: 425e6 });
  });
  it('does not read "from X to Y" as a range', () => {
    assert.deepEqual(texts('Staff fell from 155,000 to 110,000.'), ['155,000', '110,000']);
  });
  it('reads scores as scores, never as ranges', () => {
    const f = extractFigures('They won 3-0 and then lost 2-1.');
    assert.deepEqual(f.map((x) => [x.text, x.kind, x.value, x.high]), [['3-0', 'score', 3, 0], ['2-1', 'score', 2, 1]]);
    assert.ok(extractFigures('She won 7-6 (7-5) 4-6 6-3 on grass.').every((x) => x.kind === 'score'));
  });
  it('reads an age written as N-year-old as the number alone, and skips groups and months', () => {
    assert.deepEqual(texts('The 31-year-old striker scored.'), ['31']);
    assert.deepEqual(texts('Fifteen-year-old Donald went out.'), ['Fifteen']);
    assert.deepEqual(texts('Voters aged 15 to 24-year-olds and a six-month-old foal.'), []);
    assert.deepEqual(texts('A 2.5-year-old bond and a $5-year-old joke.'), []);
  });
});

describe('figures: hedges', () => {
  const cases: [string, string, string, string][] = [
    ['Nearly 600, 000 people left.', '600, 000', 'approx', 'Nearly'],
    ['It has about 70,000 staff.', '70,000', 'approx', 'about'],
    ['It has approximately 70,000 staff.', '70,000', 'approx', 'approximately'],
    ['It has close to 4 billion users.', '4 billion', 'approx', 'close to'],
    ['It has ~300 users.', '300', 'approx', '~'],
    ['It has more than 300 users.', '300', 'over', 'more than'],
    ['It has at least 300 users.', '300', 'over', 'at least'],
    ['Spending is in excess of $2bn.', '$2bn', 'over', 'in excess of'],
    ['Spending exceeds two trillion.', 'two trillion', 'over', 'exceeds'],
    ['It has upwards of 300 users.', '300', 'over', 'upwards of'],
    ['Rates of up to 5% apply.', '5%', 'under', 'up to'],
    ['It has fewer than 300 users.', '300', 'under', 'fewer than'],
    ['It has no more than 300 users.', '300', 'under', 'no more than'],
    ['Nearly a billion people.', 'a billion', 'approx', 'Nearly'],
  ];
  for (const [s, text, hedge, hedgeText] of cases) {
    it(`${hedgeText} → ${hedge}`, () => {
      const f = check(s, text, { hedge: hedge as Figure['hedge'], hedgeText });
      assert.equal(f.hedgeStart, s.indexOf(hedgeText));
      assert.ok(!f.text.includes(hedgeText), 'figure text excludes the hedge');
    });
  }
  it('does not read "up to" after a verb of movement as a bound ("went up to", "pushed rates up to"), but does after "cost"', () => {
    assert.equal(one('Rates went up to 2.25% this week.').hedge, undefined);
    assert.equal(one('The meeting pushed rates up to 2.25%.').hedge, undefined);
    assert.equal(one('The car costs up to £15,690.').hedge, 'under');
  });
  it('does not read "handed over" as a hedge', () => {
    assert.equal(one('The firm handed over $103,500 to the charity.').hedge, undefined);
  });
  it('does not read "over the next 12 months" as a hedge on a duration', () => {
    assert.equal(one('Prices will rise over the next 12 months.').hedge, undefined);
  });
  it('reads "80-odd" and "60 or so" as approximate', () => {
    assert.equal(find('Some 80-odd resorts.', '80').hedge, 'approx');
    assert.equal(one('There were 60 or so players.').hedge, 'approx');
  });
});

describe('figures: never figures', () => {
  const names = [
    'Meta released Llama 3 last spring.',
    'Meta released Llama 4 this spring.',
    'We fine-tuned Llama 3.1 on it.',
    'It beat GPT-4 on the test.',
    'It beat GPT-4o on the test.',
    'It runs on an H100 and an A100.',
    'Gemini Pro 1.0 was released.',
    'Claude 3 Sonnet answered.',
    'I bought a Meta Quest 3 headset.',
    'It needs Windows XP SP2 installed.',
    'It needs Windows 11 installed.',
    'She bought an iPhone 15 yesterday.',
    'It works on 3G, 4G and 5G.',
    'The G8 and the G20 met.',
    'He saved it as MP3.',
    'During COVID-19 sales fell.',
    'He bought a PS5 and an Xbox 360 console.',
    'See Section 3.2 for details.',
    'See Table 2 and Figure 4.',
    'Under Article 50 the UK left.',
    'He left No. 10 at night.',
    'They drove Route 66 last summer.',
    'He won in Formula 1 last season.',
    'It aired on Radio 4 and Channel 4.',
    'It tracks the FTSE 100 closely.',
    'See page 12 and chapter 3.',
  ];
  for (const s of names) {
    it(`no figure in: ${s}`, () => {
      assert.deepEqual(texts(s), []);
    });
  }
  it('Llama 3 70B: the 3 is a name, 70B is a size', () => {
    assert.deepEqual(extractFigures('We tested Llama 3 70B today.').map((f) => [f.text, f.kind]), [['70B', 'size']]);
  });
  it('skips list markers and section numbers at the start of a line', () => {
    assert.deepEqual(texts('1. Clear Vision\n  2. Second item\n3) Third item\n• 4. Bullet\n3.2 Results\n## 2. Methods'), []);
  });
  it('skips footnote markers', () => {
    assert.deepEqual(texts('As shown[1] and noted[^2] and again^3.'), []);
  });
  it('skips versions, URLs, e-mail addresses and inline code', () => {
    assert.deepEqual(texts('Use v1.2 or 1.2.3 today.'), []);
    assert.deepEqual(texts('See https://example.com/2024/05/report-350000 and www.example.org/12.'), []);
    assert.deepEqual(texts('Mail team2024@example.com or 2024@example.com now.'), []);
    assert.deepEqual(texts('Run `sleep 300` and\n```\nx = 350000\n```\ndone'), []);
  });
  it('skips times, ordinals, fractions and slash dates', () => {
    assert.deepEqual(texts('We met at 10:30 on the 1st, the 21st and the 3rd.'), []);
    assert.deepEqual(texts('About 1/3 of it, dated 12/05/2024.'), []);
    // (a time of day is a figure of its own since session 50, kind 'time' — never a count or a year)
    assert.deepEqual(extractFigures('Kick-off is at 1830 GMT.').map((f) => [f.text, f.kind]), [['1830 GMT', 'time']]);
  });
  it('skips phone-like digit groups and leading-zero ids', () => {
    assert.deepEqual(texts('Call 020 7946 0000 or 555-1234 today.'), []);
    assert.deepEqual(texts('Agent 007 returned.'), []);
  });
  it('reads metres in athletics as measures, not millions', () => {
    const f = extractFigures("She won the 60m hurdles and cleared 4.88m. He ran the men's 400m indoors.");
    assert.deepEqual(f.map((x) => [x.text, x.kind, x.unit, x.value]), [['60m', 'measure', 'm', 60], ['4.88m', 'measure', 'm', 4.88], ['400m', 'measure', 'm', 400]]);
  });
  it('still reads a number after a sentence-initial function word', () => {
    check('About 300 people came. In 2024 it grew.', '300', { value: 300 });
    check('About 300 people came. In 2024 it grew.', '2024', { kind: 'year' });
  });
});

describe('figures: names and sentence openers', () => {
  // The word tables were de-duplicated across lists; these pin the behaviour that relied on order.
  it('reads "No 10" as a name (reference words come before the capitalised-word stop list)', () => {
    assert.deepEqual(texts('He lives at No 10 Downing Street.'), []);
  });
  it('keeps a number after a sentence-initial -ly adverb or a stop word', () => {
    check('Currently 300 people work there.', '300', { value: 300 });
    check('Previously 40 staff were hired.', '40', { value: 40 });
    check('Some 300 people came.', '300', { hedge: 'approx' });
  });
  it('gives the same figures however many scans run before (no state kept between calls)', () => {
    const text = 'About 300 people; $5bn in 2024. Llama 3 70B. Twenty-five per cent.';
    const first = extractFigures(text);
    extractFigures(text, 10, 40);
    extractFigures('1, 2, 300 and 4-4-2');
    assert.deepEqual(extractFigures(text), first);
  });
});

describe('figures: word tables are own-property only', () => {
  // Words from the text are looked up in the tables: Object.prototype's members must not answer.
  const cases: [string, string[]][] = [
    ['It had 5 constructor calls.', ['5']],
    ['a 5-constructor run', ['5-constructor']], // (a count of the noun after the hyphen, session 29: no table answers for it)
    ['twenty constructor calls', ['twenty']],
    ['twenty-constructor', ['twenty-constructor']], // (a count of the noun after a number word's hyphen too, session 43)
    ['It is 5 __proto__ and 6 toString and 7 hasOwnProperty.', ['5', '6', '7']],
    ['It cost 5 valueOf dollars.', ['5']],
    ['nearly 5 isPrototypeOf', ['5']],
  ];
  for (const [s, want] of cases) {
    it(`no prototype member read in: ${s}`, () => {
      const f = extractFigures(s);
      assert.deepEqual(f.map((x) => x.text), want);
      for (const x of f) {
        assert.ok(Number.isFinite(x.value), `${x.text}: value ${x.value}`);
        assert.ok(x.unit === undefined || typeof x.unit === 'string', `${x.text}: unit ${String(x.unit)}`);
      }
    });
  }
});

describe('figures: offsets and sub-ranges', () => {
  it('returns absolute offsets for a slice of the text', () => {
    const text = 'Intro 100 people. Then $5bn was raised. Later 7%.';
    const s = text.indexOf('Then');
    const e = text.indexOf('Later');
    const f = extractFigures(text, s, e);
    assert.deepEqual(f.map((x) => x.text), ['$5bn']);
    assert.equal(text.slice(f[0].start, f[0].end), '$5bn');
    assert.equal(f[0].start, text.indexOf('$5bn'));
  });
});

describe('figures: BBC formats', () => {
  // short snippets in the style of the BBC corpus (written here, not read from it)
  const cases: [string, string, Partial<Figure>][] = [
    ['profits jumped to £1.13bn for the quarter', '£1.13bn', { value: 1.13e9, unit: 'GBP' }],
    ['shares rose 76% in a year', '76%', { value: 76, kind: 'percent' }],
    ['the show drew 2.5m viewers', '2.5m', { value: 2.5e6, kind: 'count' }],
    ['a takeover worth $1.5bn (£800m)', '$1.5bn', { value: 1.5e9, unit: 'USD' }],
    ['a takeover worth $1.5bn (£800m)', '£800m', { value: 800e6, unit: 'GBP' }],
    ['he was fined £10,000 by the club', '£10,000', { value: 10000, unit: 'GBP' }],
    ['growth slowed to 1.8% in the period', '1.8%', { value: 1.8 }],
    ['about 15m people watched', '15m', { value: 15e6, hedge: 'approx' }],
    ['it lost 464,000 subscribers', '464,000', { value: 464000, kind: 'count' }],
    ['revenues grew 6.4% to $42.09bn', '$42.09bn', { value: 42.09e9, decimals: 2 }],
    ['a record 3.2 trillion yen', '3.2 trillion yen', { value: 3.2e12, unit: 'JPY' }],
    ['it paid 250 euros (£173) each', '250 euros', { value: 250, unit: 'EUR' }],
    ['inflation hit 2.1% in December 2004', '2004', { kind: 'year' }],
    ['the index closed at 4,895.2 points', '4,895.2', { value: 4895.2, kind: 'number' }],
    ['the firm cut 1,700 jobs', '1,700', { value: 1700 }],
    ['more than six million iPods', 'six million', { value: 6e6, hedge: 'over' }],
  ];
  for (const [s, text, props] of cases) {
    it(`${text} in "${s}"`, () => {
      check(s, text, props);
    });
  }
  it('reads &#163; as a pound sign', () => {
    check('a &#163;1.8m fine', '&#163;1.8m', { value: 1.8e6, unit: 'GBP', kind: 'currency' });
  });
});

describe('figuresAgree', () => {
  const yes: [string, string][] = [
    ['82.0', '82'],
    ['600,000', 'nearly 600, 000'],
    ['600k', 'nearly 600,000'],
    ['$14.3B', '$14.3 billion'],
    ['nearly one billion', 'nearly a billion'],
    ['close to 4 billion', 'nearly 4 billion'],
    ['two trillion', '2 trillion'],
    ['12 to 18 months', '12-18 months'],
    ['about 70,000', '72,000'],
    ['exceeds two trillion', 'exceeding 2 trillion'],
    ['tens of trillions', 'tens of trillions'],
    ['18 months', '1.5 years'],
    ['6 weeks', '42 days'],
    ['70B', '70 billion'],
    ['Q2 2025', 'Q2 2025'],
    ['£1.13bn', '£1,130 million'],
  ];
  for (const [a, b] of yes) {
    it(`"${a}" agrees with "${b}" (both ways)`, () => {
      assert.equal(agree(a, b), true);
      assert.equal(agree(b, a), true);
    });
  }
  const no: [string, string][] = [
    ['around 3 billion', 'nearly a billion'],
    ['around 3 billion', '3.5 billion'],
    ['3 billion', '3.5 billion'],
    ['$14.3 million', '$14.3 billion'],
    ['2028', '2026'],
    ['20 trillion', '2 trillion'],
    ['250,000', '350, 000'],
    ['80.2', '82.0'],
    ['Q2 2025', 'Q3 2025'],
    ['12 to 18 months', '12 to 24 months'],
    ['tens of trillions', 'hundreds of trillions'],
  ];
  for (const [a, b] of no) {
    it(`"${a}" does not agree with "${b}" (both ways)`, () => {
      assert.equal(agree(a, b), false);
      assert.equal(agree(b, a), false);
    });
  }
  it('a note may round the source to fewer digits, within 10%; a note more precise than its source is that value only within 1.5%', () => {
    assert.equal(agree('4 billion', '4.4 billion'), true);
    assert.equal(agree('£1bn', '£885m'), false);
    assert.equal(agree('$5.4m', '$5m'), false);
    assert.equal(agree('90.9 million', '91 million'), true);
  });
  it('note "over X" agrees with a source value at or above X, not below', () => {
    assert.equal(agree('more than 300', '350'), true);
    assert.equal(agree('more than 300', '250'), false);
  });
  it('note "under X" agrees with a source value at or below X', () => {
    assert.equal(agree('up to 5%', '4%'), true);
    assert.equal(agree('up to 5%', '6%'), false);
  });
  it('a vague figure in the note agrees with values in its range; a vague source vouches for none', () => {
    assert.equal(agree('tens of trillions', '20 trillion'), true);
    assert.equal(agree('20 trillion', 'tens of trillions'), false);
    assert.equal(agree('tens of trillions', '200 trillion'), false);
  });
  it('tolerance applies only with an approx hedge', () => {
    assert.equal(agree('about 70,000', '75,000'), true);
    assert.equal(agree('70,000', '75,000'), false);
    assert.equal(agree('about 70,000', '75,000', 0.05), false);
  });
  it('years with an approx hedge allow one year', () => {
    assert.equal(agree('around 2025', '2026'), true);
    assert.equal(agree('around 2025', '2027'), false);
  });
  it('never agrees across kinds or currencies', () => {
    assert.equal(agree('$5m', '£5m'), false);
    assert.equal(agree('3 percentage points', '3%'), false);
    assert.equal(agree('2,024', '2024'), false);
    assert.equal(agree('3 months', '3%'), false);
  });
});

describe('comparable', () => {
  it('groups count, number and size; keeps others apart', () => {
    assert.equal(comparable(one('70B'), one('70 billion')), true);
    assert.equal(comparable(one('82.0'), one('82')), true);
    assert.equal(comparable(one('5%'), one('5')), false);
    assert.equal(comparable(one('2x'), one('double the size')), true);
    assert.equal(comparable(one('Q2 2025'), one('2025')), false);
    assert.equal(comparable(one('3 months'), one('2 years')), true);
    assert.equal(comparable(one('$5m'), one('€5m')), false);
  });
});

describe('formatLike', () => {
  const cases: [number, number | undefined, string, string][] = [
    [350000, undefined, '250,000', '350,000'],
    [14.3e9, undefined, '$41.3 billion', '$14.3 billion'],
    [14.3e9, undefined, '$14.3 million', '$14.3 billion'],
    [82, undefined, '80.2', '82.0'],
    [1e9, undefined, '3 billion', '1 billion'],
    [2e12, undefined, '20 trillion', '2 trillion'],
    [2e12, undefined, 'two trillion', 'two trillion'],
    [2026, undefined, '2028', '2026'],
    [25.6, undefined, '26%', '25.6%'],
    [12, 18, '6 to 9 months', '12 to 18 months'],
    [1.13e9, undefined, '£600m', '£1.13bn'],
    [350000, undefined, '250, 000', '350, 000'],
    [2025.25, undefined, 'Q3 2025', 'Q2 2025'],
    [5e6, 1e7, '2-4 million', '5-10 million'],
    [20, 30, '10–15%', '20–30%'],
    [1.5e6, undefined, '2.5m', '1.5m'],
    [405e9, undefined, '70B', '405B'],
  ];
  for (const [v, h, like, want] of cases) {
    it(`${v}${h !== undefined ? '..' + h : ''} like "${like}" → "${want}"`, () => {
      assert.equal(formatLike(v, h, one(like)), want);
    });
  }
  it('formatFigureLike converts duration units', () => {
    assert.equal(formatFigureLike(one('1.5 years'), one('12 months')), '18 months');
  });
});

describe('describeFigure', () => {
  const cases: [string, string][] = [
    ['350,000', '350,000'],
    ['350, 000', '350,000'],
    ['$14.3B', '$14.3 billion'],
    ['25.6%', '25.6%'],
    ['12-18 months', '12–18 months'],
    ['two trillion', '2 trillion'],
    ['£1.13bn', '£1.13 billion'],
    ['2.5m', '2.5 million'],
    ['70B', '70B'],
    ['Q2 2025', 'Q2 2025'],
    ['3 percentage points', '3 percentage points'],
    ['1 month', '1 month'],
  ];
  for (const [s, want] of cases) {
    it(`${s} → ${want}`, () => {
      assert.equal(describeFigure(one(s)), want);
    });
  }
});

describe('agreement when the note rounds the source', () => {
  const one = (t: string) => extractFigures(t)[0];
  it('accepts fewer digits within 1.5%, never more digits or a real change', () => {
    assert.ok(figuresAgree(one('90 million people'), one('90.9 million people')));
    assert.ok(figuresAgree(one('92% of children'), one('92.5% of children')));
    assert.ok(!figuresAgree(one('90.9 million people'), one('90 million people')), 'the note may not be more precise');
    assert.ok(!figuresAgree(one('25% growth'), one('25.6% growth')), '2.3% off is not a rounding');
    assert.ok(!figuresAgree(one('3 billion users'), one('3.5 billion users')));
  });
});

describe('hedges writers use beyond the basic list', () => {
  const hedge = (t: string) => extractFigures(t).map((f) => `${f.text}:${f.hedge ?? '-'}`);
  it('reads approaching, as many as, as much as, as few as, topping', () => {
    assert.deepEqual(hedge('approaching one billion users'), ['one billion:approx']);
    assert.deepEqual(hedge('as many as 600,000 chips'), ['600,000:under']);
    assert.deepEqual(hedge('as much as $14.3 billion'), ['$14.3 billion:under']);
    assert.deepEqual(hedge('as few as 12 staff'), ['12:over']);
    assert.deepEqual(hedge('topping 700 million'), ['700 million:over']);
  });
  it('reads a verb that says "more than": topped, tops, surpassed — but "top" is no hedge', () => {
    assert.deepEqual(hedge('The audience topped 30 million'), ['30 million:over']);
    assert.deepEqual(hedge('Sales tops $1bn'), ['$1bn:over']);
    assert.deepEqual(hedge('Downloads surpassed 2 million'), ['2 million:over']);
    assert.deepEqual(hedge('The top 12 films'), ['12:-']);
  });
  it('reads a capitalised number word followed by a scale word, not one in a name', () => {
    const v = (t: string) => extractFigures(t).map((f) => `${f.text}=${f.value}`);
    assert.deepEqual(v('The minister listed One hundred and eighty-one deaths.'), ['One hundred and eighty-one=181']);
    assert.deepEqual(v('He won Formula One races and joined the Big Four.'), []);
  });
});
