// Reading families of session 31 (issue 9): a year slipped beside a value of few digits that the
// sentence's other figure anchors; a past clause of time inside a plan; spans of time written as
// words ("a decade", "in just over a year"); a span of time paired as the only one of its source
// sentence. Every sentence and every name here is written for the test.
import * as assert from 'node:assert/strict';
import { checkAgainst, judgedAgainst, verdictAgainst } from './check-helpers';
import { extractFigures } from '../../server/src/engine/figures';
import { Lexicon } from '../../server/src/engine/frames/lexicon';
import { frameIn } from '../helpers/frameReads';

const lex = new Lexicon();

const judged = judgedAgainst;

describe('reading families (session 31): a year slipped beside an anchored value', () => {
  const SOURCE = 'Analysts at Corvel say the number of drones in delivery fleets could grow from 12 million last year to 48 million in 2009. Orders are rising fast.';
  it('the note\'s sentence written from the source\'s (its other figure found there): the year is contradicted, the value supported', () => {
    const note = 'Analysts think drones in delivery fleets could climb to 48 million by 2010, from 12 million last year.';
    assert.equal(judged(SOURCE, note, '2010'), 'contradicted 2009');
    assert.equal(judged(SOURCE, note, '48 million'), 'supported 48 million');
  });
  it('the same year stated supports', () => {
    assert.equal(judged(SOURCE, 'Analysts think drones in delivery fleets could climb to 48 million by 2009, from 12 million last year.', '2009'), 'supported 2009');
  });
  it('a value of two digits with nothing else of the sentence found beside it may be another year\'s: left alone', () => {
    assert.equal(judged(SOURCE, 'Analysts think drones in delivery fleets could climb to 48 million by 2010.', '2010'), 'unverified');
  });
});

describe('reading families (session 31): a past clause of time inside a plan', () => {
  it('"promised to … when he was elected two years ago": the figure\'s own clause happened', () => {
    assert.equal(frameIn(lex, 'Governor Ana Lopez promised to cut unemployment when she was elected two years ago.', 'two years').period.mode, 'past');
    assert.equal(frameIn(lex, 'Harwick Council pledged to build homes after it was fined £2m last year.', '£2m').period.mode, 'past');
  });
  it('a plan whose figure is in the plan\'s own clause stays a plan', () => {
    assert.equal(frameIn(lex, 'Governor Ana Lopez promised to cut waiting times to 18 weeks when she took office.', '18 weeks').period.mode, 'plan');
    assert.equal(frameIn(lex, 'Harwick Council is expected to build 300 homes.', '300').period.mode, 'plan');
  });
  const SOURCE = 'Governor Ana Lopez promised to cut unemployment when she was elected two years ago. She has since changed course.';
  it('so another span of time is contradicted, the same one supported', () => {
    assert.equal(verdictAgainst(SOURCE, 'Governor Lopez was elected three years ago.', 'three years'), 'contradicted');
    assert.equal(verdictAgainst(SOURCE, 'Governor Lopez was elected two years ago.', 'two years'), 'supported');
  });
});

describe('reading families (session 31): spans of time written as words', () => {
  const spans = (t: string) => extractFigures(t).filter((f) => f.kind === 'duration').map((f) => `${f.text}=${f.value} ${f.unit}${f.hedge ? ' ' + f.hedge : ''}`);
  const ROWS: [string, string[]][] = [
    ['The bill will take a decade to come into force.', ['a decade=10 year approx']],
    ['They have argued for more than a decade.', ['a decade=10 year over']],
    ['The stock lost 60% of its value in just over a year.', ['a year=1 year over']],
    ['The tour sold out in less than a month.', ['a month=1 month under']],
    ['Repairs took nearly a week.', ['a week=1 week approx']],
    // not: a rate, a lead-in, a year compared with, the adjective
    ['That works out at £140 a year for every household.', []],
    ['A year later, the firm closed.', []],
    ['The deficit reached £36.3bn, £5.4bn more than a year earlier.', []],
    ['Takings were 4.3% more than a year ago.', []],
    ['It ended a decade-long war.', ['decade-long=1 decade']],
  ];
  for (const [s, want] of ROWS) it(`${s} → ${want.join(', ') || 'none'}`, () => assert.deepEqual(spans(s), want));

  it('a span in digits against the source\'s span in words', () => {
    const source = 'The Harwick stock has lost 60% of its value in just over a year, traders said.';
    assert.equal(judged(source, 'The Harwick stock has lost 60% of its value in just over two years.', 'two years'), 'contradicted a year');
    assert.equal(verdictAgainst('A Harwick spokesman said the bill would take a decade to come into full effect.', 'A Harwick spokesman said the bill would take five years to come into full effect.', 'five years'), 'contradicted');
  });
});

describe('reading families (session 31): a span of time the only one of its source sentence', () => {
  const SOURCE = 'Planners at Harwick forecast 40,000 new homes built within a decade, bringing in at least £90m in fees. The council welcomed the plan.';
  it('beside a supported figure, the note\'s only span is judged against the source sentence\'s only span', () => {
    assert.equal(judged(SOURCE, 'Planners projected fees of at least £90m within five years.', 'five years'), 'contradicted a decade');
    assert.equal(judged(SOURCE, 'Planners projected fees of at least £90m within ten years.', 'ten years'), 'supported a decade');
  });
  it('not when the source sentence gives two spans: no telling which', () => {
    const source = 'Planners at Harwick forecast 40,000 new homes within a decade and 2,000 jobs within three years, bringing in at least £90m in fees. The council welcomed the plan.';
    assert.equal(judged(source, 'Planners projected fees of at least £90m within five years.', 'five years'), 'unverified');
  });
  it('not without a supported figure beside it in the note', () => {
    assert.equal(judged(SOURCE, 'Planners projected fees within five years.', 'five years'), 'unverified');
  });
});

describe('reading families (session 31): a list item\'s first word, and the whole of the note\'s own partitive', () => {
  const words = (t: string) => extractFigures(t).map((f) => `${f.text}=${f.value}`);
  it('a number word after a list marker opens its sentence', () => {
    assert.deepEqual(words('- Ten of the 22 on duty were injured.'), ['Ten=10', '22=22']);
    assert.deepEqual(words('* Five men were held.'), ['Five=5']);
    assert.deepEqual(words('  + Seven ships sank.'), ['Seven=7']);
    // (a dash inside a line is no list marker: a capitalised number word there is a name's)
    assert.deepEqual(words('They met at the club - Ten Bells - last night.'), []);
  });
  it('a capitalised number word before "of" is a part of a whole, unless a capitalised word before it makes it a name', () => {
    assert.deepEqual(words('In short, Five of the eight critics tipped Brell.'), ['Five=5', 'eight=8']);
    assert.deepEqual(words('He said Five of them had left.'), ['Five=5']);
    assert.deepEqual(words('It is one of the Big Four of the industry.'), []);
  });
  const SOURCE = 'Ten of the 22 on duty at Harwick on Saturday were also injured when the stand collapsed in 2003. The rest were unhurt.';
  for (const note of [
    'Several of the 22 on duty at Harwick on Saturday were also injured when the stand collapsed in 2003.',
    'Of the 22 on duty at Harwick on Saturday, several were also injured when the stand collapsed in 2003.',
    '- Ten of the 22 on duty at Harwick on Saturday were also injured when the stand collapsed in 2003.',
    'In short, Ten of the 22 on duty at Harwick on Saturday were also injured when the stand collapsed in 2003.',
  ]) {
    it(`the note's whole stays the whole, not the source's part: ${note}`, () => assert.equal(judged(SOURCE, note, '22'), 'supported 22'));
  }
  it('a note that gives the whole the part\'s predicate is still read against the part', () => {
    assert.equal(judged(SOURCE, 'The 22 on duty at Harwick on Saturday were also injured when the stand collapsed in 2003.', '22'), 'contradicted Ten');
  });
});

describe('reading families (session 31): a person named in full paragraphs before, then by the surname alone', () => {
  const story = (first: string) =>
    [
      "The nominees for this year's Dunmere film awards were named on Tuesday.",
      'The ceremony will be held in Harwick in March. Organisers said tickets sold out within hours.',
      `${first} Harwell is among the actors on the list.`,
      'The shortlist was drawn up by a panel of critics. It met twice in January.',
      "The panel's chair praised the range of films. She said the choice had been hard.",
      'Harwell said she was delighted to receive the fourth nomination of her career.',
    ].join('\n\n');
  it('the note\'s first name, which the source gave with the surname before, is no name missing', () => {
    assert.equal(judged(story('Kate'), 'For Kate Harwell this is the third nomination of her career.', 'third'), 'contradicted fourth');
    assert.equal(judged(story('Kate'), 'For Kate Harwell this is the fourth nomination of her career.', 'fourth'), 'supported fourth');
  });
  it('another first name with that surname leaves the note\'s missing', () => {
    assert.equal(judged(story('Anna'), 'For Kate Harwell this is the third nomination of her career.', 'third'), 'unverified');
  });
});

describe('reading families (session 31): what an ordinal before a name counts, a length\'s dimension', () => {
  it('"a third Harwick title" counts titles: the names before the noun modify it', () => {
    assert.deepEqual(frameIn(lex, 'Tom Brell is chasing a third Harwick title.', 'third').metric[0], 'title');
    assert.deepEqual(frameIn(lex, 'Tom Brell begins his quest for a fourth Harwick Open title on Tuesday.', 'fourth').metric[0], 'title');
    // ("world number two Brell": a position's name after it is who holds it)
    assert.notEqual(frameIn(lex, 'The match pits him against world number two Brell.', 'number two').metric[0], 'brell');
  });
  const SOURCE = 'Number one seed Tom Brell begins his quest for a fourth Harwick title on Tuesday against a qualifier.';
  it('so another place in that series is contradicted, the same supported', () => {
    assert.equal(judged(SOURCE, 'Tom Brell is chasing a third Harwick title.', 'third'), 'contradicted fourth');
    assert.equal(judged(SOURCE, 'Tom Brell is chasing a fourth Harwick title.', 'fourth'), 'supported fourth');
  });
  it('a length followed by "high", "long", "wide" measures that dimension', () => {
    assert.equal(frameIn(lex, 'Printed at full size, the mural would stand 6m high.', '6m').metric[0], 'height');
    assert.equal(frameIn(lex, 'The mural would be 2.5m high and 6m long.', '6m').metric[0], 'length');
    assert.equal(frameIn(lex, 'The bridge is 40m wide.', '40m').metric[0], 'width');
  });
  const MURAL = 'Printed at full size, the mural would be 2.5m high and 6m long, its makers said.';
  it('a height is read against the height, not against a length of its value', () => {
    assert.equal(judged(MURAL, 'Printed at full size, the mural would stand 6m high.', '6m'), 'contradicted 2.5m');
    assert.equal(judged(MURAL, 'Printed at full size, the mural would stand 2.5m high.', '2.5m'), 'supported 2.5m');
    assert.equal(judged(MURAL, 'Printed at full size, the mural would be 6m long.', '6m'), 'supported 6m');
  });
});

describe('reading families (session 31): a sentence-opening name whose first word is an ordinary word', () => {
  it('"Silver Harbour, the previous week\'s leader, came second with $16.1m" is about Silver Harbour, past its aside and its place', () => {
    assert.deepEqual(frameIn(lex, "Silver Harbour, the previous week's leader, came second with $16.1m.", '$16.1m').subject, ['silver', 'harbour']);
    // (not a capitalised word alone: "Sales, the firm said, rose to $16.1m")
    assert.deepEqual(frameIn(lex, 'Sales, the firm said, rose to $16.1m.', '$16.1m').subject, []);
  });
});

describe('reading families (session 31): a small count vouched for by its sentence, not across opposite words', () => {
  const SOURCE = 'Since the final, Harwick Rovers have lost nine of their 14 matches, the club said.';
  it('"won nine of their 14" is not supported by "lost nine of their 14" beside the supported 14', () => {
    assert.equal(judged(SOURCE, 'Since the final, Harwick Rovers have won nine of their 14 matches.', 'nine'), 'unverified');
    assert.equal(judged(SOURCE, 'Since the final, Harwick Rovers have won nine of their 14 matches.', '14'), 'supported 14');
  });
  it('the same words said the same way still vouch for it', () => {
    assert.equal(judged(SOURCE, 'Since the final, Harwick Rovers have lost nine of their 14 matches.', 'nine'), 'supported nine');
  });
});

describe('reading families (session 31): the date of a change\'s starting value', () => {
  it('"up from 6% in 1994" dates where the change came from', () => {
    assert.equal(frameIn(lex, 'Women were 18% more likely than men to enrol in 2000, up from 6% in 1994.', '1994').prep, 'from');
    assert.equal(frameIn(lex, 'Women were 18% more likely than men to enrol in 2000, up from 6% in 1994.', '2000').prep, 'in');
  });
  const SOURCE = 'The report also showed women were 18% more likely than men to enrol at Harwick colleges in 2000, up from 6% in 1994.';
  it('so it does not contradict the note\'s year of the claim itself', () => {
    assert.equal(judged(SOURCE, 'In 2000 women had an 18% higher chance than men of enrolling at Harwick colleges.', '2000'), 'supported 2000');
  });
});

describe('reading families (session 31): a value of many digits stated exactly in a cited source', () => {
  const source = (v: string) => `The Harwick Commission said two in five of the 635,173 reports it had from consumers concerned fraud. The biggest slice of the ${v} fraud cases reported - almost 30% - involved cards.`;
  it('five significant digits or more: the note\'s, whoever the source\'s sentence names', () => {
    assert.equal(judged(source('246,570'), 'The HC received 246,570 reports of fraud last year.', '246,570'), 'supported 246,570');
  });
  it('fewer digits meet by chance: the names must be within reach', () => {
    assert.equal(judged(source('2,465'), 'The HC received 2,465 reports of fraud last year.', '2,465'), 'unverified');
  });
});

describe('reading families (session 31): "the difference between what A exported and imported", and a starting value\'s own date', () => {
  it('the difference between two sides measures the gap, a deficit, whoever the sides name', () => {
    assert.equal(frameIn(lex, 'According to the statistics office, the difference between what Harwick exported and imported was £3.1bn.', '£3.1bn').metric[0], 'deficit');
    assert.equal(frameIn(lex, 'The difference between exports and imports was £3.1bn.', '£3.1bn').metric[0], 'deficit');
  });
  it('"from £3.6bn in October" dates the starting value by October, not by the clause\'s November or 2004', () => {
    assert.equal(frameIn(lex, 'The Harwick trade deficit narrowed to £3.1bn in November from £3.6bn in October.', '£3.6bn').period.month, 10);
    assert.equal(frameIn(lex, 'The Harwick trade deficit narrowed to £3.1bn in November from £3.6bn in October.', '£3.1bn').period.month, 11);
    assert.equal(frameIn(lex, 'Sales fell to £3.1bn in 2004 from £3.6bn in 2003.', '£3.6bn').period.year, 2003);
    assert.equal(frameIn(lex, 'Sales fell to £3.1bn in 2004 from £3.6bn in 2003.', '£3.1bn').period.year, 2004);
  });
  const SOURCE = "According to the Harwick statistics office, the difference between what Harwick exported and imported was £3.1bn ($5.8bn), down from October's £3.6bn. Harwick's deficit with France fell to £1.9bn from £2.1bn.";
  it('so the whole deficit is read against the gap, not against the deficit with one partner', () => {
    assert.equal(judged(SOURCE, 'The Harwick trade deficit narrowed to £3.1bn in November from £3.6bn in October.', '£3.6bn'), 'supported £3.6bn');
    assert.equal(judged(SOURCE, 'The Harwick trade deficit narrowed to £3.1bn in November from £3.6bn in October.', '£3.1bn'), 'supported £3.1bn');
    assert.equal(judged(SOURCE, 'The Harwick trade deficit narrowed to £3.1bn in November from £3.9bn in October.', '£3.9bn'), 'contradicted £3.6bn');
  });
});

describe('reading families (session 31): a figure inside a quotation found word for word', () => {
  const SOURCE = 'Harwick retail sales fell in December, failing to meet expectations and making it by some counts the worst Christmas since 1981. And a Harwick Retail Consortium survey found that Christmas 2004 was the worst for 10 years.';
  it('is the source\'s own figure, supported where the quote is found — not contradicted by another passage', () => {
    assert.equal(judged(SOURCE, 'The article says that "that Christmas 2004 was the worst".', '2004'), 'supported 2004');
  });
  it('a quotation not found leaves its figure as the figure stages judge it', () => {
    assert.notEqual(judged(SOURCE, 'The article says that "that Christmas 2003 was the worst".', '2003'), 'supported 2004');
    assert.notEqual(judged(SOURCE, 'The article says that "that Christmas 2003 was the worst".', '2003').split(' ')[0], 'supported');
  });
});

describe('reading families (session 31): a change "by" the level the source says was reached', () => {
  const SOURCE = "Harwick's annual pre-tax profit fell 36% to 2.9bn euros, the firm said. Its sales were flat.";
  it('"fell by 2.9bn euros" against "fell 36% to 2.9bn euros" is contradicted, the roles named', () => {
    assert.equal(judged(SOURCE, "Harwick's annual pre-tax profit fell by 2.9bn euros.", '2.9bn euros'), 'contradicted 2.9bn euros');
    const r = checkAgainst({ 'story.txt': 'Story\n\n' + SOURCE + '\n' }, "Harwick's annual pre-tax profit fell by 2.9bn euros [@story].\n");
    assert.match(r.diagnostics[0].message, /the change; .* the level reached/);
  });
  it('the level stated as a level is supported', () => {
    assert.equal(judged(SOURCE, "Harwick's annual pre-tax profit fell to 2.9bn euros.", '2.9bn euros'), 'supported 2.9bn euros');
  });
  it('a verb of reaching right before the source figure makes it a level reached ("topped the 100,000 mark")', () => {
    const source = "Harwick's virus watchers counted more alerts this year. In September 2004, the number of malicious programs circulating topped the 100,000 mark.";
    assert.equal(judged(source, 'The number of malicious programs in circulation rose by 100,000 in September 2004 and some fear it could go much higher.', '100,000'), 'contradicted 100,000');
  });
  it('not against a count that is not a level reached ("The 600,000 connections take the total to …")', () => {
    const source = 'Harwick Telecom signed up 600,000 customers in the quarter. The 600,000 connections take the total number of Harwick broadband users to almost 3.3 million.';
    assert.equal(judged(source, 'Harwick Telecom added 600,000 broadband connections in the quarter.', '600,000'), 'unverified');
  });
});
