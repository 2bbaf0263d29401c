// The figure extractor's stages (server/src/engine/figures/*.ts), file by file: written against the
// mutants that survived a Stryker run of each file (`MUTATE=engine/figures/FILE.ts npm run mutate`,
// README "Tests"). Every sentence here is made up for the test.
import * as assert from 'node:assert/strict';
import { describeFigure, extractFigures, figuresAgree, formatFigureLike } from '../../server/src/engine/figures';
import * as chars from '../../server/src/engine/figures/chars';
import { measureAt, measureBase } from '../../server/src/engine/figures/measures';
import { ordinalSuffix } from '../../server/src/engine/figures/ranks';

/** "text|kind|hedge|hedgeText|hedgeStart" of every figure of `text` scanned from `lo`. */
const hedged = (text: string, lo?: number) =>
  extractFigures(text, lo).map((f) => `${f.text}|${f.kind}|${f.hedge ?? '-'}|${f.hedgeText ?? ''}|${f.hedgeStart ?? ''}`);

/** "text|kind|value[-high]|unit|start" of every figure of `text`. */
const read = (text: string) =>
  extractFigures(text).map((f) => `${f.text}|${f.kind}|${f.value}${f.high !== undefined ? '-' + f.high : ''}|${f.unit ?? ''}|${f.start}`);

describe('figure stages: the mutants that survived each file', () => {
  describe('chars.ts: character classes at their edges, and the small readers', () => {
    const on = (f: (c: number) => boolean, s: string) => [...s].map((ch) => f(ch.charCodeAt(0)));
    it('digits, ASCII letters, Latin letters (not × or ÷), lower and upper case, spaces', () => {
      assert.deepEqual(on(chars.isDigit, '09/:'), [true, true, false, false]);
      assert.deepEqual(on(chars.isAsciiLetter, 'azAZ@[`{'), [true, true, true, true, false, false, false, false]);
      assert.deepEqual(on(chars.isLetter, 'ÀɏÐ×÷ÿ\u0250¿'), [true, true, true, false, false, true, false, false]);
      assert.deepEqual(on(chars.isLower, 'azA`{'), [true, true, false, false, false]);
      assert.deepEqual(on(chars.isUpper, 'AZ@[ÀÞ×ß'), [true, true, false, false, true, true, false, false]);
      assert.deepEqual(on(chars.isAlnum, '0aÀ-'), [true, true, true, false]);
      assert.deepEqual(on(chars.isHSpace, ' \u00a0\u202f\u2009\t\n'), [true, true, true, true, false, false]);
      assert.deepEqual(on(chars.isWs, ' \t\n\r\u00a0\u202f\u2009\u2002x'), [true, true, true, true, true, true, true, false, false]);
    });
    it('letterRun and skipToken: punctuation inside a token only before a letter or digit', () => {
      assert.equal(chars.letterRun('abc1', 0, 4), 3);
      assert.equal(chars.letterRun('abc', 0, 2), 2);
      for (const t of ['1.2.3 x', '10:30 x', '12/05 x', '4-4-2 x']) assert.equal(chars.skipToken(t, 0, t.length), 5, t);
      assert.equal(chars.skipToken('1,2 x', 0, 5), 3);
      assert.equal(chars.skipToken('1–2 x', 0, 5), 3);
      assert.equal(chars.skipToken('1. x', 0, 4), 1);
      assert.equal(chars.skipToken('1.2', 0, 2), 1, 'the end bounds it');
    });
    it('prevWord and nextWord: one horizontal space apart, letters only, within the bounds', () => {
      assert.deepEqual(chars.prevWord('ab cd', 3, 0), { start: 0, end: 2, lower: 'ab' });
      assert.equal(chars.prevWord('ab  cd', 4, 0), undefined);
      assert.deepEqual(chars.prevWord('ab cd', 3, 1), { start: 1, end: 2, lower: 'b' });
      assert.equal(chars.prevWord('1 cd', 2, 0), undefined);
      assert.deepEqual(chars.nextWord('ab Cd', 2, 5), { start: 3, end: 5, lower: 'cd' });
      assert.deepEqual(chars.nextWord('ab cd', 2, 4), { start: 3, end: 4, lower: 'c' });
      assert.equal(chars.nextWord('abcd', 2, 4), undefined);
    });
    it('atLineStart skips spaces and list, quote and heading marks; atSentenceStart looks back past spaces', () => {
      assert.equal(chars.atLineStart('x\n  > # * + - • 5', 16), true);
      assert.equal(chars.atLineStart('5', 0), true);
      assert.equal(chars.atLineStart('x 5', 2), false);
      assert.equal(chars.atLineStart('x\r5', 2), true);
      assert.deepEqual([['x. A', 3], ['x A', 2], ['x, A', 3], ['x\n  A', 4], ['A', 0], ['x& A', 3], ['x- A', 3], ['  A', 2]].map(([t, i]) => chars.atSentenceStart(t as string, i as number)),
        [true, false, false, true, true, false, false, true]);
    });
    it('yearAhead: 1800 to 2199, four digits within the bounds', () => {
      assert.deepEqual([['1800', 4], ['2199', 4], ['1799', 4], ['2200', 4], ['200', 3], ['2000', 3]].map(([t, e]) => chars.yearAhead(t as string, 0, e as number)),
        [true, true, false, false, false, false]);
    });
  });

  describe('extract.ts and code.ts: the scan, URLs and code', () => {
    const at = (text: string, start?: number, end?: number) => extractFigures(text, start, end).map((f) => `${f.text}@${f.start}`);
    it('reads text[start, end): bounds outside the text are clamped, a figure cut by the end is read as cut', () => {
      assert.deepEqual(at('It was 5 then.', -3, 100), ['5@7']);
      assert.deepEqual(at('It was 5 and 6 then.', 0, 8), ['5@7']);
      assert.deepEqual(at('It was 5 and 6 then.', 0, 7), []);
      assert.deepEqual(at('It was twenty-five then.', 0, 14), []);
      assert.deepEqual(at('It was twenty-five then.', 0, 18), ['twenty-five@7']);
      const long = 'It was 5 then ' + 'x'.repeat(40) + ' and 7.';
      assert.deepEqual(at(long, 0, 9), ['5@7']);
      assert.deepEqual(at(long, 9), ['7@59']);
      assert.deepEqual(at('So twenty-five and 7.', 3), ['twenty-five@3', '7@19']);
      assert.deepEqual(at('So twenty-five and 7.', 4), ['7@19']);
    });
    it('a URL is skipped up to a space, a bracket, a quote or an angle bracket', () => {
      assert.deepEqual(at('See http://x.org/a5 and 6.'), ['6@24']);
      assert.deepEqual(at('See www.x5.org and 6.'), ['6@19']);
      assert.deepEqual(at('See (http://x.org/5) 6.'), ['6@21']);
      for (const close of ['>', ']', '"']) assert.deepEqual(at(`See <http://x.org/5${close}6 cats.`), ['6@20'], close);
      assert.deepEqual(at('See http://x.org/5<6 cats.'), ['6@19']);
      assert.deepEqual(at('See http://x.org/5\t6 cats.'), ['6@19']);
      assert.deepEqual(at('See http://x.org/5\n6 cats.'), ['6@19']);
    });
    it('an unmatched backtick is literal; a span ends at the next run of as many backticks, within its paragraph', () => {
      assert.deepEqual(at('Run `cmd 5 then 6 times.'), ['5@9', '6@16']);
      assert.deepEqual(at('Run `cmd\n\n5` then 6 times.'), ['5@10', '6@18']);
      assert.deepEqual(at('Run `a\n5` b 6'), ['6@12']);
      assert.deepEqual(at('Run ``a ` 5`` then 6.'), ['6@19']);
      assert.deepEqual(at('Run `a`` 5` then 6.'), ['6@17']);
      // several spans, in one paragraph and the next
      assert.deepEqual(at('Run `a` 5 then\n\n`b 6` 7 and `c` 8.'), ['5@8', '7@22', '8@32']);
      assert.deepEqual(at('Run `a 5\n\n`b` 6 and `c 7` 8.'), ['5@7', '6@14', '8@26']);
    });
    it('a fence of three or more at a line start hides up to its closing fence, as long or longer, at a line start', () => {
      assert.deepEqual(at('x ```\n5\n```\n7 then.'), ['7@12']);
      assert.deepEqual(at('````\n5\n```\n6\n````\n7 then'), ['7@18']);
      assert.deepEqual(at('```\n5\n  ```\n7 then'), ['7@12']);
      assert.deepEqual(at('```\n5\nabc ```\n6\n```\n7 then'), ['7@20']);
      assert.deepEqual(at('```\n5'), []);
      assert.deepEqual(at('```\n5\n```'), []);
    });
  });

  describe('numerals.ts', () => {
    const none = (...texts: string[]) => { for (const t of texts) assert.deepEqual(read(t), [], t); };
    it('a currency symbol, with up to three letters before it for the dollar\'s country, and one space after', () => {
      assert.deepEqual(read('It cost US$5 then.'), ['US$5|currency|5|USD|8']);
      assert.deepEqual(read('It cost A$5 then.'), ['A$5|currency|5|AUD|8']);
      assert.deepEqual(read('It cost HK$5 then.'), ['HK$5|currency|5|HKD|8']);
      assert.deepEqual(read('It cost $ 5 then.'), ['$ 5|currency|5|USD|8']);
      assert.deepEqual(read('It cost $5'), ['$5|currency|5|USD|8']);
      // letters that name no dollar, or glued to a word or a digit: the number alone, or none
      assert.deepEqual(read('It cost XUS$5 then.'), ['5|count|5||12']);
      assert.deepEqual(read('It cost ZZ$5 then.'), ['5|count|5||11']);
      assert.deepEqual(read('It cost 5$5 then.'), ['5|count|5||8', '5|count|5||10']);
      assert.deepEqual(read('It cost $  5 then.'), ['5|count|5||11']);
      none('It cost $x then.', 'It cost $');
    });
    it('a sign glued before the digits after a space or "(", "+" and "−" anywhere; a "-" opening a line is a bullet', () => {
      assert.deepEqual(read('It fell -3 points.'), ['-3|count|-3||8']);
      assert.deepEqual(read('It fell (-3) points.'), ['-3|count|-3||9']);
      assert.deepEqual(read('It rose +3 points.'), ['+3|count|3||8']);
      assert.deepEqual(read('It fell −3 points.'), ['−3|count|-3||8']);
      assert.deepEqual(read('-3 cats.'), ['3|count|3||1']);
      assert.deepEqual(read('a\n-3 cats.'), ['3|count|3||3']);
      none('It fell x-3 points.');
    });
    it('thousands groups by comma, by ", " after a lone group, and by a no-break or thin space', () => {
      assert.deepEqual(read('It was 1,234,567 then.'), ['1,234,567|count|1234567||7']);
      assert.deepEqual(read('It was 350, 000 then.'), ['350, 000|count|350000||7']);
      assert.deepEqual(read('It was 1, 200, 300 then.'), ['1|count|1||7', '200|count|200||10', '300|count|300||15']);
      for (const sp of ['\u00a0', '\u202f', '\u2009']) assert.deepEqual(read(`It was 350${sp}000 then.`), [`350${sp}000|count|350000||7`]);
      assert.deepEqual(read('It was 1\u00a0350\u00a0000 then.'), ['1\u00a0350\u00a0000|count|1350000||7']);
      assert.deepEqual(read('It was 1,000.5 then.'), ['1,000.5|number|1000.5||7']);
      none('It was 350\u00a00000 then.', 'It was 1,2 then.', 'It was 2019,300 then.', 'It was 1,2345 then.', 'It was 1234,567 then.', 'It was 12,345,67 then.');
    });
    it('leading zeros and versions are identifiers; decimals keep their written precision', () => {
      none('It was 007 then.', 'It was 0800 then.', 'It was 1.2.3 then.');
      const f = extractFigures('It was 1.50 then.')[0];
      assert.deepEqual([f.value, f.decimals], [1.5, 2]);
      const g = extractFigures('It was 14.3bn then.')[0];
      assert.deepEqual([g.value, g.decimals, g.scale], [14300000000, 1, 1e9]);
    });
  });

  describe('ranges.ts', () => {
    const none = (...texts: string[]) => { for (const t of texts) assert.deepEqual(read(t), [], t); };
    it('joined by a hyphen, an en dash (spaced or not), "to", or "and" after "between"', () => {
      assert.deepEqual(read('It took 12-18 months.'), ['12-18 months|duration|12-18|month|8']);
      assert.deepEqual(read('It took 12–18 months.'), ['12–18 months|duration|12-18|month|8']);
      assert.deepEqual(read('It took 12 – 18 months.'), ['12 – 18 months|duration|12-18|month|8']);
      assert.deepEqual(read('It took 12 to 18 months.'), ['12 to 18 months|duration|12-18|month|8']);
      assert.deepEqual(read('It took between 12 and 18 months.'), ['12 and 18 months|duration|12-18|month|16']);
      assert.deepEqual(read('It took 12 and 18 months.'), ['12|count|12||8', '18 months|duration|18|month|15']);
      assert.deepEqual(read('It had 5 - 8 cats.'), ['5|count|5||7', '8|count|8||11']);
    });
    it('money and percentages: one currency for both ends, a unit on either', () => {
      assert.deepEqual(read('It cost $5-10bn.'), ['$5-10bn|currency|5000000000-10000000000|USD|8']);
      assert.deepEqual(read('It cost $5-$10bn.'), ['$5-$10bn|currency|5000000000-10000000000|USD|8']);
      assert.deepEqual(read('It cost £1.5m-2m.'), ['£1.5m-2m|currency|1500000-2000000|GBP|8']);
      assert.deepEqual(read('It cost $5-£10.'), ['$5|currency|5|USD|8', '£10|currency|10|GBP|11']);
      assert.deepEqual(read('It cost 5-$10.'), ['5|count|5||8', '$10|currency|10|USD|10']);
      assert.deepEqual(read('It was 20%-30%.'), ['20%-30%|percent|20-30|percent|7']);
      assert.deepEqual(read('It was 1.5 million to 2 million.'), ['1.5 million to 2 million|count|1500000-2000000||7']);
      assert.deepEqual(read('It was 5k-10k.'), ['5k-10k|count|5000-10000||7']);
    });
    it('years: "2004-05" a fiscal year, "2004-06" a span, the high end later and within 50 years', () => {
      assert.deepEqual(read('In 2004-05 it grew.'), ['2004-05|year|2004-2005||3']);
      assert.equal(extractFigures('In 2004-05 it grew.')[0].fiscal, true);
      assert.equal(extractFigures('In 2004-06 it grew.')[0].fiscal, undefined);
      assert.deepEqual(read('In 2004-2005 it grew.'), ['2004-2005|year|2004-2005||3']);
      assert.deepEqual(read('In 2004-5 it grew.'), ['2004-5|year|2004-2005||3']);
      assert.deepEqual(read('It was 2003 to 2005.'), ['2003 to 2005|year|2003-2005||7']);
      assert.deepEqual(read('It was 12 to 2005.'), ['12|count|12||7', '2005|year|2005||13']);
      none('In 2004-2080 it grew.', 'In 2004-200 it grew.', 'In 2004-03 it grew.');
    });
    it('changes are no range: "rose from 5 to 10", "rose 8% to 9%", a count and a year', () => {
      assert.deepEqual(read('It rose from 5 to 10.'), ['5|count|5||13', '10|count|10||18']);
      assert.deepEqual(read('It rose 8% to 9%.'), ['8%|percent|8|percent|8', '9%|percent|9|percent|14']);
      assert.deepEqual(read('It was 8% to 9%.'), ['8% to 9%|percent|8-9|percent|7']);
      assert.deepEqual(read('From 36,185 in 2003 to 28,041.'), ['36,185|count|36185||5', '2003|year|2003||15', '28,041|count|28041||23']);
    });
    it('scores, formations, phone numbers and ages are no range; days of a month one date', () => {
      assert.deepEqual(read('It was 7-9 September.'), ['7-9 September|date|907-909||7']);
      assert.deepEqual(read('It won 3-1 at home.'), ['3-1|score|3-1||7']);
      assert.deepEqual(read('It won 22-6 then.'), ['22-6|score|22-6||7']);
      assert.deepEqual(read('It had 3-3 draws.'), ['3-3|score|3-3||7']);
      assert.deepEqual(read('It had 4-6 people.'), ['4-6|count|4-6||7']);
      assert.deepEqual(read('It had 10-11 cats.'), ['10-11|count|10-11||7']);
      assert.deepEqual(read('It had 5 to 8 cats.'), ['5 to 8|count|5-8||7']);
      none('It was 9-7 September.', 'It played 4-4-2 often.', 'It played 4–4-2 often.', 'Call 555-1234 now.', 'It was 15-05 then.',
        'It had 4-6 People.', 'It had 4-6.', 'It had 5-3.5 cats.', 'It took 15 to 24-year-olds.');
    });
  });

  describe('units.ts', () => {
    const none = (...texts: string[]) => { for (const t of texts) assert.deepEqual(read(t), [], t); };
    it('glued multipliers, percentages and scales; capitals are sizes or need a currency', () => {
      assert.deepEqual(read('It grew 3x then.'), ['3x|multiplier|3||8']);
      assert.deepEqual(read('It grew 3× then.'), ['3×|multiplier|3||8']);
      assert.deepEqual(read('It rose 10pc then.'), ['10pc|percent|10|percent|8']);
      assert.deepEqual(read('It had 5bn then.'), ['5bn|count|5000000000||7']);
      assert.deepEqual(read('It had 5k then.'), ['5k|count|5000||7']);
      assert.deepEqual(read('It cost $5K then.'), ['$5K|currency|5000|USD|8']);
      assert.deepEqual(read('It cost 5mn then.'), ['5mn|count|5000000||8']);
      assert.deepEqual(read('It had 70M parameters.'), ['70M|size|70000000|M|7']);
      assert.deepEqual(read('A 300M-user service.'), ['300M|count|300000000||2']);
      assert.deepEqual(read('It cost $5M then.'), ['$5M|currency|5000000|USD|8']);
      assert.deepEqual(read('It cost $5b then.'), ['$5b|currency|5000000000|USD|8']);
      assert.deepEqual(read('It had 5tn then.'), ['5tn|count|5000000000000||7']);
      assert.deepEqual(read('It had 5trn then.'), ['5trn|count|5000000000000||7']);
      assert.deepEqual(read('It had 70B then.'), ['70B|size|70000000000|B|7']);
      assert.deepEqual(read('It cost $70B then.'), ['$70B|currency|70000000000|USD|8']);
      assert.deepEqual(read('It had 2T then.'), ['2T|size|2000000000000|T|7']);
      assert.deepEqual(read('It grew 3×4 then.'), ['3|count|3||8', '4|count|4||10']);
      none('It grew 0x then.', 'It cost $3x then.', 'It hit 4G then.', 'It had 5K then.', 'It had 70M users.', 'It had 70M.', 'It had 5b then.');
    });
    it('times, fractions, degrees, handles and abbreviations glued to the digits are no figure; "1990\'s" is a decade', () => {
      none('At 10:30 then.', 'It was 1/2 then.', 'It was 30° then.', 'It was 5@x then.', 'It was 5.x then.', "In the 1990's6 it grew.", "The 7610's functions.");
      assert.deepEqual(read("In the 1990's it grew."), ["1990's|year|1990-1999||7"]);
      assert.deepEqual(read("The 7615's functions."), ['7615|count|7615||4']);
    });
    it('"m" is millions, or metres after a distance, with two decimals, or before a metre word', () => {
      assert.deepEqual(read('It cost 77m euros.'), ['77m euros|currency|77000000|EUR|8']);
      assert.deepEqual(read('It ran 60m per second.'), ['60m|measure|60|m|7']);
      assert.deepEqual(read('It had 45m per year.'), ['45m|count|45000000||7']);
      assert.deepEqual(read('It was 16.76m then.'), ['16.76m|measure|16.76|m|7']);
      assert.deepEqual(read("The women's 800m race."), ['800m|measure|800|m|12']);
    });
    it('hyphenated words: durations, "-fold", "-odd" and "-plus" (hedges), "-a-year", ages; a lower-case noun is counted (session 29), others are names', () => {
      assert.deepEqual(read('A 12-month plan.'), ['12-month|duration|12|month|2']);
      assert.deepEqual(read('It grew 3-fold.'), ['3-fold|multiplier|3||8']);
      assert.deepEqual(hedged('It had 80-odd cats.'), ['80|count|approx|-odd|9']);
      assert.deepEqual(hedged('It had 50-plus cats.'), ['50|count|over|-plus|9']);
      assert.deepEqual(read('A £100,000-a-year job.'), ['£100,000|currency|100000|GBP|2']);
      assert.deepEqual(read('A 10,000-vote majority.'), ['10,000|count|10000||2']);
      assert.deepEqual(read('A £5m-deal.'), ['£5m|currency|5000000|GBP|2']);
      assert.deepEqual(read('A 31-year-old man.'), ['31|count|31||2']);
      assert.deepEqual(read('It cost £5-fold.'), ['£5|currency|5|GBP|8']);
      assert.deepEqual(read('A 5-star hotel.'), ['5-star|count|5||2']);
      none('A 5-Series car.', 'Many 31-year-olds.', 'A 5.5-year-old.', 'A 5-week-old cat.', 'It took 2.5-year terms.');
    });
  });

  describe('names.ts', () => {
    const none = (...texts: string[]) => { for (const t of texts) assert.deepEqual(read(t), [], t); };
    it('digits glued to a name are none ("H100", "GPT-4", "#5", "v.2"), but "mid-2024" is a year', () => {
      none('It used H100 chips.', 'It used the GPT-4 model.', 'It ran x-5 cats.', 'It was #5 then.', 'It was §5 then.', 'It was №5 then.', 'It was a=5 then.',
        'It was v.2 then.', 'It was x&5 then.', 'It was A-5 then.');
      assert.deepEqual(read('It ran mid-2024 then.'), ['2024|year|2024||11']);
      assert.deepEqual(read('It ran pre-2020 then.'), ['2020|year|2020||11']);
    });
    it('a decade after an apostrophe ("\'90s", "’60s", "\'00s"), but not "\'20s", "\'95s", or glued to a word', () => {
      assert.deepEqual(read("In the '90s it grew."), ["'90s|year|1990-1999||7"]);
      assert.deepEqual(read('In the ’60s it grew.'), ['’60s|year|1960-1969||7']);
      assert.deepEqual(read("In the '00s it grew."), ["'00s|year|2000-2009||7"]);
      assert.deepEqual(read("In the '10s it grew."), ["'10s|year|2010-2019||7"]);
      none("In the '20s it grew.", "In rock'n'roll'60s it grew.", "In the '90sx it grew.", "In the '95s it grew.");
    });
    it('"Q2 2025" a quarter, "H1 2025" its year: Q1–Q4 and H1–H2, then a year 1800–2199 of four digits', () => {
      assert.deepEqual(read('In Q2 2025 it grew.'), ['Q2 2025|quarter|2025.25||3']);
      assert.deepEqual(read('In Q2-2025 it grew.'), ['Q2-2025|quarter|2025.25||3']);
      assert.deepEqual(read('In H1 2025 it grew.'), ['2025|year|2025||6']);
      none('In Q5 2025 it grew.', 'In Q0 2025 it grew.', 'In H3 2025 it grew.', 'In Q2 1799 it grew.', 'In XQ2 2025 it grew.', 'In Q2 202 it grew.', 'In Q2 20251 it grew.');
    });
    it('footnotes, enumerations and list markers are none; other bracketed numbers are figures', () => {
      for (const t of ['See [1] then 5 cats.', 'See [^1] then 5 cats.', 'See ^1 then 5 cats.', 'See [2, 3] then 5 cats.', 'See [1,2] then 5 cats.', 'See (1) then 5 cats.']) {
        assert.deepEqual(extractFigures(t).map((f) => f.text), ['5'], t);
      }
      assert.deepEqual(read('See (123) then 5 cats.'), ['123|count|123||5', '5|count|5||15']);
      assert.deepEqual(read('See [1 then 5 cats.'), ['1|count|1||5', '5|count|5||12']);
      for (const t of ['1. First 5 cats.', '1) First 5 cats.', '1.5 First 5 cats.', '1.5. First 5 cats.', 'x\n12. First 5 cats.', '1.x First 5 cats.']) {
        assert.deepEqual(extractFigures(t).map((f) => f.text), ['5'], t);
      }
      assert.deepEqual(read('1234. First 5 cats.'), ['1234|count|1234||0', '5|count|5||12']);
    });
    it('a number after a name or a reference word is part of it; after a sentence-opening adverb or a possessive it is not', () => {
      none('It was No. 10 then.', 'It was Table 2 then.', 'It was table 2 then.', 'It was Windows 11 then.', 'It was iPhone 15 then.', 'In Euro 2004 it grew.');
      assert.deepEqual(read('It was Mr. 10 then.'), ['10|count|10||11']);
      assert.deepEqual(read("It was Tom's 5 cats."), ['5|count|5||13']);
      assert.deepEqual(read('Although 2005 was big.'), ['2005|year|2005||9']);
      assert.deepEqual(read('Clearly 300 came.'), ['300|count|300||8']);
      assert.deepEqual(read('Euro 2004 was big.'), ['2004|year|2004||5']);
    });
  });

  describe('digits.ts', () => {
    it('an HTML entity before the digits is the currency, and the figure starts at it', () => {
      assert.deepEqual(read('It cost &#163;1.8m in all.'), ['&#163;1.8m|currency|1800000|GBP|8']);
      assert.deepEqual(read('It cost &pound;5 in all.'), ['&pound;5|currency|5|GBP|8']);
      assert.deepEqual(read('It cost &euro;2bn in all.'), ['&euro;2bn|currency|2000000000|EUR|8']);
      // a ";" that ends no entity, and a symbol of the figure's own, which wins
      assert.deepEqual(read('It cost x;5 in all.'), ['5|count|5||10']);
      assert.deepEqual(read('It cost &pound;$5 in all.'), ['$5|currency|5|USD|15']);
    });
    it('a bare four-digit 1800–2199 is a year; grouped, decimal, outside or with a currency it is not', () => {
      assert.deepEqual(read('In 1800 it was 12.'), ['1800|year|1800||3', '12|count|12||15']);
      assert.deepEqual(read('In 2199 it was 12.'), ['2199|year|2199||3', '12|count|12||15']);
      assert.deepEqual(read('In 1799 it was 12.'), ['1799|count|1799||3', '12|count|12||15']);
      assert.deepEqual(read('In 2200 it was 12.'), ['2200|count|2200||3', '12|count|12||15']);
      assert.deepEqual(read('It was 1,999 then.'), ['1,999|count|1999||7']);
      assert.deepEqual(read('It was $1999 then.'), ['$1999|currency|1999|USD|7']);
      assert.deepEqual(read('It was 1999.5 then.'), ['1999.5|number|1999.5||7']);
    });
    it('a bare pair is no figure in a name, before a capital, at love ("0-30") or after another number', () => {
      assert.deepEqual(read('It flew a Boeing 737-800 jet.'), []);
      assert.deepEqual(read('Route 12-15 is closed.'), []);
      assert.deepEqual(read('It was 12-15 A.'), []);
      assert.deepEqual(read('It was 12-15 ireland.'), ['12-15|count|12-15||7']);
      assert.deepEqual(read('It was 0-30 then.'), []);
      assert.deepEqual(read('It was 3 12-15 then.'), ['3|count|3||7']);
      assert.deepEqual(read('It was 3  12-15 then.'), ['3|count|3||7', '12-15|count|12-15||10']);
      assert.deepEqual(read('It was 12-15%, 12 to 15.'), ['12-15%|percent|12-15|percent|7', '12 to 15|count|12-15||15']);
    });
    it('a name takes the number ("Windows 11", "number 10 Downing Street"); "number 8 in the chart" is a rank', () => {
      assert.deepEqual(read('Windows 11 shipped.'), []);
      assert.deepEqual(read('He lives at number 10 Downing Street.'), []);
      assert.deepEqual(read('The song was number 8 in the chart.'), ['number 8|ordinal|8||13']);
    });
    it('a day after a month is a date only from 1 to 31 and whole', () => {
      assert.deepEqual(read('On May 7 it rained.'), ['May 7|date|507||3']);
      assert.deepEqual(read('On May 31 it rained.'), ['May 31|date|531||3']);
      assert.deepEqual(read('On May 32 it rained.'), ['32|count|32||7']);
      assert.deepEqual(read('On May 0 it rained.'), ['0|count|0||7']);
      assert.deepEqual(read('On May 7.5 it rained.'), ['7.5|number|7.5||7']);
      assert.deepEqual(read('Since May 2019 it rained.'), ['2019|year|2019||10']);
    });
    it('"7 in 10" and "7 out of 10" are shares; a numerator at or above the denominator, or decimal, is none', () => {
      assert.deepEqual(read('About 7 out of 10 voters agreed.'), ['7 out of 10|percent|70|percent|6']);
      assert.deepEqual(read('About 7 in ten voters agreed.'), ['7 in ten|percent|70|percent|6']);
      assert.deepEqual(read('About 7 out 10 voters agreed.'), ['7|count|7||6', '10|count|10||12']);
      assert.deepEqual(read('About 10 in 7 voters agreed.'), []);
      assert.deepEqual(read('About 7 in 7 voters agreed.'), []);
      assert.deepEqual(read('About 1.5 in 10 voters agreed.'), ['1.5|number|1.5||6', '10|count|10||13']);
    });
    it('phone-like digit groups are no figure; a year before a count is', () => {
      assert.deepEqual(read('Call 207 946 0000 now.'), []);
      assert.deepEqual(read('In 2019 300 people came.'), ['2019|year|2019||3', '300|count|300||8']);
    });
  });

  describe('numberWords.ts', () => {
    it('"per cent" after a number in words is a percentage only as a whole word (a bug: "twenty per centre" was 20%)', () => {
      assert.deepEqual(read('It was twenty per cent.'), ['twenty per cent|percent|20|percent|7']);
      assert.deepEqual(read('It was twenty per cent'), ['twenty per cent|percent|20|percent|7']);
      assert.deepEqual(read('It was twenty per centre.'), ['twenty|count|20||7']);
      assert.deepEqual(read('It was 20 per centre.'), ['20|count|20||7']);
      assert.deepEqual(read('Floods come about one per century.'), []);
    });
    it('"one" is a figure before a percentage (it was left unread: "rose one per cent" went unchecked), not alone', () => {
      assert.deepEqual(read('It rose one per cent.'), ['one per cent|percent|1|percent|8']);
      assert.deepEqual(read('It rose one percent.'), ['one percent|percent|1|percent|8']);
      assert.deepEqual(read('It rose one percentage point.'), ['one percentage point|percent|1|pp|8']);
      for (const t of ['It rose one per century.', 'It rose one percentage gain.', 'One of them left.', 'It was one.']) assert.deepEqual(read(t), [], t);
    });
    it('numbers in words: tens and units, hundreds with "and", scales, "a" before a scale', () => {
      assert.deepEqual(read('It was twenty-five then.'), ['twenty-five|count|25||7']);
      assert.deepEqual(read('It was ninety-nine then.'), ['ninety-nine|count|99||7']);
      assert.deepEqual(read('It was one hundred then.'), ['one hundred|count|100||7']);
      assert.deepEqual(read('It was a hundred then.'), ['a hundred|count|100||7']);
      assert.deepEqual(read('It was a dozen then.'), ['a dozen|count|12||7']);
      assert.deepEqual(read('It was two hundred and fifty then.'), ['two hundred and fifty|count|250||7']);
      assert.deepEqual(read('It was three thousand then.'), ['three thousand|count|3000||7']);
      assert.deepEqual(read('It was a billion then.'), ['a billion|count|1000000000||7']);
      assert.deepEqual(read('It was seven.'), ['seven|count|7||7']);
      // a capital mid-sentence is a name unless a scale follows; at a sentence's start it is a number
      assert.deepEqual(read('It was Twenty-five then.'), []);
      assert.deepEqual(read('It sold Two Million copies.'), ['Two Million|count|2000000||8']);
      assert.deepEqual(read('Two million came.'), ['Two million|count|2000000||0']);
    });
    it('hyphenated: durations, ages, "-fold", fractions; other compounds are none', () => {
      assert.deepEqual(read('A two-year plan.'), ['two-year|duration|2|year|2']);
      assert.deepEqual(read('A five-year-old boy.'), ['five|number|5||2']);
      assert.deepEqual(read('It grew three-fold.'), ['three-fold|multiplier|3||8']);
      assert.deepEqual(read('It fell by two-fifths.'), ['two-fifths|percent|40|percent|11']);
      assert.deepEqual(read('He came twenty-first in the race.'), ['twenty-first|ordinal|21||8']);
      assert.deepEqual(read('A five-star hotel.'), []);
    });
    it('"two to three" only before a unit of time, and not after a change word', () => {
      assert.deepEqual(read('It took two to three years.'), ['two to three years|duration|2-3|year|8']);
      assert.deepEqual(read('It took two to three days.'), ['two to three days|duration|2-3|day|8']);
      assert.deepEqual(read('It rose from two to three years.'), ['two|count|2||13', 'three years|duration|3|year|20']);
      assert.deepEqual(read('It took two to one years.'), ['two|count|2||8']);
      assert.deepEqual(read('It took two to three people.'), ['two|count|2||8', 'three|count|3||15']);
    });
    it('ratios, references and places: "one in five", "number three", "dropped two spots to seven"', () => {
      assert.deepEqual(read('It was one in five.'), ['one in five|percent|20|percent|7']);
      assert.deepEqual(read('It was one out of five.'), ['one out of five|percent|20|percent|7']);
      assert.deepEqual(read('It was one in a hundred.'), ['one in a hundred|percent|1|percent|7']);
      assert.deepEqual(read('It was number three.'), []);
      assert.deepEqual(read('It fell one place to five.'), ['five|ordinal|5||21']);
      assert.deepEqual(read('He dropped two spots to seven.'), ['two|count|2||11', 'seven|ordinal|7||24']);
    });
    it('"one-third", "one-fifth" are shares as "one third" is (a bug: the hyphenated ones were left unread); "a one-day match" is none', () => {
      assert.deepEqual(read('One-fifth of voters came.'), ['One-fifth|percent|20|percent|0']);
      assert.deepEqual(read('It fell by one-third.'), ['one-third|percent|33.33|percent|11']);
      assert.deepEqual(read('It fell by one third.'), ['one third|percent|33.33|percent|11']);
      assert.deepEqual(read('It was a one-day match.'), []);
      assert.deepEqual(read('It was a one-off.'), []);
    });
    it('the unit words after a number in words', () => {
      assert.deepEqual(read('It was twenty percent.'), ['twenty percent|percent|20|percent|7']);
      assert.deepEqual(read('It was twenty percentage points.'), ['twenty percentage points|percent|20|pp|7']);
      assert.deepEqual(read('It was twenty percentage point.'), ['twenty percentage point|percent|20|pp|7']);
      assert.deepEqual(read('It was twenty percentage gains.'), ['twenty|count|20||7']);
      assert.deepEqual(read("At five o'clock it rang."), []);
      assert.deepEqual(read('It was five thirds.'), []);
      assert.deepEqual(read('It took twenty years.'), ['twenty years|duration|20|year|8']);
      assert.deepEqual(read('It took twenty million years.'), ['twenty million|count|20000000||8']);
      assert.deepEqual(read('It was five times as big.'), ['five times|multiplier|5||7']);
      assert.deepEqual(read('It cost five million dollars.'), ['five million dollars|currency|5000000|USD|8']);
    });
  });

  describe('ranks.ts', () => {
    it('the suffix of an ordinal: st, nd, rd, and th for 11–13 of every hundred', () => {
      const got = [1, 2, 3, 4, 10, 11, 12, 13, 14, 21, 22, 23, 101, 111, 112, 113, 121].map((n) => `${n}${ordinalSuffix(n)}`);
      assert.deepEqual(got, ['1st', '2nd', '3rd', '4th', '10th', '11th', '12th', '13th', '14th', '21st', '22nd', '23rd', '101st', '111th', '112th', '113th', '121st']);
    });
    it('a digit ordinal is a rank after a rank verb, before a lower-case word or a hyphenated one, past 31 after "the", or in a run', () => {
      assert.deepEqual(read('She finished 19th in the race.'), ['19th|ordinal|19||13']);
      assert.deepEqual(read('It was the 19th-century novel.'), ['19th|ordinal|19||11']);
      assert.deepEqual(read('It was the 70th minute.'), ['70th|ordinal|70||11']);
      assert.deepEqual(read('It was his 19th UK number one.'), ['19th|ordinal|19||11']);
      assert.deepEqual(read('It was the 999th in chart history.'), ['999th|ordinal|999||11']);
      assert.deepEqual(read('It won the 3rd in a row.'), ['3rd|ordinal|3||11']);
      assert.deepEqual(read('It won the 3rd in succession.'), ['3rd|ordinal|3||11']);
    });
    it('…and not in a name, a date, a list, or a run that is none', () => {
      for (const t of ['It was the 4th-Generation kit.', 'It was the 1st Battalion.', 'It was the 31st in chart history.', 'It was the 21st and the 3rd.',
        'It won the 3rd in a rush.', 'It won the 3rd in time.', 'On the 21st.']) assert.deepEqual(read(t), [], t);
    });
    it('"number N" is a chart position before a chart word, after a chart verb with nothing after, or after "world"', () => {
      assert.deepEqual(read('It went to number one.'), ['number one|ordinal|1||11']);
      assert.deepEqual(read('It went to number 8.'), ['number 8|ordinal|8||11']);
      assert.deepEqual(read('It sat at number 8, then fell.'), ['number 8|ordinal|8||10']);
      assert.deepEqual(read('He is world number 2 now.'), ['number 2|ordinal|2||12']);
      assert.deepEqual(read('It was number 8 in the chart.'), ['number 8|ordinal|8||7']);
      for (const t of ['It went to number 8 today.', 'It was the number 10 bus.', 'It was number 8a today.', 'It was Number 8 in the chart.',
        'It was number 8 In the chart.']) assert.deepEqual(read(t), [], t);
    });
    it('a day and a month: a date without a year, the year alone with one', () => {
      assert.deepEqual(read('On 27 February it fell.'), ['27 February|date|227||3']);
      assert.deepEqual(read('On the 1st of May it fell.'), ['1st of May|date|501||7']);
      assert.deepEqual(read('On 27 February 2001 it fell.'), ['2001|year|2001||15']);
      assert.deepEqual(read('On 27 February, 2001 it fell.'), ['2001|year|2001||16']);
      assert.deepEqual(read('On 1st May, 2001 it fell.'), ['2001|year|2001||12']);
      // "february" in lower case, "Of" capitalised: no month
      assert.deepEqual(read('On 27 february it fell.'), ['27|count|27||3']);
      assert.deepEqual(read('On the 1st Of May it fell.'), []);
    });
  });

  describe('vagueWords.ts', () => {
    /** read() with the scale, the written decimals and the vague mark. */
    const full = (text: string) => extractFigures(text).map((f) => `${f.text}|${f.kind}|${f.value}${f.high !== undefined ? '-' + f.high : ''}|${f.unit ?? ''}|${f.scale}|${f.decimals}|${f.vague ? 'vague' : ''}`);
    it('"doubled", "twice as", "triple the" are multipliers; "double-digit", "a double room", "twice a week" are not', () => {
      assert.deepEqual(read('Sales doubled last year.'), ['doubled|multiplier|2||6']);
      assert.deepEqual(read('It was twice as big.'), ['twice|multiplier|2||7']);
      assert.deepEqual(read('It was triple the size.'), ['triple|multiplier|3||7']);
      for (const t of ['It was a double-digit rise.', 'It came twice a week.', 'It was a double room.', 'It was the triple threat.', 'It was triple bogey.']) {
        assert.deepEqual(read(t), [], t);
      }
    });
    it('"half the" is a multiplier, "half of" a share (not after "one and a"), "half a million" and "half a dozen" amounts', () => {
      assert.deepEqual(read('It cost half the price.'), ['half|multiplier|0.5||8']);
      assert.deepEqual(read('Half of the staff left.'), ['Half|percent|50|percent|0']);
      assert.deepEqual(read('A half of all staff left.'), ['half|percent|50|percent|2']);
      assert.deepEqual(full('It was half a million.'), ['half a million|count|500000||1000000|1|']);
      assert.deepEqual(full('It was half a dozen.'), ['half a dozen|count|6||1|0|']);
      assert.deepEqual(full('It cost half a million pounds.'), ['half a million pounds|currency|500000|GBP|1000000|1|']);
      for (const t of ['One and a half of them left.', 'It was half-time.', 'It was half a loaf.', 'It was the first half of it.']) assert.deepEqual(read(t), [], t);
    });
    it('"tens of", "hundreds of", "dozens of", "thousands of": vague ranges, money when a currency follows', () => {
      assert.deepEqual(full('It was tens of billions.'), ['tens of billions|count|10000000000-99000000000||1000000000|0|vague']);
      assert.deepEqual(full('It was hundreds of millions of dollars.'), ['hundreds of millions of dollars|currency|100000000-999000000|USD|1000000|0|vague']);
      assert.deepEqual(full('It was hundreds of thousands of euros.'), ['hundreds of thousands of euros|currency|100000-999000|EUR|1000|0|vague']);
      assert.deepEqual(full('It was hundreds of people.'), ['hundreds|count|100-999||1|0|vague']);
      assert.deepEqual(full('It was dozens of people.'), ['dozens|count|24-144||1|0|vague']);
      assert.deepEqual(full('It was thousands of people.'), ['thousands|count|1000-9999||1000|0|vague']);
      assert.deepEqual(full('It was millions of people.'), ['millions|count|1000000-999000000||1000000|0|vague']);
      assert.deepEqual(read('It was tens of people.'), []);
      assert.deepEqual(read('It was thousands.'), []);
    });
    it('"several" and "a few" before a scale: two to nine of it, money from a thousand up', () => {
      assert.deepEqual(full('It was several million.'), ['several million|count|2000000-9000000||1000000|0|vague']);
      assert.deepEqual(full('It was a few hundred thousand.'), ['a few hundred thousand|count|200000-900000||100000|0|vague']);
      assert.deepEqual(full('It was several dozen.'), ['several dozen|count|24-108||12|0|vague']);
      assert.deepEqual(read('It was several hundred million dollars.'), ['several hundred million dollars|currency|200000000-900000000|USD|7']);
      assert.deepEqual(read('It was several thousand dollars.'), ['several thousand dollars|currency|2000-9000|USD|7']);
      assert.deepEqual(read('It was several hundred dollars.'), ['several hundred|count|200-900||7']);
      assert.deepEqual(read('It was several billion million.'), ['several billion|count|2000000000-9000000000||7']);
      assert.deepEqual(read('It was several people.'), []);
    });
  });

  describe('suffixKinds.ts', () => {
    const none = (...texts: string[]) => { for (const t of texts) assert.deepEqual(read(t), [], t); };
    it('a decade: four digits ending in 0, 1500–2190, nothing before', () => {
      assert.deepEqual(read('In the 1960s it grew.'), ['1960s|year|1960-1969||7']);
      assert.deepEqual(read('In the 1510s it grew.'), ['1510s|year|1510-1519||7']);
      assert.deepEqual(read('In the 2000s it grew.'), ['2000s|year|2000-2009||7']);
      assert.deepEqual(read('In the 2100s it grew.'), ['2100s|year|2100-2109||7']);
      assert.deepEqual(read('In the 2190s it grew.'), ['2190s|year|2190-2199||7']);
      none('In the 1490s it grew.', 'In the 2200s it grew.', 'In the 1,960s it grew.');
    });
    it('"the 1500s" to "the 1900s" are centuries; "the 2000s" is a decade (CENTURIES_BEFORE)', () => {
      assert.deepEqual(read('In the 1500s it grew.'), ['1500s|year|1500-1599||7']);
      assert.deepEqual(read('In the 1800s it grew.'), ['1800s|year|1800-1899||7']);
      assert.deepEqual(read('In the 1900s it grew.'), ['1900s|year|1900-1999||7']);
      assert.deepEqual(read("In the 1800's it grew."), ["1800's|year|1800-1899||7"]);
      const one = (t: string) => extractFigures(t, 0, t.length)[0];
      assert.equal(figuresAgree(one('In the 1800s it grew.'), one('In the 1800s it grew.')), true);
      assert.equal(figuresAgree(one('In the 1800s it grew.'), one('In the 1810s it grew.')), false, 'a century is not its first decade');
      assert.equal(figuresAgree(one('In the 1800s it grew.'), one('In the 1900s it grew.')), false);
      assert.equal(formatFigureLike(one('In the 1600s it grew.'), one('In the 1500s it grew.')), '1600s', 'a fix writes a century as the note does');
    });
    it('an ordinal takes the suffix of its number, whole and from 1', () => {
      assert.deepEqual(read('It came 2nd.'), ['2nd|ordinal|2||8']);
      none('It came 2st.', 'It came 2.5nd.', 'It came 0th.');
    });
    it('pence below 10,000 and not a video\'s lines, nor after a currency symbol', () => {
      assert.deepEqual(read('It cost 7p each.'), ['7p|currency|7|GBX|8']);
      assert.deepEqual(read('It cost 9999p each.'), ['9999p|currency|9999|GBX|8']);
      none('It ran at 720p only.', 'It cost 10000p each.', 'It cost £7p each.');
    });
    it('degrees C up to 60 either way, with at most one decimal', () => {
      assert.deepEqual(read('It was 30C today.'), ['30C|measure|30|C|7']);
      assert.deepEqual(read('It was 60C today.'), ['60C|measure|60|C|7']);
      assert.deepEqual(read('It was -60C today.'), ['-60C|measure|-60|C|7']);
      assert.deepEqual(read('It was 30.5C today.'), ['30.5C|measure|30.5|C|7']);
      none('It was 61C today.', 'It was 30.55C today.');
    });
    it('measures glued, with "/h" or "/s", spaced or spelled; a difference ("50m taller") is none', () => {
      assert.deepEqual(read('It was 3GHz fast.'), ['3GHz|measure|3|GHz|7']);
      assert.deepEqual(read('It ran 61km/h fast.'), ['61km/h|measure|61|km/h|7']);
      assert.deepEqual(read('It ran 17m/s fast.'), ['17m/s|measure|17|m/s|7']);
      assert.deepEqual(read('It was 9.2Mbit/s fast.'), ['9.2Mbit/s|measure|9.2|Mbps|7']);
      assert.deepEqual(read('It ran 38 mph fast.'), ['38 mph|measure|38|mph|7']);
      assert.deepEqual(read('It ran 100 km far.'), ['100 km|measure|100|km|7']);
      assert.deepEqual(read('It ran 12 kilometres far.'), ['12 kilometres|measure|12|km|7']);
      assert.deepEqual(read('It made 96 gigawatt-hours.'), ['96 gigawatt-hours|measure|96|GWh|8']);
      assert.deepEqual(read('It made 96 gigawatt hours.'), ['96 gigawatt hours|measure|96|GWh|8']);
      assert.deepEqual(read('It made 96 gigawatt hourly.'), ['96 gigawatt|measure|96|GW|8']);
      assert.deepEqual(read('It ran 70 miles per hour.'), ['70 miles per hour|measure|70|mph|7']);
      assert.deepEqual(read('It ran 70 miles per day.'), ['70|count|70||7']);
      none('It was 50m taller.', 'It was 3cm short of it.', 'It ran 17km/x fast.');
    });
    it('metres before a hyphenated size word ("300m-high"); other "300m-…" are identifiers', () => {
      assert.deepEqual(read('It was a 300m-high tower.'), ['300m|measure|300|m|9']);
      assert.deepEqual(read('It was 100m-long.'), ['100m|measure|100|m|7']);
      none('It was a 300m-high5 tower.', 'It was a 300m-abc tower.');
    });
    it('a fiscal year: the next year after the slash, in two or four digits', () => {
      assert.deepEqual(read('In 2003/04 it grew.'), ['2003/04|year|2003-2004||3']);
      assert.deepEqual(read('In 1999/2000 it grew.'), ['1999/2000|year|1999-2000||3']);
      assert.deepEqual(read('In 2099/00 it grew.'), ['2099/00|year|2099-2100||3']);
      none('In 2003/05 it grew.', 'In 2003/04/05 it grew.', 'In 2003/04b it grew.', 'In 2003/4 it grew.', 'In 2003/004 it grew.');
    });
    it('a month then a day is a date unless a year or the number\'s plural noun follows (then a count); an ordinal day too', () => {
      assert.deepEqual(read('In May 10 of them died.'), ['May 10|date|510||3']);
      assert.deepEqual(read('On May 10th it rained.'), ['May 10th|date|510||3']);
      assert.deepEqual(read('It was 31st May.'), ['31st May|date|531||7']);
      assert.deepEqual(read('On May 10, 2001 it rained.'), ['2001|year|2001||11']);
      assert.deepEqual(read('In May 10 people died.'), ['10|count|10||7']);
      none('It was 32nd May.');
    });
  });

  describe('render.ts', () => {
    /** The single figure of "It was TEXT then." */
    const fig = (text: string) => {
      const f = extractFigures(`It was ${text} then.`);
      assert.equal(f.length, 1, text);
      return f[0];
    };
    /** The source's figure written as the note wrote its own: the text of a quick fix. */
    const fix = (source: string, note: string) => formatFigureLike(fig(source), fig(note));
    it('a currency or "percentage points" after the number agrees with it (a bug: "one dollars", "1 percentage points")', () => {
      assert.equal(fix('1 dollar', 'two dollars'), 'one dollar');
      assert.equal(fix('1 euro', 'two euros'), 'one euro');
      assert.equal(fix('1 million dollars', 'two million dollars'), 'one million dollars');
      assert.equal(fix('1 percentage point', 'two percentage points'), 'one percentage point');
      assert.equal(fix('1 percentage point', '2 percentage points'), '1 percentage point');
      assert.equal(fix('3 percentage points', '2 percentage points'), '3 percentage points');
      assert.equal(fix('1 dollar', '5 dollars'), '1 dollar');
    });
    it('years, quarters and multipliers keep the note\'s form', () => {
      assert.equal(fix('Q3 2024', 'Q1 2023'), 'Q3 2024');
      assert.equal(fix('2019-20', '2017-18'), '2019-20');
      assert.equal(fix('2019 to 2020', '2017 to 2018'), '2019 to 2020');
      assert.equal(fix('2019/2020', '2017/18'), '2019/20');
      assert.equal(fix('twice as', 'doubled'), 'doubled');
      assert.equal(fix('2 times', 'twice as'), 'twice');
      assert.equal(fix('2 times', 'double the'), 'double');
      assert.equal(fix('3 times', 'tripled'), 'tripled');
      assert.equal(fix('3 times', 'twice as'), 'three times');
      assert.equal(fix('1000 times', 'twice as'), 'one thousand times'); // (the note's words-and-times style kept)
      assert.equal(fix('half the', 'twice as'), 'half');
    });
    it('words stay words up to 999 of a scale; digits keep the note\'s scale form, separators and decimals', () => {
      assert.equal(fix('5 billion', 'two million'), 'five billion');
      assert.equal(fix('3 to 5 years', 'two years'), 'three to five years');
      assert.equal(fix('1,500', 'two hundred'), '1,500');
      assert.equal(fix('2.5 million', 'three million'), '2.5 million');
      assert.equal(fix('$1,400m', '$2bn'), '$1.4bn');
      assert.equal(fix('$900m', '$2bn'), '$900m');
      assert.equal(fix('$900k', '$2bn'), '$900k');
      assert.equal(fix('$900', '$2bn'), '$900');
      assert.equal(fix('1.5 trillion', '2 million'), '1.5 trillion');
      assert.equal(fix('900,000', '2 million'), '900,000');
      assert.equal(fix('2,500', '2 thousand'), '2.5 thousand');
      assert.equal(fix('900', '2 thousand'), '900');
      assert.equal(fix('2.5B', '70B'), '2.5B');
      assert.equal(fix('1234567', '350,000'), '1,234,567');
      assert.equal(fix('12 to 18 months', '3 to 6 months'), '12 to 18 months');
      assert.equal(fix('12%-18%', '3%-6%'), '12%-18%');
      assert.equal(fix('-7%', '+5%'), '-7%');
      assert.equal(fix('7.2%', '5.50%'), '7.20%');
      assert.equal(fix('7.25%', '5.5%'), '7.25%');
    });
    it('a duration in the note\'s unit and number, "12-month" keeping its form', () => {
      assert.equal(fix('1 month', '3-month'), '1-month');
      assert.equal(fix('2 years', 'a 12-month'), '24-month');
      assert.equal(fix('24 months', '2 years'), '2 years');
      assert.equal(fix('1 year', '6 months'), '12 months');
      assert.equal(fix('2 hours', '30 minutes'), '120 minutes');
      assert.equal(fix('1 day', 'three days'), 'one day');
    });
  });

  describe('wordFamilies.ts', () => {
    it('"half of" a plural noun is a share, as "half of the …" is (a bug: "half of voters" was a multiplier 0.5)', () => {
      assert.deepEqual(read('Half of voters came.'), ['Half|percent|50|percent|0']);
      assert.deepEqual(read('Half of the voters came.'), ['Half|percent|50|percent|0']);
      assert.deepEqual(read('Three quarters of voters came.'), ['Three quarters|percent|75|percent|0']);
      assert.deepEqual(read('Half of glass broke.'), ['Half|multiplier|0.5||0']);
      assert.deepEqual(read('Half of 2020 was bad.'), ['Half|multiplier|0.5||0', '2020|year|2020||8']);
    });
  });

  describe('wordFamilies.ts: ordinals, fractions, "-long"', () => {
    it('an ordinal word is a rank after a rank verb, not after "the" alone', () => {
      assert.deepEqual(read('He came sixth.'), ['sixth|ordinal|6||8']);
      assert.deepEqual(read('It was the sixth then.'), []);
    });
    it('"a third of" a whole is a share; of "a point" none; of "a million" an amount', () => {
      assert.deepEqual(read('It was a third of staff.'), ['a third|percent|33.33|percent|7']);
      assert.deepEqual(read('It was an eighth of them.'), ['an eighth|percent|12.5|percent|7']);
      assert.deepEqual(read('It was a third of a point.'), []);
      assert.deepEqual(read('It was a quarter of a million.'), ['a quarter of a million|count|250000||7']);
      assert.equal(extractFigures('It was a quarter of a million.')[0].decimals, 2);
    });
    it('"year-long", "decade-long": a duration of one; "three month-long" keeps its number; "hour-long" is none', () => {
      assert.deepEqual(read('It was a year-long inquiry.'), ['year-long|duration|1|year|9']);
      assert.deepEqual(read('It was a decade-long war.'), ['decade-long|duration|1|decade|9']);
      assert.deepEqual(read('It was a three month-long tour.'), ['three month|duration|3|month|9']);
      assert.deepEqual(read('It was an hour-long talk.'), []);
    });
  });

  describe('renderFamilies.ts', () => {
    const at = (pre: string, post: string) => (text: string) => {
      const f = extractFigures(`${pre}${text}${post}`);
      assert.equal(f.length, 1, text);
      return f[0];
    };
    const cases: [string, (t: string) => ReturnType<typeof extractFigures>[number], [string, string, string][]][] = [
      ['a rank', at('He came ', ' in the race.'), [['5th', 'sixth', 'fifth'], ['21st', 'sixth', 'twenty-first'], ['100th', 'sixth', 'hundredth'], ['101st', 'sixth', '101st'],
        ['1,234th', '2,838th', '1,234th'], ['5th', 'number one', 'number five'], ['8th', 'number 3', 'number 8']]],
      ['a score', at('They won ', ' in the final.'), [['6-3', '3-1', '6-3'], ['6-3', '3–1', '6–3']]],
      ['a date', at('On ', ' it rained.'), [['27 February', '3 March', '27 February'], ['27 February', 'March 3', 'February 27'], ['27 February', '3rd of March', '27th of February'],
        ['27 February', 'March 3rd', 'February 27th'], ['2 September', '3 Sept', '2 Sept'], ['2 September', '3 Mar', '2 Sep'], ['2 May', '3 June', '2 May'], ['1 February', 'Mar 3', 'Feb 1']]],
      ['a decade', at('In the ', ' it grew.'), [['1970s', '1960s', '1970s'], ['1970s', "'60s", "'70s"], ['1970s', '’60s', '’70s'], ['1970s', "1960's", "1970's"],
        ['1970s', '1960’s', '1970’s'], ['2000s', "'90s", "'00s"]]],
      ['a share', at('', ' of voters came.'), [['A quarter', 'Two-thirds', 'A quarter'], ['One in ten', 'Two-thirds', 'A tenth'], ['40%', 'Two-thirds', '40%'],
        ['Two-thirds', 'One in five', 'Two in three'], ['Three out of four', 'Seven out of ten', 'Three out of four'], ['Two thirds', 'A fifth', 'Two thirds'],
        ['A third', 'One fifth', 'One third'], ['Two-thirds', 'two thirds', 'two thirds'], ['Half', 'Two-thirds', 'Half']]],
      ['a measure', at('The line runs at ', ' now.'), [['512kbps', '8Mbps', '0.512Mbps'], ['9.2Mbps', '8Mbps', '9.2Mbps'], ['2Gbps', '8Mbps', '2,000Mbps']]],
    ];
    for (const [family, f, rows] of cases) {
      it(`${family} in the note's form`, () => {
        for (const [source, note, want] of rows) assert.equal(formatFigureLike(f(source), f(note)), want, `${source} written like ${note}`);
      });
    }
    it('the short forms of messages', () => {
      assert.equal(describeFigure(at('He came ', ' in the race.')('12,345th')), '12,345th');
      assert.equal(describeFigure(at('He came ', ' in the race.')('1234th')), '1234th');
      assert.equal(describeFigure(at('They won ', ' in the final.')('6-3')), '6-3');
      assert.equal(describeFigure(at('On ', ' it rained.')('27 February')), '27 February');
      assert.equal(describeFigure(at('In the ', ' it grew.')('1960s')), '1960s');
      assert.equal(describeFigure(at('In ', ' it grew.')('2003/04')), '2003/04');
      assert.equal(describeFigure(at('', ' of voters came.')('Two-thirds')), 'Two-thirds (66.67%)');
      assert.equal(describeFigure(at('The line runs at ', ' now.')('9.2Mbps')), '9.2Mbps');
      assert.equal(describeFigure(at('It was ', ' then.')('40%')), '40%');
    });
  });

  describe('emit.ts: the whole figure, field by field', () => {
    it('a hedge before the figure wins over one after it; a range keeps its high end and written precision', () => {
      assert.deepEqual(extractFigures('It had about 80-odd cats.'), [{ start: 13, end: 15, text: '80', value: 80, kind: 'count', scale: 1, decimals: 0, hedge: 'approx', hedgeStart: 7, hedgeText: 'about' }]);
      assert.deepEqual(extractFigures('It was 1.1-2.3% then.'), [{ start: 7, end: 15, text: '1.1-2.3%', value: 1.1, kind: 'percent', scale: 1, decimals: 1, high: 2.3, unit: 'percent' }]);
      assert.deepEqual(extractFigures('It cost $1.15-1.25bn then.'), [{ start: 8, end: 20, text: '$1.15-1.25bn', value: 1150000000, kind: 'currency', scale: 1000000000, decimals: 2, high: 1250000000, unit: 'USD' }]);
      assert.deepEqual(extractFigures('In 2003/04 it grew.'), [{ start: 3, end: 10, text: '2003/04', value: 2003, kind: 'year', scale: 1, decimals: 0, high: 2004, fiscal: true }]);
    });
    it('a share in digits or words, and a number in words, with their hedges', () => {
      assert.deepEqual(extractFigures('About 7 in 10 voters agreed.'), [{ start: 6, end: 13, text: '7 in 10', value: 70, kind: 'percent', unit: 'percent', scale: 1, decimals: 0, fraction: true, hedge: 'approx', hedgeStart: 0, hedgeText: 'About' }]);
      assert.deepEqual(extractFigures('It was ~two-thirds then.'), [{ start: 8, end: 18, text: 'two-thirds', value: 66.67, kind: 'percent', unit: 'percent', scale: 1, decimals: 0, fraction: true, words: true, hedge: 'approx', hedgeText: '~', hedgeStart: 7 }]);
      assert.deepEqual(extractFigures('It was nearly two million then.'), [{ start: 14, end: 25, text: 'two million', value: 2000000, kind: 'count', scale: 1000000, decimals: 0, words: true, hedge: 'approx', hedgeStart: 7, hedgeText: 'nearly' }]);
    });
  });

  describe('measures.ts', () => {
    /** The measure unit the letters at the start of `t` spell, with "/h" or "/s" after them. */
    const unit = (t: string) => {
      const e = /[^A-Za-z]/.exec(t)?.index ?? t.length;
      return measureAt(t, 0, e, t.length, false);
    };
    it('units with a slash, by the table\'s key; a bare "m" is decided with the scales', () => {
      const got = ['km/h', 'm/s', 'Mbit/s', 'kbit/s', 'Gbit/s', 'Mb/s', 'kb/s', 'km/', 'km', 'GHz'].map((t) => unit(t));
      assert.deepEqual(got, [{ unit: 'km/h', end: 4 }, { unit: 'm/s', end: 3 }, { unit: 'Mbps', end: 6 }, { unit: 'kbps', end: 6 }, { unit: 'Gbps', end: 6 },
        { unit: 'Mbps', end: 4 }, { unit: 'kbps', end: 4 }, { unit: 'km', end: 2 }, { unit: 'km', end: 2 }, { unit: 'GHz', end: 3 }]);
      for (const t of ['km/hx', 'km/x', 'km/s', 'm', 'xyz']) assert.equal(unit(t), undefined, t);
    });
    it('a family and its factor', () => {
      assert.deepEqual(measureBase('Mbps'), ['bps', 1e6]);
      assert.deepEqual(measureBase('km'), ['m', 1000]);
      assert.equal(measureBase(undefined), undefined);
      assert.equal(measureBase('zzz'), undefined);
    });
  });

  describe('hedges.ts', () => {
    it('"~" right before the figure or one space before it, never before the scanned range', () => {
      assert.deepEqual(hedged('It has ~300 users.'), ['300|count|approx|~|7']);
      assert.deepEqual(hedged('It has ~ 300 users.'), ['300|count|approx|~|7']);
      // scanning from the digits: the "~" lies before the range, and is not read
      assert.deepEqual(hedged('It has ~300 users.', 8), ['300|count|-||']);
      assert.deepEqual(hedged('It has ~ 300 users.', 9), ['300|count|-||']);
      assert.deepEqual(hedged('It has ~ 300 users.', 8), ['300|count|-||']);
    });
    it('"or so" after the figure, not "or sooner", not after a year, and at the end of the text', () => {
      assert.deepEqual(hedged('It has 60 or so users.'), ['60|count|approx|or so|10']);
      assert.deepEqual(hedged('It has 60 or so'), ['60|count|approx|or so|10']);
      assert.deepEqual(hedged('It has 60 or sooner users.'), ['60|count|-||']);
      assert.deepEqual(hedged('It was 2010 or so.'), ['2010|year|-||']);
    });
    it('one article between the hedge and the figure', () => {
      assert.deepEqual(hedged('It won almost a 40% share.'), ['40%|percent|approx|almost|7']);
      assert.deepEqual(hedged('It won almost an 8% share.'), ['8%|percent|approx|almost|7']);
      // "of" is no article: "some of 300" is a part of them (a bug: it was read as about 300)
      assert.deepEqual(hedged('Some of 300 applicants were taken.'), ['300|count|-||']);
      assert.deepEqual(hedged('It had upwards of 300 users.'), ['300|count|over|upwards of|7']);
    });
    it('the longest phrase wins, read back word by word while it is the tail of one', () => {
      assert.deepEqual(hedged('It had a little more than 300 users.'), ['300|count|over|a little more than|7']);
      assert.deepEqual(hedged('It had in the region of 300 users.'), ['300|count|approx|in the region of|7']);
      assert.deepEqual(hedged('It had the best part of 300 users.'), ['300|count|approx|the best part of|7']);
      assert.deepEqual(hedged('It had no fewer than 300 users.'), ['300|count|over|no fewer than|7']);
      // a tail alone is no hedge
      assert.deepEqual(hedged('It had best part of 300 users.'), ['300|count|-||']);
      assert.deepEqual(hedged('It had than 300 users.'), ['300|count|-||']);
      // words are one space apart
      assert.deepEqual(hedged('It had more  than 300 users.'), ['300|count|-||']);
    });
    it('a year takes only an approximate hedge, and not "some"', () => {
      assert.deepEqual(hedged('In around 2010 it grew.'), ['2010|year|approx|around|3']);
      assert.deepEqual(hedged('In over 2010 it grew.'), ['2010|year|-||']);
      assert.deepEqual(hedged('Some 2010 graduates left.'), ['2010|year|-||']);
    });
    it('a duration takes "nearly" and "more than", not over, under, above, below or past (a period)', () => {
      assert.deepEqual(hedged('It took nearly 3 years.'), ['3 years|duration|approx|nearly|8']);
      assert.deepEqual(hedged('It took more than 3 years.'), ['3 years|duration|over|more than|8']);
      for (const w of ['over', 'under', 'above', 'below', 'past']) {
        assert.deepEqual(hedged(`It took ${w} 3 years.`), ['3 years|duration|-||'], w);
      }
    });
    it('"over" and "under" after a verb they complete are particles, not bounds', () => {
      assert.deepEqual(hedged('They won over 300 voters.'), ['300|count|-||']);
      assert.deepEqual(hedged('They argued over $300 of fees.'), ['$300|currency|-||']);
      assert.deepEqual(hedged('They signed under 300 players.'), ['300|count|-||']);
      assert.deepEqual(hedged('It rose over 300.'), ['300|count|over|over|8']);
      assert.deepEqual(hedged('They sold under 300.'), ['300|count|under|under|10']);
      assert.deepEqual(hedged('They paid just over $300.'), ['$300|currency|over|just over|10']);
    });
    it('"past" after a determiner or a possessive is an adjective, not a bound', () => {
      assert.deepEqual(hedged('His past 50 matches were won.'), ['50|count|-||']);
      assert.deepEqual(hedged("The firm's past 3 results."), ['3|count|-||']);
      assert.deepEqual(hedged('The firm’s past 3 results.'), ['3|count|-||']);
      assert.deepEqual(hedged('Its total went past 3 million.'), ['3 million|count|over|past|15']);
    });
  });
});
