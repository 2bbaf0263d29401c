// Claim frames as people read them (server/src/engine/frames: frame.ts, summary.ts): every field of
// the hover's "read as" line and of the developer's one-line view (`describeFrame`), and the frames
// of made-up sentences that exercise each rule of frame.ts — a conversion in brackets or after
// ", or", the end of a change taking the metric of the figure before it, a date's preposition, a
// place after "in", the period taken nearest first, a change verb further back before "by"; and, in
// tables of made-up sentences, fronted.ts, period.ts, role.ts, clauses.ts and tokens.ts, walk.ts and metric.ts.
import * as assert from 'node:assert/strict';
import { extractFigures } from '../../server/src/engine/figures';
import { type ClaimFrame, describeFrame, sentenceFrames } from '../../server/src/engine/frames/frame';
import { Lexicon } from '../../server/src/engine/frames/lexicon';
import { frameLine, summarizeFrame } from '../../server/src/engine/frames/summary';
import { parentheticals } from '../../server/src/engine/frames/clauses';
import { FRAME_POLICY as P } from '../../server/src/engine/frames/policy';
import { frameTokens } from '../../server/src/engine/frames/tokens';
import { checkAgainst, verdictOf } from './check-helpers';
import { frameIn } from '../helpers/frameReads';

function frame(over: Partial<ClaimFrame> = {}): ClaimFrame {
  return { role: 'level', metric: [], counted: 0, subject: [], names: [], namesBefore: 0, context: new Map(), period: {}, ...over };
}

describe('frames/summary.ts: the "read as" line of a frame', () => {
  const cases: [string, Partial<ClaimFrame>, string][] = [
    ['nothing known', {}, 'level'],
    ['a rise', { role: 'change', direction: 'up' }, 'rise'],
    ['a fall', { role: 'change', direction: 'down' }, 'fall'],
    ['a change of no direction', { role: 'change' }, 'change'],
    ['a direction on a level is not shown', { role: 'level', direction: 'up' }, 'level'],
    ['the start of a change', { role: 'change', direction: 'up', end: 'from' }, 'rise (from)'],
    ['where a level ended', { end: 'to' }, 'level (to)'],
    ['a date with its preposition', { role: 'date', prep: 'by' }, 'date (by)'],
    ['a preposition on a level is not shown', { prep: 'by' }, 'level'],
    ['a date with an end and a preposition: the preposition', { role: 'date', prep: 'since', end: 'from' }, 'date (since)'],
    ['a rate', { per: 'barrel' }, 'level per barrel'],
    ['the measure: the metric\'s head', { metric: ['revenue', 'net'] }, 'revenue · level'],
    ['a quarter', { period: { quarter: 3, year: 2021 } }, 'level · Q3, 2021'],
    ['a half', { period: { half: 2, year: 2019 } }, 'level · H2, 2019'],
    ['a month', { period: { month: 1 } }, 'level · January'],
    ['the last month', { period: { month: 12, year: 2020 } }, 'level · December, 2020'],
    ['a day of a month', { period: { month: 5, day: 20 } }, 'level · 20 May'],
    ['a day without a month is not shown', { period: { day: 20 } }, 'level'],
    ['a year earlier', { period: { relative: 'earlier' } }, 'level · a year earlier'],
    ['last year', { period: { relative: 'last' } }, 'level · last year'],
    ['this year', { period: { relative: 'this' } }, 'level · this year'],
    ['next year', { period: { relative: 'next' } }, 'level · next year'],
    ['a span', { period: { span: '2year' } }, 'level · over 2 years'],
    ['a span in tenths', { period: { span: '1.5month' } }, 'level · over 1.5 months'],
    ['a span that is no number and unit', { period: { span: 'decade' } }, 'level · over decade'],
    ['the full year', { period: { annual: true } }, 'level · full year'],
    ['a target', { period: { mode: 'plan' } }, 'level · a target or forecast'],
    ['what would have happened', { period: { mode: 'hypothetical' } }, 'level · what would have happened'],
    ['what happened is not shown', { period: { mode: 'past' } }, 'level'],
    ['now', { period: { tense: 'now' } }, 'level · now'],
    ['in future', { period: { tense: 'future' } }, 'level · in future'],
    ['everything, in order', { role: 'change', direction: 'down', per: 'share', metric: ['profit'], period: { quarter: 1, half: 1, month: 2, day: 3, year: 2004, relative: 'last', span: '3week', annual: true, mode: 'plan', tense: 'now' } },
      'profit · fall per share · Q1, H1, 3 February, 2004, last year, over 3 weeks, full year, a target or forecast, now'],
  ];
  for (const [name, over, line] of cases) it(name, () => assert.equal(frameLine(summarizeFrame(frame(over))), line));

  it('the summary holds only what is known', () => {
    assert.deepEqual(summarizeFrame(frame()), { kind: 'level' });
    assert.deepEqual(summarizeFrame(frame({ per: 'year', metric: ['sale'], subject: ['acme'], period: { year: 2001 } })), { kind: 'level', about: 'Acme', measures: 'sale', when: '2001', per: 'year' });
  });
  it('names: in the sentence\'s order, those before the figure first; short ones as acronyms; each word capitalised', () => {
    const about = (over: Partial<ClaimFrame>) => summarizeFrame(frame(over)).about;
    assert.equal(about({ subject: ['foods', 'kellan'], names: ['kellan', 'foods'], namesBefore: 2 }), 'Kellan Foods');
    assert.equal(about({ subject: ['foods', 'kellan'], names: ['kellan', 'foods'], namesBefore: 1 }), 'Kellan Foods');
    assert.equal(about({ subject: ['foods', 'kellan'], names: ['kellan', 'foods'], namesBefore: 0 }), 'Foods Kellan');
    assert.equal(about({ subject: ['tyne', 'wear'], names: ['acme', 'wear', 'tyne'], namesBefore: 3 }), 'Wear Tyne');
    assert.equal(about({ subject: ['uk', 'bmg'] }), 'UK BMG');
    assert.equal(about({ subject: ['abcd'] }), 'Abcd');
    assert.equal(about({ subject: ['stoke-on-trent'] }), 'Stoke-On-Trent');
    assert.equal(about({ subject: ['new york'] }), 'New York');
    assert.equal(about({ subject: ['émile'] }), 'Émile');
    assert.equal(about({}), undefined);
  });
});

describe('frames/frame.ts: describeFrame, the one-line view', () => {
  const cases: [string, Partial<ClaimFrame>, string][] = [
    ['nothing known', {}, '— · — · level · — · 5'],
    ['subject, metric, a rise', { subject: ['acme', 'corp'], metric: ['revenue', 'net'], role: 'change', direction: 'up' }, 'acme corp · revenue · change↑ · — · 5'],
    ['a fall', { role: 'change', direction: 'down' }, '— · — · change↓ · — · 5'],
    ['an end and a rate', { end: 'to', per: 'barrel' }, '— · — · level to per barrel · — · 5'],
    ['a start', { end: 'from' }, '— · — · level from · — · 5'],
    ['the period, each part', { period: { quarter: 2, half: 1, month: 7, year: 2011, relative: 'earlier' } }, '— · — · level · Q2 H1 m7 2011 earlier · 5'],
    ['a year alone', { period: { year: 1999 } }, '— · — · level · 1999 · 5'],
    ['a relative period alone', { period: { relative: 'next' } }, '— · — · level · next · 5'],
    ['what the line leaves out', { period: { day: 4, tense: 'now', mode: 'plan', span: '2year', annual: true } }, '— · — · level · — · 5'],
  ];
  for (const [name, over, line] of cases) it(name, () => assert.equal(describeFrame(frame(over), '5'), line));
});

describe('frames/frame.ts: frames of made-up sentences', () => {
  const lex = new Lexicon();
  const ordinary = (low: string) => lex.knows(low) && lex.ordinaryOpener(low);
  /** Each figure of the sentence: its text and its frame's one-line view. */
  function lines(sentence: string): string[] {
    const figures = extractFigures(sentence);
    const tokens = frameTokens(sentence, 0, sentence.length, figures, lex, ordinary);
    return sentenceFrames({ text: sentence, tokens, figures, lex }).map((f, i) => describeFrame(f, figures[i].text));
  }
  function frameOf(sentence: string, figure: string): ClaimFrame {
    const figures = extractFigures(sentence);
    const tokens = frameTokens(sentence, 0, sentence.length, figures, lex, ordinary);
    const i = figures.findIndex((f) => f.text === figure);
    assert.ok(i >= 0, `no figure ${figure} in ${sentence}`);
    return sentenceFrames({ text: sentence, tokens, figures, lex })[i];
  }
  const cases: [string, string, string[]][] = [
    ['a fall, its subject and its year', 'Kellan Foods said its turnover dropped 4.1% in 2019.', ['foods kellan · revenue · change↓ · 2019 · 4.1%', 'foods kellan · revenue · date · — · 2019']],
    ['a conversion in brackets says what the figure before it says', 'The bridge cost €42m ($47.5m) in 2011.', ['— · cost · level · 2011 · €42m', '— · cost · level · 2011 · $47.5m', '— · — · date · — · 2011']],
    ['…and so does one after ", or" in another currency', 'Officials put the bill at £2.6m, or $3.4m, in 2015.', ['— · bill · level · 2015 · £2.6m', '— · bill · level · 2015 · $3.4m', '— · — · date · — · 2015']],
    ['the ends of a change, past a span, take the metric before them', 'Turnover climbed to $2.4bn for the six months to June, from $1.9bn.', ['— · revenue · level↑ to · m6 · $2.4bn', '— · revenue · duration · m6 · six months', '— · revenue · level from · m6 · $1.9bn']],
    ['a date right after a figure by "by": the metric of what it dates', 'The firm aims to plant 80,000 trees by 2030.', ['— · tree · level · 2030 · 80,000', '— · tree · date · — · 2030']],
    // (…and the second item of a list by place measures what the first does: frame.ts placeListed)
    ['a place after "in" is whose figure it is', 'Rents averaged £9,420 in Wales, and £8,115 in Northern Ireland.', ['wales · rent · level · — · £9,420', 'northern ireland · rent · level · — · £8,115']],
    ['a change verb further back before "by"', 'Marlow raised its bicycle output targets by 25% in Q3 2021.', ['marlow · bicycle · change↑ · Q3 2021 · 25%', 'marlow · target · date · — · Q3 2021']],
    ['the other side of a comparison measures the same', 'Net income was $84.2m, compared with $97.5m a year earlier.', ['— · profit · level · — · $84.2m', '— · profit · level from · earlier · $97.5m']],
    ['"from N the previous year": the year before the clause\'s', 'Members numbered 410 in 2016 from 388 the previous year.', ['— · number · level · 2016 · 410', '— · number · date · — · 2016', '— · number · level from · 2015 · 388']],
    ['"grew by an average of about 6%": a rise', 'Exports grew by an average of about 6% last year.', ['— · export · change↑ · last · 6%']],
    ['a rate per barrel, a month and a year', 'Oil traded at $71 a barrel in March 2022.', ['— · oil · level per barrel · m3 2022 · $71', '— · barrel · date · m3 · 2022']],
    ['a rate per week', 'The plant makes 1,200 cars a week.', ['— · car · level per week · — · 1,200']],
    // (the date's metric read past "in the first half of": what it dates, not "first")
    ['a half of a year', 'Output rose 3% in the first half of 2020.', ['— · output · change↑ · H1 2020 · 3%', '— · output · date · H1 · 2020']],
  ];
  for (const [name, sentence, expected] of cases) it(name, () => assert.deepEqual(lines(sentence), expected));

  it('a change\'s year-earlier base is no period; a level\'s is', () => {
    assert.equal(frameOf('Sales rose 5% from a year earlier.', '5%').period.relative, undefined);
    assert.equal(frameOf('Sales were 500, against 450 a year earlier.', '450').period.relative, 'earlier');
  });
  it('a date\'s preposition, and the mode of the sentence', () => {
    assert.equal(frameOf('The firm aims to plant 80,000 trees by 2030.', '2030').prep, 'by');
    assert.equal(frameOf('The firm aims to plant 80,000 trees by 2030.', '80,000').period.mode, 'plan');
    assert.equal(frameOf('Kellan Foods said its turnover dropped 4.1% in 2019.', '2019').prep, 'in');
    assert.equal(frameOf('Kellan Foods said its turnover dropped 4.1% in 2019.', '4.1%').prep, undefined);
  });
  it('a date an event comes from is when it happened: a point, no start and no end', () => {
    const rows: [string, string, string | undefined][] = [
      ['The rule applies from March 2011.', '2011', 'from'], // "from" after another verb: a start
      ['The fine stemmed from March 2011.', '2011', 'in'],
      ['The stadium dates from 1923.', '1923', 'in'],
      ['Her best time dates back to 2008.', '2008', 'in'],
      ['The rivalry goes back to 1987.', '1987', 'in'],
      ['Prices have risen from 2010 to 2014.', '2010', 'from'],
      ['Prices have risen from 2010 to 2014.', '2014', 'to'],
    ];
    for (const [sentence, fig, prep] of rows) {
      const f = frameOf(sentence, fig);
      assert.equal(f.prep, prep, sentence);
      if (prep === 'in') assert.equal(f.end, undefined, sentence);
    }
  });
  it('a place after "in" is kept only when one of its names is a place', () => {
    assert.deepEqual(frameOf('Rents averaged £9,420 in Wales.', '£9,420').placeAfter, ['wales']);
    assert.equal(frameOf('Rents averaged £9,420 in Kellan Foods.', '£9,420').placeAfter, undefined);
    assert.equal(frameOf('Rents averaged £9,420 at Wales.', '£9,420').placeAfter, undefined);
  });
  it('the names before the figure are counted, and a sentence\'s names listed in order', () => {
    const f = frameOf('Kellan Foods and Marlow said sales dropped 4.1% in Wales.', '4.1%');
    assert.deepEqual(f.names, ['kellan', 'foods', 'marlow', 'wales']);
    assert.equal(f.namesBefore, 3);
  });
});

describe('frames/fronted.ts: the subject of a main clause after a fronted clause or an aside', () => {
  const lex = new Lexicon();
  const ordinary = (low: string) => lex.knows(low) && lex.ordinaryOpener(low);
  const subjectOf = (sentence: string, figure: string): string[] => {
    const figures = extractFigures(sentence);
    const tokens = frameTokens(sentence, 0, sentence.length, figures, lex, ordinary);
    const i = figures.findIndex((f) => f.text === figure);
    assert.ok(i >= 0, `no figure ${figure} in ${sentence}`);
    return sentenceFrames({ text: sentence, tokens, figures, lex })[i].subject;
  };
  const has = (sentence: string, figure: string, names: string[], yes: boolean) => {
    const s = subjectOf(sentence, figure);
    for (const n of names) assert.equal(s.includes(n), yes, `${n} in ${JSON.stringify(s)}`);
  };
  it('a fronted participle clause: the name and verb after its comma', () => {
    has('Founded in Leeds in 1987, Corvane Systems has 2,300 staff.', '1987', ['corvane', 'systems'], true);
    has('Renamed in 1999, Bexmoor Pottery was closed.', '1999', ['bexmoor', 'pottery'], true);
  });
  it('no verb after the name, a verb not a participle, a sentence end, a name opening the sentence: none', () => {
    has('Founded in Leeds in 1987, Corvane Systems staff number 2,300.', '1987', ['corvane', 'systems'], false);
    has('Sold in 1999, Bexmoor Pottery was closed.', '1999', ['bexmoor', 'pottery'], false);
    has('Founded in Tolby in 1931. Wren was a painter.', '1931', ['wren'], false);
    has('Leeds, founded in 1987, Corvane Systems has grown.', '1987', ['corvane', 'systems'], false);
  });
  it('the comma is looked for up to 16 tokens after the figure', () => {
    has('Founded in 1987 in a small town near the river in the far north of the old rural, Corvane Systems has grown.', '1987', ['corvane'], true);
    has('Founded in 1987 in a small town near the river in the far north of the old rural county, Corvane Systems has grown.', '1987', ['corvane'], false);
  });
  it('an aside after the name opening the sentence: the name is the subject of a figure after the main verb', () => {
    has('The Orchard, starring Mia Tolland, earned $6.4m.', '$6.4m', ['orchard'], true);
    has('The Orchard, starring Mia Tolland, later earned $6.4m.', '$6.4m', ['orchard'], false);
    has('The Orchard, which cost $2m, earned $6.4m.', '$6.4m', ['orchard'], false);
  });
  it('the aside\'s closing comma is looked for up to 16 tokens after the first', () => {
    has('The Orchard, starring Mia Tolland and Sam Kell and Jo Rudd in the lead roles of plays, earned $6.4m.', '$6.4m', ['orchard'], true);
    has('The Orchard, starring Mia Tolland and Sam Kell and Jo Rudd in the lead roles of the play, earned $6.4m.', '$6.4m', ['orchard'], false);
  });
});

describe('frames/period.ts: when a figure holds, in made-up sentences', () => {
  const lex = new Lexicon();
  const cases: [string, string, object, string | undefined][] = [
    ['Ticket sales rose 8% on 2016.', '8%', {}, undefined],
    ['Ticket sales were 8% higher than in 2016.', '8%', { mode: 'past' }, undefined],
    ['Ticket sales were 900 in 2016.', '900', { year: 2016, mode: 'past' }, undefined],
    ['The 2012 Kellby Games drew 900 runners.', '900', {}, undefined],
    ['Runners in 2012 and 2016 Kellby Games numbered 900.', '900', { year: 2016, listed: true, mode: 'past' }, undefined],
    ['The club aims to sign 40 players.', '40', { mode: 'plan' }, undefined],
    ['The club could have signed 40 players.', '40', { mode: 'hypothetical' }, undefined],
    ['The club could not sign 40 players.', '40', {}, undefined],
    ['The club could sign 40 players.', '40', { mode: 'plan' }, undefined],
    ['The club signed 40 players.', '40', { mode: 'past' }, undefined],
    ['The club wanted to sign 40 players.', '40', { mode: 'plan' }, undefined],
    ['The club has signed 40 players.', '40', { mode: 'past' }, undefined],
    ['The club was given 40 players.', '40', { mode: 'past' }, undefined],
    ['The club will have 40 players by 2027.', '40', { year: 2027, deadline: true, mode: 'plan' }, undefined],
    ['The club will have 40 players until 2027.', '40', { year: 2027, deadline: true, mode: 'plan' }, undefined],
    ['The club has 40 players in 2027.', '40', { year: 2027 }, undefined],
    ['The 40 players that were signed left.', '40', { mode: 'past' }, undefined],
    ['The 40 players which were signed left.', '40', { mode: 'past' }, undefined],
    ['The club signed players; it has 40 now.', '40', {}, undefined],
    ['Prices rose 3% by the end of 2024.', '2024', {}, 'by'],
    ['Prices rose 3% in early May 2023.', '2023', { month: 5 }, 'in'],
    ['Prices rose 3% till 2023.', '2023', {}, 'until'],
    ['Prices rose 3% since the start of 2023.', '2023', {}, 'since'],
    ['Prices rose 3% in the year of 2023.', '2023', {}, 'in'],
    ['Prices rose 3% at 2023.', '2023', {}, undefined],
    ['Prices rose 3% on 5 June 2023.', '2023', { month: 6, day: 5 }, 'on'],
    ['Prices rose 3% over the past two years.', '3%', { span: '2year' }, undefined],
    ['Prices rose 3% in the last six months.', '3%', { span: '6month' }, undefined],
    ['Prices rose 3% over two years.', '3%', {}, undefined],
    ['Prices rose 3% in June 2023.', '3%', { month: 6, year: 2023 }, undefined],
    ['Prices rose 3% in Q2 2023.', '3%', { quarter: 2, year: 2023 }, undefined],
    ['Prices rose 3% in the 1990s.', '3%', { stretch: '10year' }, undefined], // a decade: a stretch of ten years, no year of its own
    ['Prices rose 3% in the second-quarter.', '3%', { quarter: 2 }, undefined],
    ['Prices rose 3% in the first-half.', '3%', { half: 1 }, undefined],
    ['Prices rose 3% in the third quarter.', '3%', { quarter: 3 }, undefined],
    ['Prices rose 3% in the 3rd quarter.', '3%', { quarter: 3 }, undefined],
    ['Prices rose 3% in the 5th quarter.', '3%', {}, undefined],
    ['Prices rose 3% in the second half.', '3%', { half: 2 }, undefined],
    ['Prices rose 3% in may.', '3%', {}, undefined],
    ['The current rate is 3%.', '3%', { tense: 'now' }, undefined],
    ['The current account is 3%.', '3%', {}, undefined],
    ['Currently it is 3%.', '3%', { tense: 'now' }, undefined],
    ['Profit for the year was £3m.', '£3m', { annual: true, mode: 'past' }, undefined],
    ['Profit for the year to March was £3m.', '£3m', { month: 3, mode: 'past' }, undefined],
    ['Profit for the whole of 2020 was £3m.', '£3m', { year: 2020, annual: true, mode: 'past' }, undefined],
    ['Full-year profit was £3m.', '£3m', { annual: true, mode: 'past' }, undefined],
    ['Profit for the full year was £3m.', '£3m', { annual: true, mode: 'past' }, undefined],
    ['Annual profit was £3m.', '£3m', { annual: true, mode: 'past' }, undefined],
    ['Profit will be £3m in the medium term.', '£3m', { tense: 'future', mode: 'plan' }, undefined],
    ['Profit will be £3m.', '£3m', { mode: 'plan' }, undefined],
    ['Profit rose 3% last year.', '3%', { relative: 'last' }, undefined],
    ['Profit was up 3% on last year.', '3%', { mode: 'past' }, undefined],
    ['Profit was £3m the previous year.', '£3m', { relative: 'earlier', mode: 'past' }, undefined],
    ['Profit was £3m the prior year.', '£3m', { relative: 'earlier', mode: 'past' }, undefined],
    ['Profit was £3m a year ago.', '£3m', { relative: 'earlier', mode: 'past' }, undefined],
    ['Profit is £3m this year.', '£3m', { relative: 'this' }, undefined],
    ['Profit is £3m next year.', '£3m', { relative: 'next' }, undefined],
    ['Profit was £5m, against £3m year-earlier.', '£3m', { relative: 'earlier' }, undefined],
    ['Profit was £5m in 2020, against £3m a year before.', '£3m', { relative: 'earlier' }, undefined],
    ['Profit was £5m in 2020, against £3m the year previously.', '£3m', { year: 2019 }, undefined],
    ['Profit was £5m in 2020, against £3m the year later.', '£3m', { year: 2020 }, undefined],
    ['In May the club signed 40 players.', '40', { month: 5, mode: 'past' }, undefined],
    ['By May the club had signed 40 players.', '40', { month: 5, mode: 'past' }, undefined],
    ['In may the club signed 40 players.', '40', { mode: 'plan' }, undefined],
    ['Sales were 40 in May 2023.', '2023', { month: 5 }, 'in'],
  ];
  for (const [sentence, figure, period, prep] of cases) {
    it(`${ sentence } (${ figure })`, () => {
      const fr = frameIn(lex, sentence, figure);
      assert.deepEqual([fr.period, fr.prep], [period, prep]);
    });
  }
});

describe('frames/role.ts: level, change, share, age; the end of a change; what a rate is per', () => {
  const lex = new Lexicon();
  const cases: [string, string, [string, string | undefined, string | undefined, string | undefined]][] = [
    ['The striker, aged 27, scored twice.', '27', ['age', undefined, undefined, undefined]],
    ['At the age of 27 he retired.', '27', ['age', undefined, undefined, undefined]],
    ['The 27-year-old striker scored.', '27', ['age', undefined, undefined, undefined]],
    ['A 27 - year - old striker scored.', '27', ['age', undefined, undefined, undefined]],
    ['Dunmore, 27, scored twice.', '27', ['age', undefined, undefined, undefined]],
    ['Dunmore, now 27, scored twice.', '27', ['age', undefined, undefined, undefined]],
    // ("and" and a word describing the same person keep it an age, session 45: "Agassi, 34 and seeded eighth")
    ['Dunmore, 27 and fit, scored.', '27', ['age', undefined, undefined, undefined]],
    ['Dunmore, 27 in all, scored.', '27', ['level', undefined, undefined, undefined]],
    ['Dunmore is now 27.', '27', ['age', undefined, undefined, undefined]],
    ['Dunmore was 27 when he retired.', '27', ['age', undefined, undefined, undefined]],
    ['Dunmore was 27% fitter.', '27%', ['level', undefined, undefined, undefined]],
    ['Dunmore, 2.5, scored.', '2.5', ['level', undefined, undefined, undefined]],
    ['Dunmore, 150, scored.', '150', ['level', undefined, undefined, undefined]],
    ['Dunmore, 12, scored.', '12', ['age', undefined, undefined, undefined]],
    ['There were 26% fewer injuries.', '26%', ['change', 'down', undefined, undefined]],
    ['There was a 26% rise in injuries.', '26%', ['change', 'up', undefined, undefined]],
    ['Injuries rose to 400 last year.', '400', ['level', 'up', 'to', undefined]],
    ['Injuries fell from 400 last year.', '400', ['level', undefined, 'from', undefined]],
    ['Injuries went to 400 last year.', '400', ['level', undefined, 'to', undefined]],
    ['Shares were 3.3% below their peak.', '3.3%', ['change', undefined, undefined, undefined]],
    ['Shares were 33 below their peak.', '33', ['level', undefined, undefined, undefined]],
    ['Costs make up 4% of spending.', '4%', ['share', undefined, undefined, undefined]],
    ['Costs rose 4% this year.', '4%', ['change', 'up', undefined, undefined]],
    ['Costs were up 40 this year.', '40', ['change', 'up', undefined, undefined]],
    ['Costs were up 40 this year, they said.', '40', ['change', 'up', undefined, undefined]],
    ['Costs rose 40 this year.', '40', ['change', 'up', undefined, undefined]],
    ['Costs rose just 0.3% this year.', '0.3%', ['change', 'up', undefined, undefined]],
    ['Costs grew a modest 2.9% this year.', '2.9%', ['change', 'up', undefined, undefined]],
    ['The firm has cut 13,000 jobs.', '13,000', ['change', 'down', undefined, undefined]],
    ['The firm will add 200 jobs.', '200', ['change', 'up', undefined, undefined]],
    ['The firm gained 14 million new users.', '14 million', ['level', undefined, undefined, undefined]],
    ['The firm raised £4m from investors.', '£4m', ['level', undefined, undefined, undefined]],
    ['Her wealth rose an estimated £300m.', '£300m', ['change', 'up', undefined, undefined]],
    ['Profits fell £2m in the year.', '£2m', ['change', 'down', undefined, undefined]],
    ['The firm raised its van output targets by 60% in 2021.', '60%', ['change', 'up', undefined, undefined]],
    ['The firm raised its van output targets for the new plant in the north by 60% in 2021.', '60%', ['level', undefined, undefined, undefined]],
    ['Sales rose by an average of about 4% a year.', '4%', ['change', 'up', undefined, 'year']],
    ['Sales saw a rise of 4% in May.', '4%', ['change', 'up', undefined, undefined]],
    ['Growth for 2004 came in at 3.1%.', '3.1%', ['change', undefined, undefined, undefined]],
    ['The rise was 5%, the board said.', '5%', ['change', 'up', undefined, undefined]],
    ['More was 5% of it.', '5%', ['share', undefined, undefined, undefined]],
    ['About 5% of voters agreed.', '5%', ['share', undefined, undefined, undefined]],
    ['Sales fell to just 40 units.', '40', ['level', undefined, 'to', undefined]],
    // (the other side of a comparison is where a change came from, never where it ended: session 41)
    ['Sales compared to 40 units a year earlier.', '40', ['level', undefined, 'from', undefined]],
    ['Sales went from 40 to 60.', '60', ['level', undefined, 'to', undefined]],
    ['Sales went from 40 to 60.', '40', ['level', undefined, 'from', undefined]],
    ['Oil hit $40 a barrel.', '$40', ['level', undefined, undefined, 'barrel']],
    ['Oil hit $40 per barrel a year earlier.', '$40', ['level', undefined, undefined, 'barrel']],
    ['Oil hit $40/barrel.', '$40', ['level', undefined, undefined, 'barrel']],
    ['Tickets cost £5 apiece.', '£5', ['level', undefined, undefined, 'each']],
    ['Cases are filed 400 times every year.', '400', ['level', undefined, undefined, 'year']],
    ['Some 400 cases are filed every year.', '400', ['level', undefined, undefined, 'year']],
    ['Monthly sales were 400.', '400', ['level', undefined, undefined, 'month']],
    ['Income per capita was $400.', '$400', ['level', undefined, undefined, 'capita']],
    ['Users made 34 searches a day.', '34', ['level', undefined, undefined, 'day']],
    ['The firm had 34 staff for a year.', '34', ['level', undefined, undefined, undefined]],
    ['The Daily Post sold 400 copies.', '400', ['level', undefined, undefined, undefined]],
    ['The firm made 34 sales a year earlier.', '34', ['level', undefined, undefined, undefined]],
    ['The firm made 34 sales a day after launch.', '34', ['level', undefined, undefined, undefined]],
    ['Income was $400 per annum.', '$400', ['level', undefined, undefined, 'year']],
    ['Income was $400 a head.', '$400', ['level', undefined, undefined, 'capita']],
    ['Income was $400 per person.', '$400', ['level', undefined, undefined, 'capita']],
    ['Income per head was $400.', '$400', ['level', undefined, undefined, 'capita']],
    ['Income was $400/head.', '$400', ['level', undefined, undefined, 'capita']],
  ];
  for (const [sentence, figure, expected] of cases) {
    it(`${sentence} (${figure})`, () => {
      const fr = frameIn(lex, sentence, figure);
      assert.deepEqual([fr.role, fr.direction, fr.end, fr.per], expected);
    });
  }
  it('a rate per annum is a rate a year, and per head one per capita, when a note is checked', () => {
    const src = 'The average household income in Penfold was $41,200 per annum, the survey found.';
    assert.equal(verdictOf(checkAgainst({ 'a.txt': src }, 'The average household income in Penfold was $41,200 a year [@a].\n'), '$41,200'), 'supported');
    assert.equal(verdictOf(checkAgainst({ 'a.txt': src }, 'The average household income in Penfold was $39,000 a year [@a].\n'), '$39,000'), 'contradicted');
    const head = 'Tickets to the Penfold regatta cost £12 a head this summer, organisers said.';
    assert.equal(verdictOf(checkAgainst({ 'a.txt': head }, 'Tickets to the Penfold regatta cost £12 per person this summer [@a].\n'), '£12'), 'supported');
  });
});

describe('frames/clauses.ts and tokens.ts: asides, and what is punctuation', () => {
  const lex = new Lexicon();
  const ordinary = (low: string) => lex.knows(low) && lex.ordinaryOpener(low);
  const tokensOf = (s: string) => frameTokens(s, 0, s.length, extractFigures(s), lex, ordinary);
  const asides = (s: string) => {
    const toks = tokensOf(s);
    return parentheticals(toks, s).map(([a, b]) => s.slice(toks[a].start, toks[b].end));
  };
  const cases: [string, string[]][] = [
    ['The fund (worth £3m) grew 5%.', ['(worth £3m)']],
    ['The fund (worth £3m, it said) grew 5%.', ['(worth £3m, it said)']],
    ['The fund (worth £3m grew 5%.', []],
    ['The fund - worth £3m - grew 5%.', ['- worth £3m -']],
    ['The fund \u2014 worth £3m \u2014 grew 5%.', ['\u2014 worth £3m \u2014']],
    ['The fund \u2013 worth £3m \u2013 grew 5%.', ['\u2013 worth £3m \u2013']],
    ['The fund \u2014 worth £3m - grew 5%.', ['\u2014 worth £3m -']],
    ['The fund -worth £3m- grew 5%.', []],
    ['The fund \u2014worth £3m\u2014 grew 5%.', []],
    ['Kell, a rival, grew 5%.', [', a rival,']],
    ['Kell, its rival, grew 5%.', [', its rival,']],
    ['Kell, a rival firm in town, grew 5%.', [', a rival firm in town,']],
    ['Kell, a rival firm in the town, grew 5%.', []],
    ['Kell, a rival of 5 firms, grew 5%.', []],
    ['Kell, a rival that grew, rose 5%.', []],
    ['Kell, which sells vans, grew 5%.', [', which sells vans,']],
    ['Kell, who sells vans, grew 5%.', [', who sells vans,']],
    ['Kell, whose vans sell, grew 5%.', [', whose vans sell,']],
    ['Kell, where vans sell, grew 5%.', [', where vans sell,']],
    ['Kell, whom we know, grew 5%.', [', whom we know,']],
    ['Kell, which sells 40 vans, grew 5%.', []],
    ['Kell, which sells vans grew 5%.', []],
    ['Kell (one) and Ash (two) grew 5%.', ['(one)', '(two)']],
  ];
  for (const [sentence, expected] of cases) it(JSON.stringify(sentence), () => assert.deepEqual(asides(sentence), expected));
  it('dashes, curly quotes and an ellipsis are punctuation; accented letters are words', () => {
    const toks = tokensOf('\u00c9mile said \u201cit grew\u201d \u2014 by 5%\u2026 \u2013 \u00fcber');
    assert.deepEqual(toks.map((t) => `${t.kind}:${t.low}`), ['word:\u00e9mile', 'word:said', 'punct:\u201c', 'word:it', 'word:grew', 'punct:\u201d', 'punct:\u2014', 'word:by', 'fig:', 'punct:\u2026', 'punct:\u2013', 'word:\u00fcber']);
  });
  it('an aside between em dashes is set apart from the figure after it, as one between spaced hyphens is', () => {
    const ctx = (s: string) => {
      const figures = extractFigures(s);
      const fr = sentenceFrames({ text: s, tokens: frameTokens(s, 0, s.length, figures, lex, ordinary), figures, lex });
      return JSON.stringify([...fr[figures.findIndex((f) => f.text === '5%')].context]);
    };
    assert.equal(ctx('The fund \u2014 worth £3m \u2014 grew 5%.'), ctx('The fund - worth £3m - grew 5%.'));
    assert.notEqual(ctx('The fund \u2014 worth £3m \u2014 grew 5%.'), ctx('The fund worth £3m grew 5%.'), 'the aside\'s "worth" (cost) is skipped');
  });
});

describe('frames/walk.ts: the weight of the words around a figure (FRAME_POLICY)', () => {
  const lex = new Lexicon();
  const ordinary = (low: string) => lex.knows(low) && lex.ordinaryOpener(low);
  /** The context of the sentence's last figure. */
  const ctx = (s: string) => {
    const figures = extractFigures(s);
    const fr = sentenceFrames({ text: s, tokens: frameTokens(s, 0, s.length, figures, lex, ordinary), figures, lex });
    return fr[figures.length - 1].context;
  };
  const near = (actual: number | undefined, expected: number, what: string) => assert.ok(actual !== undefined && Math.abs(actual - expected) < 1e-9, `${what}: ${actual} for ${expected}`);
  const at = (d: number, w = 1) => w / (1 + P.distanceDecay * d);
  it('a word weighs less with distance', () => {
    const c = ctx('Tractors cost 5.');
    near(c.get('cost'), at(1), 'cost');
    near(c.get('tractor'), at(2), 'tractor');
  });
  it('a comma keeps softDecay of the weight, a semicolon hardDecay, ", and" hardDecay either way', () => {
    near(ctx('Tractors, barns cost 5.').get('tractor'), at(4, P.softDecay), 'comma');
    near(ctx('Tractors; barns cost 5.').get('tractor'), at(4, P.hardDecay), 'semicolon');
    near(ctx('Tractors, and barns cost 5.').get('tractor'), at(5, P.hardDecay), ', and (before)');
    near(ctx('Barns cost 5, tractors.').get('tractor'), at(2, P.softDecay), 'comma after');
    near(ctx('Barns cost 5, and tractors.').get('tractor'), at(3, P.hardDecay), ', and (after)');
    near(ctx('Barns cost 5; tractors.').get('tractor'), at(2, P.hardDecay), 'semicolon after');
  });
  it('an aside in brackets or between spaced dashes is skipped at softDecay, its words not read', () => {
    const c = ctx('Tractors (old barns) cost 5.');
    near(c.get('tractor'), at(6, P.softDecay), 'past the brackets');
    assert.equal(c.has('barn'), false);
    const d = ctx('Barns cost 5 - old tractors - ploughs.');
    near(d.get('plough'), at(5, P.softDecay), 'past the dashes');
    assert.equal(d.has('tractor'), false);
  });
});

describe('frames/metric.ts: what a figure measures, and how much of it the counted noun phrase after it gives', () => {
  const lex = new Lexicon();
  const cases: [string, string, string[], number][] = [
    ['The firm has 13.2 million users.', '13.2 million', ['user', 'company'], 1],
    ['The firm has 13.2 million monthly active users.', '13.2 million', ['user', 'active', 'monthly', 'company'], 3],
    ['The firm has 13.2 million new PC users.', '13.2 million', ['user', 'pc', 'new', 'company'], 3],
    ['Profit climbed 26% last year.', '26%', ['profit'], 0],
    ['Profit at the firm climbed 26%.', '26%', ['profit', 'company'], 0],
    ['Pre-tax profit was £5m.', '£5m', ['profit', 'tax'], 0],
    ['About 47% of the money went to schools.', '47%', ['cost'], 1],
    ['A rise of 15% was recorded.', '15%', [], 0],
    ['A peak of seven million viewers watched.', 'seven million', ['viewer'], 1],
    ['The total of 40 includes staff.', '40', [], 0],
    ['Turnover rose 5% to £3bn.', '£3bn', ['revenue'], 0],
    ['Turnover rose 5% to £3bn.', '5%', ['revenue'], 0],
    ['The new quarterly dividend is 5p.', '5p', ['dividend', 'quarter', 'new'], 0], // quarterly meets quarter
    ['The price of oil hit $70.', '$70', ['cost', 'oil'], 0],
    ['Oil hit $70, its highest level.', '$70', ['oil'], 0],
    ['It employs 300 staff, the report said.', '300', ['staff'], 1],
    ['It has 300.', '300', [], 0],
    ['The 300 workers who were hired left.', '300', ['staff'], 1],
    ['It was 8.5 on its test.', '8.5', ['test'], 1],
    ['Unemployment stood at 5.1%.', '5.1%', ['unemployment'], 0],
    ['The rate of unemployment was 5.1%.', '5.1%', ['rate', 'unemployment'], 0],
  ];
  for (const [sentence, figure, metric, counted] of cases) {
    it(`${sentence} (${figure})`, () => {
      const fr = frameIn(lex, sentence, figure);
      assert.deepEqual([fr.metric, fr.counted], [metric, counted]);
    });
  }
});
