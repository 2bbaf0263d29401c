// Claim frames field by field, as tables of sentences written for these tests: what a figure is
// about (subject, metric, role, period, per-unit, bound), and how two frames align.
import * as assert from 'node:assert/strict';
import { extractFigures, figuresAgree } from '../../server/src/engine/figures';
import { align } from '../../server/src/engine/check/alignment';
import type { FrameSide } from '../../server/src/engine/frames/sourceFrames';
import { boundOf, intervalOf, relateValues } from '../../server/src/engine/frames/bounds';
import { ClaimFrame, sentenceFrames } from '../../server/src/engine/frames/frame';
import { Lexicon } from '../../server/src/engine/frames/lexicon';
import { frameTokens } from '../../server/src/engine/frames/tokens';
import { mayNamePeriod, periodWord } from '../../server/src/engine/frames/period';
import type { Period } from '../../server/src/engine/frames/types';
import type { Figure } from '../../server/src/engine/types';

const lex = new Lexicon();
/** Without a corpus, English decides which sentence openers are ordinary words. */
const ordinary = (low: string) => lex.knows(low) && lex.ordinaryOpener(low);

/** Frames of every figure of one sentence, keyed by the figure's text. */
function frames(sentence: string): Map<string, { frame: ClaimFrame; figure: Figure }> {
  const figures = extractFigures(sentence);
  const tokens = frameTokens(sentence, 0, sentence.length, figures, lex, ordinary);
  const fs = sentenceFrames({ text: sentence, tokens, figures, lex });
  return new Map(figures.map((f, i) => [f.text, { frame: fs[i], figure: f }]));
}

function frameOf(sentence: string, figure: string): ClaimFrame {
  const f = frames(sentence).get(figure);
  assert.ok(f, `no figure "${figure}" in "${sentence}" (found: ${[...frames(sentence).keys()].join(', ')})`);
  return f.frame;
}

function side(sentence: string, figure: string): { side: FrameSide; figure: Figure } {
  const f = frames(sentence).get(figure)!;
  const words = new Set(frameTokens(sentence, 0, sentence.length, extractFigures(sentence), lex, ordinary).flatMap((t) => [t.low, t.lemma]));
  return { side: { frame: f.frame, referable: words, inheritedPeriod: {} }, figure: f.figure };
}

describe('claim frames', () => {
  describe('metric: the counted noun or measured quantity, lemmatised, synonyms as one class', () => {
    const rows: [string, string, string][] = [
      ['The orchard employs 240 pickers each autumn.', '240', 'picker'],
      ['Harbour revenue climbed 12% last year.', '12%', 'revenue'],
      ['Turnover at the mill reached £4.2m.', '£4.2m', 'revenue'], // turnover → revenue
      ['The ferry company sold 80,000 tickets in July.', '80,000', 'ticket'],
      ['The co-op took 35% of the money spent on apples.', '35%', 'cost'], // money spent → cost
      ['The museum drew 1.1 million visitors.', '1.1 million', 'visitor'],
      ['The ratings slumped to 2.1 million.', '2.1 million', 'viewer'], // ratings → viewer
      ['The council set aside an extra £3m for the library.', '£3m', 'extra'],
      ['The carmaker reported a 19% surge in February sales.', '19%', 'revenue'], // past the month to the noun
      ['The trust made 42 separate gifts to the party.', '42', 'donation'], // gifts and donations meet
      ['The comedy made takings over the days beginning on Friday of $3m.', '$3m', 'take'], // a weekday measures nothing
      ['The harbour fee is provisionally set to reach £5.53.', '£5.53', 'fee'], // an adverb measures nothing
      ['The 18-12 victory was only their second.', '18-12', 'win'], // victories and wins meet
      ['The firm was set up 15 years ago.', '15 years', 'company'], // firms, companies and businesses meet
      ['Exports of tea rose even faster by 9% to a new record of $2.3bn.', '$2.3bn', 'export'], // past a value noun's adjective and a manner word
      ['Ostcorp shares climbed to an all-time high of 412p.', '412p', 'share'],
      ['Almost a third of all festive online spending comes from abroad.', 'a third', 'cost'], // a listed -ing noun heads its phrase
      ["Revenue from Kellmouth's core ferry business fell 11% last year.", '11%', 'revenue'], // money "from" somewhere: the money is measured
      ['Profits from the cider trade rose 8%.', '8%', 'profit'],
    ];
    for (const [sentence, figure, metric] of rows) {
      it(`${figure} in "${sentence}" measures ${metric}`, () => {
        assert.ok(frameOf(sentence, figure).metric.includes(metric), `metric ${JSON.stringify(frameOf(sentence, figure).metric)}`);
      });
    }
    it('a part of a span of time says when, not what: the metric is read past "the whole of 2004", "the end of the season"', () => {
      const rows: [string, string, string, string][] = [
        // sentence, figure, the metric it has, the time part it must not have
        ['The average wait for the whole of 2009 was 14 days.', '14 days', 'wait', 'whole'],
        ['The ferry levy rose to £6 at the end of 2011.', '2011', 'levy', 'end'],
        ['The harbour toll at the start of the season was £3.', '£3', 'toll', 'start'],
        ['Visitor numbers for the rest of the year fell 4%.', '4%', 'number', 'rest'],
      ];
      for (const [sentence, figure, metric, part] of rows) {
        const m = frameOf(sentence, figure).metric;
        assert.ok(m.includes(metric) && !m.includes(part), `${figure}: ${JSON.stringify(m)}`);
      }
      // …but a part of something else is what is measured ("the end of the pier", "the rest of the staff")
      assert.ok(frameOf('The rest of the staff got a 3% rise.', '3%').metric.includes('staff') || frameOf('The rest of the staff got a 3% rise.', '3%').metric.includes('rest'));
    });
    it('a verb\'s particle names nothing measured: "due to report back at the end of 2007" is due, as "due to report at the end of 2008"', () => {
      assert.equal(frameOf('The inquiry is due to report back at the end of 2007.', '2007').metric[0], frameOf('The inquiry is due to report at the end of 2008.', '2008').metric[0]);
      assert.ok(!frameOf('The inquiry is due to report back at the end of 2007.', '2007').metric.includes('back'));
    });
    it('an aside between dashes before the verb says nothing of what the figure measures', () => {
      assert.deepEqual(frameOf('Harbour spending - which funds two thirds of the port - rose just 0.4% last month.', '0.4%').metric, frameOf('Harbour spending rose just 0.4% last month.', '0.4%').metric);
      assert.ok(!frameOf('Harbour spending - which funds two thirds of the port - rose just 0.4% last month.', '0.4%').metric.includes('port'));
    });
    it('a place adverbial between the verb and the figure is where, not what: "went on sale in the UK on 9 March"', () => {
      assert.ok(frameOf('The Lark went on sale in the UK on 9 March.', '9 March').metric.includes('release') || frameOf('The Lark went on sale in the UK on 9 March.', '9 March').metric.includes('available'));
      assert.deepEqual(frameOf('The Lark went on sale in the UK on 9 March.', '9 March').placeBefore, ['uk']);
      assert.deepEqual(frameOf('The Lark was released on 9 March in the UK.', '9 March').placeAfter, ['uk']);
      assert.equal(frameOf('The Lark was released on 9 March, said Kimo.', '9 March').placeBefore, undefined);
    });
    it('time is spent, not money: "spent six weeks" measures no cost; "spent £6m" does', () => {
      assert.ok(!frameOf('The single spent six weeks at number one.', 'six weeks').metric.includes('cost'));
      assert.ok(frameOf('The council spent £6m on the bridge.', '£6m').metric.includes('cost'));
    });
    it('"go", "went" after the counted noun are its verb, not part of its name', () => {
      assert.equal(frameOf('About 10,000 phones go missing each week.', '10,000').metric[0], 'phone');
      assert.equal(frameOf('Some 3,000 jobs went at the plant.', '3,000').metric[0], frameOf('The plant has 3,000 jobs.', '3,000').metric[0]);
    });
    it('a person doing the verb is its subject, and the verb the metric', () => {
      assert.equal(frameOf('The skipper earned £90,000 last season.', '£90,000').metric[0], 'earn');
    });
    it('synonyms meet: sales and turnover, viewers and audience, staff and workers', () => {
      assert.equal(lex.concept(lex.lemma('sales')), lex.concept(lex.lemma('turnover')));
      assert.equal(lex.concept(lex.lemma('audience')), lex.concept(lex.lemma('viewers')));
      assert.equal(lex.concept(lex.lemma('workers')), lex.concept(lex.lemma('staff')));
      assert.notEqual(lex.concept(lex.lemma('profit')), lex.concept(lex.lemma('sales')));
    });
    it('word forms meet through lemmas: fell/fall, grew/growing, ratings/rating', () => {
      assert.equal(lex.lemma('fell'), 'fall');
      assert.equal(lex.lemma('grew'), lex.lemma('growing'));
      assert.equal(lex.lemma('ratings'), 'rating');
    });
    it('a verb whose suffix dropped a silent "e" keeps it: fined/fine, rating/rate, hoped/hope — not fin, rat, hop', () => {
      const rows: [string, string][] = [
        ['fined', 'fine'], ['rating', 'rate'], ['hoped', 'hope'], ['dining', 'dine'], ['stared', 'stare'], ['taped', 'tape'],
        // a doubled consonant says the short verb; a verb with no "e" form keeps its base
        ['hopped', 'hop'], ['tapped', 'tap'], ['starred', 'star'], ['visited', 'visit'], ['opened', 'open'], ['budgeted', 'budget'], ['landed', 'land'],
      ];
      for (const [word, lemma] of rows) assert.equal(lex.lemma(word), lemma, word);
    });
  });

  describe('role: level, change, share, rank, age, date', () => {
    const rows: [string, string, string, string?][] = [
      ['Ferry fares rose 8% in March.', '8%', 'change', 'up'],
      ['Ferry fares fell by 8%.', '8%', 'change', 'down'],
      ['The council reported a 6% rise in visitors.', '6%', 'change', 'up'],
      ['Visitor numbers grew by an average of about 4%.', '4%', 'change', 'up'],
      ['The co-op raised its cider output targets by 30%.', '30%', 'change', 'up'],
      ['Profit climbed 9% to £2.4m.', '£2.4m', 'level'],
      ['The cannery holds 40% of the regional market.', '40%', 'share'],
      ['The harbour master retired aged 61.', '61', 'age'],
      ['She became mayor at the age of 38.', '38', 'age'],
      ['The quay was rebuilt in 1968.', '1968', 'date'],
      ['The mill has cut 1,300 jobs.', '1,300', 'change', 'down'],
      ['The ferry line added 40 sailings.', '40', 'change', 'up'],
      ['The region will gain 14,000 new residents.', '14,000', 'level'],
      ['The mill raised £4m from investors.', '£4m', 'level'],
      ['Estimates put regional growth for 2004 at 3.1%.', '3.1%', 'change'],
      ['Growth in cider exports was 6.2% last year.', '6.2%', 'change', 'up'], // a change noun and what it changes, then the figure
      ['The rise in harbour fees was 3% in 2009.', '3%', 'change', 'up'],
      ['Growth in ferry traffic - the council\'s main measure of the port\'s health - was 2.9% in 2010.', '2.9%', 'change'], // past an aside between dashes
      ['The share of cider exports was 6.2% last year.', '6.2%', 'level'], // a share is no change
      ['Ferries make up 4% of harbour traffic.', '4%', 'share'],
      ['The trader\'s wealth rose an estimated £30m on last year.', '£30m', 'change', 'up'], // an intransitive change verb: money changed, not moved
      ['Asking rents are 4.2% below their May peak.', '4.2%', 'change'], // a difference from something
      ['Lower limits would lead to 230 fewer serious injuries.', '230', 'change', 'down'], // "to" before, a change word after
      ['The council plans to axe 1,400 jobs.', '1,400', 'change', 'down'],
      ['Ostware cuts 1,200 jobs', '1,200', 'change', 'down'], // a headline's verb after its subject's name
      ['The ministry has already abolished 62 advisory bodies.', '62', 'change', 'down'], // abolished as cut
      ['Inflation was 3% over the period.', '3%', 'level'],
      ['Retail sales rose just 0.3% on the month.', '0.3%', 'change', 'up'], // a degree adverb between verb and figure
      ['Sales grew a lacklustre 2.9% in 2001.', '2.9%', 'change', 'up'], // an article and its adjective
      ['Output rose by a strong 0.7% in the quarter.', '0.7%', 'change', 'up'], // "by", an article and its adjective
      ['Sales were a record 2.9% of output.', '2.9%', 'share'],
      ['The Gulls were 14-3 down at the break.', '14-3', 'level'],
      ['The Gulls went 2-0 up before half-time.', '2-0', 'level'],
    ];
    for (const [sentence, figure, role, direction] of rows) {
      it(`${figure} in "${sentence}" is a ${role}${direction ? ' ' + direction : ''}`, () => {
        const f = frameOf(sentence, figure);
        assert.equal(f.role, role);
        if (direction) assert.equal(f.direction, direction);
      });
    }
    it('"from X to Y" marks its two ends', () => {
      const s = 'Ticket sales fell from 9,000 to 6,500.';
      assert.equal(frameOf(s, '9,000').end, 'from');
      assert.equal(frameOf(s, '6,500').end, 'to');
    });
    it('"made up 33 million" is not a change (a phrasal verb)', () => {
      assert.notEqual(frameOf('Postal votes made up 33,000 of the ballots.', '33,000').role, 'change');
      // nor "made up of"; but "a rise of" still is
      assert.notEqual(frameOf('The mosaic was made up of 196 separate tiles.', '196').role, 'change');
      assert.equal(frameOf('Sales saw a rise of 196 units.', '196').role, 'change');
    });
    it('"a leap of 6.43m" is how far someone jumped, not a change; "gained 8 pence" is a share price\'s move', () => {
      assert.notEqual(frameOf('Quill led the event with her first leap of 6.43m.', '6.43m').role, 'change');
      assert.equal(frameOf('Profits saw a jump of 12% last year.', '12%').role, 'change');
      assert.equal(frameOf('Ostbank shares gained 8 pence to 605 pence.', '8 pence').role, 'change');
      assert.notEqual(frameOf('The charity raised £8m last year.', '£8m').role, 'change');
    });
  });

  describe('period: year, month and day, quarter, half, relative, base of a comparison', () => {
    it('a year next to the figure', () => assert.equal(frameOf('The quay handled 1.2 million tonnes in 2019.', '1.2 million').period.year, 2019));
    it('month and year', () => {
      const p = frameOf('In May 2003, 40,000 people came to the fair.', '40,000').period;
      assert.equal(p.year, 2003);
      assert.equal(p.month, 5);
    });
    it('the nearest year wins', () => {
      assert.equal(frameOf('Fares rose in 2004, and the ferry carried 900,000 passengers in 2006.', '900,000').period.year, 2006);
    });
    it('quarter written as words and with a hyphen', () => {
      assert.equal(frameOf('Sales in the third quarter were $12m.', '$12m').period.quarter, 3);
      assert.equal(frameOf('Its fourth-quarter dividend was $1.20.', '$1.20').period.quarter, 4);
    });
    it('first half', () => assert.equal(frameOf('The port earned £3m in the first half of 2004.', '£3m').period.half, 1));
    it('"fell to £180,226, from £180,444 in October": the date after the figure a change started from is that figure\'s', () => {
      const s = 'The average house price fell marginally to £180,226, from £180,444 in October.';
      assert.equal(frameOf(s, '£180,226').period.month, undefined);
      assert.equal(frameOf(s, '£180,444').period.month, 10);
      // (a date after the figure itself stays its own: "rose 5% to $3bn in 2004")
      assert.equal(frameOf('Sales rose 5% to $3bn in 2004.', '5%').period.year, 2004);
    });
    it('"the fourth quarter" with no year: the ordinal read as a figure still names the quarter', () => {
      assert.equal(frameOf('Kellmouth earned $630m in the fourth quarter, down from $1bn.', '$630m').period.quarter, 4);
      assert.equal(frameOf('Kellmouth earned $630m in the second quarter.', '$630m').period.quarter, 2);
      // (a rank is no quarter: "came fifth")
      assert.equal(frameOf('The film came fifth with $630m.', '$630m').period.quarter, undefined);
    });
    it('"for the whole of 2004" is the whole year, which no quarter of it is', () => {
      assert.equal(frameOf('For the whole of 2004, Kellmouth earned $3.7bn.', '$3.7bn').period.annual, true);
      assert.notEqual(frameOf('Kellmouth earned $3.7bn in 2004.', '$3.7bn').period.annual, true);
      // "in the quarter": a part of the year, which no full-year figure aligns with
      const q = side('Net profit was $186m (£98m) in the quarter, compared with $1.13bn a year ago.', '$186m');
      assert.equal(q.side.frame.period.someQuarter, true);
      assert.match(align(side('Kellmouth\'s full-year net profit was $186m.', '$186m').side, q.side, () => 1, lex).blocked ?? '', /period/);
      assert.equal(align(side('Kellmouth\'s net profit was $186m.', '$186m').side, q.side, () => 1, lex).blocked, undefined);
    });
    it('"from 287 the previous year": that figure alone is dated the year before its clause\'s', () => {
      const s = 'The number of films released rose to 310 in 2004 from 287 the previous year.';
      assert.equal(frameOf(s, '287').period.year, 2003);
      assert.equal(frameOf(s, '310').period.year, 2004);
      assert.equal(frameOf('Profit was $4m, against $3m a year earlier.', '$3m').period.relative, 'earlier');
      assert.equal(frameOf('Profit rose to $4m in 2004 from $3m a year before.', '$3m').period.year, 2003);
      // a change's "a year earlier" is its base, not its period
      assert.equal(frameOf('Profit rose 5% in 2004 on the year before.', '5%').period.year, 2004);
    });
    it('"a year earlier" and "last year" are the earlier period; "a year earlier" is not a rate', () => {
      const f = frameOf('Revenue was $40m a year earlier.', '$40m');
      assert.equal(f.period.relative, 'earlier');
      assert.equal(f.per, undefined);
      assert.equal(frameOf('The fair drew 30,000 visitors last year.', '30,000').period.relative, 'last');
    });
    it('"in the coming year" is next year; "the following year" follows a year the text names, not now', () => {
      assert.equal(frameOf('Harbour dues will rise about 4% in the coming year.', '4%').period.relative, 'next');
      assert.equal(frameOf('Harbour dues will rise 4% over the forthcoming year.', '4%').period.relative, 'next');
      assert.notEqual(frameOf('Dues rose in 2001 and rose 4% the following year.', '4%').period.relative, 'next');
    });
    it('"last year" is when a change happened; "on last year" is its base', () => {
      assert.equal(frameOf('Ferry fares went up by 5% last year.', '5%').period.relative, 'last');
      assert.equal(frameOf('Ferry fares were up 5% on last year.', '5%').period.relative, undefined);
    });
    it('"from 102 in 2003 to 81 last year": the year before "to" is the other end\'s', () => {
      assert.equal(frameOf('Co-productions fell from 102 in 2003 to 81 last year.', '81').period.year, undefined);
      assert.equal(frameOf('Co-productions fell from 102 in 2003 to 81 last year.', '102').period.year, 2003);
    });
    it('a base year ("double from 2004") does not date a figure that has its own year', () => {
      const f = frameOf('Sales of the handsets would double from 2004 to account for 10% of phones sold in 2005.', '10%');
      assert.equal(f.period.year, 2005);
    });
    it('"currently" outweighs a year further off; "a current target" is now and a target at once', () => {
      const f = frameOf('The proportion was currently at 62%, and the council hoped this would rise to 85% by 2008.', '62%');
      assert.equal(f.period.year, undefined);
      assert.equal(f.period.tense, 'now');
      const n = side('The outpatient target is currently 18 months.', '18 months');
      const s = side('No patient would wait more than 12 months by March 2006, against a current target of 18 months.', '18 months');
      assert.equal(align(n.side, s.side, () => 1, lex).blocked, undefined);
      assert.equal(frameOf('The bank cut the current account deficit by £3m.', '£3m').period.tense, undefined);
    });
    it('"could do nothing", "could only": what happened, not a possibility', () => {
      assert.notEqual(frameOf("The keeper could do nothing about Quill's equaliser in the 74th minute.", '74th').period.mode, 'plan');
      assert.notEqual(frameOf('The firm could only manage 2% growth.', '2%').period.mode, 'plan');
      assert.equal(frameOf('Sales could rise by 5% next year.', '5%').period.mode, 'plan');
      // a figure the subject of a modal is a proposal; a figure before an ordinary verb is not
      assert.equal(frameOf('He said raising the fee to £150 would cut demand.', '£150').period.mode, 'plan');
      assert.notEqual(frameOf('He said the fee of £150 cut demand.', '£150').period.mode, 'plan');
    });
    it('"could have sold a million" is what would have happened, which no fact of what did is', () => {
      assert.equal(frameOf('"We could have sold a million tickets," the promoter said.', 'a million').period.mode, 'hypothetical');
      assert.equal(frameOf('The band could sell 50,000 tickets next year.', '50,000').period.mode, 'plan');
      assert.equal(frameOf('The club could have been worth £40m.', '£40m').period.mode, 'hypothetical');
      assert.equal(frameOf('They could have easily sold 3,000 seats.', '3,000').period.mode, 'hypothetical');
      // "would have" then a noun is what a merged firm would own, not what would have happened
      assert.equal(frameOf('The merged group would have annual sales of $12bn.', '$12bn').period.mode, 'plan');
    });
    it('a perfect tense tells what happened ("have fallen 3%"), a forecast a plan', () => {
      assert.equal(frameOf('Asking prices have fallen 3.3% from their July peaks.', '3.3%').period.mode, 'past');
      assert.equal(frameOf('Economists expect house prices to fall by 8%.', '8%').period.mode, 'plan');
    });
    it('"this year"', () => assert.equal(frameOf('The museum expects 50,000 visitors this year.', '50,000').period.relative, 'this'));
    it('the year after "than" is the base of a change, not its period', () => {
      assert.equal(frameOf('Spending in 2004 was nearly 7% higher than in 2003.', '7%').period.year, 2004);
    });
    it('a day and month', () => {
      const p = frameOf('The bridge opened on 14 March 1998.', '1998').period;
      assert.equal(p.month, 3);
      assert.equal(p.day, 14);
    });
  });

  describe('subject: names of the clause, not names that qualify the counted noun', () => {
    it('the name before the figure', () => assert.deepEqual(frameOf("Marlow's ferry carried 400,000 passengers.", '400,000').subject, ['marlow']));
    it('"X% in PLACE" names its subject after the figure', () => assert.ok(frameOf('Turnout ranged from 70% in Elmford to 45% in Dunmere.', '45%').subject.includes('dunmere')));
    it('a weekday is no subject ("Sunday\'s derby" names no one)', () => assert.deepEqual(frameOf("Elmford won Sunday's derby 3-1.", '3-1').subject, ['elmford']));
    it('"an 18% stake in Ostler": what a stake is held in is not its subject', () => assert.ok(!frameOf('The group will sell an 18% stake in Ostler.', '18%').subject.includes('ostler')));
    it('a name opening its sentence, set apart from its verb by an aside, is the subject of the main clause ("The Aviator, starring …, ended up third after taking $11.2m")', () => {
      assert.ok(frameOf('The Lantern, starring Ada Voss as Mary Hale, ended up in third place after taking $9.4m.', '$9.4m').subject.includes('lantern'));
    });
    it('"290,000 UK members": UK qualifies the members, it is not the subject', () => assert.ok(!frameOf('The union will ballot 290,000 UK members.', '290,000').subject.includes('uk')));
    it('a bare number after a name, between commas or after "is now", is the person\'s age', () => {
      assert.equal(frameOf('It is the 12th final that Ostrander, now 34, has reached.', '34').role, 'age');
      assert.equal(frameOf('Ostrander, 29, won the title.', '29').role, 'age');
      assert.equal(frameOf('Ostrander is now 35.', '35').role, 'age');
      assert.equal(frameOf('Bell, 30, had set his sights on a place in the side.', '30').role, 'age'); // a surname that is also a word, opening its sentence
      assert.equal(frameOf('Ostrander was 26 when he first won the seat.', '26').role, 'age');
      assert.notEqual(frameOf('Ostrander was 26 points clear when the race ended.', '26').role, 'age');
      assert.notEqual(frameOf('Ostrander is now 35% owned by the fund.', '35%').role, 'age');
      assert.notEqual(frameOf('Ostrander sold 35 boats.', '35').role, 'age');
    });
    it('"an estimate of £1.8m": a linking word between an article and "of" is the noun it names', () => {
      assert.equal(frameOf('The painting carries an estimate of £1.8m.', '£1.8m').metric[0], 'estimate');
      assert.notEqual(frameOf('The painting is estimated at £1.8m.', '£1.8m').metric[0], 'estimate');
      // (a value noun is the figure itself: "a total of")
      assert.notEqual(frameOf('The auction made a total of $1.1m.', '$1.1m').metric[0], 'total');
    });
    it('"£1.8m, or $4.3m": the sum in another currency after ", or" says what the first says', () => {
      const s = 'The painting carries an estimate of £1.8m, or $4.3m.';
      assert.deepEqual(frameOf(s, '$4.3m').metric, frameOf(s, '£1.8m').metric);
    });
    it('"76,200 staff worldwide": an adverb of where after the counted noun does not head it', () => {
      assert.equal(frameOf('The group employs 76,200 staff worldwide.', '76,200').metric[0], 'staff');
    });
    it('"the bank" is no "banked": a word whose class is its verb\'s keeps its own concept as a noun', () => {
      assert.ok(!frameOf('The bank employs 67,200 people.', '67,200').metric.includes('earn'));
      assert.equal(frameOf('The singer banked $56.5m last year.', '$56.5m').metric[0], 'earn');
    });
    it('a name after "from" closes the phrase of the thing it gave: "a double save from Quill on 54 minutes"', () => {
      assert.equal(frameOf('The keeper needed a fantastic double save from Quill on 54 minutes.', '54 minutes').metric[0], 'save');
    });
    it('a name closing a phrase leaves its head as the metric: "profits at US media giant Kellmouth"', () => {
      const fr = frameOf('Quarterly profits at US media giant Kellmouth jumped 76% in the quarter.', '76%');
      assert.equal(fr.metric[0], 'profit');
      assert.ok(fr.subject.includes('kellmouth'));
    });
    it('"from $639m year-earlier": that figure alone is the earlier one, and it measures what the change measures', () => {
      const s = 'Quarterly profits at Kellmouth jumped 76% to $1.13bn for the three months to December, from $639m year-earlier.';
      assert.equal(frameOf(s, '$639m').period.relative, 'earlier');
      assert.equal(frameOf(s, '$639m').metric[0], 'profit');
      assert.equal(frameOf(s, '$1.13bn').period.relative, undefined);
    });
    it('"profit for the year" is the whole year; "for the year to March" is not read as one', () => {
      assert.equal(frameOf('Profit for the year was 72% higher than in 2003.', '72%').period.annual, true);
      assert.notEqual(frameOf('Sales for the year to March will shrink by 6%.', '6%').period.annual, true);
    });
    it('a fronted participle clause is about the main clause\'s subject', () => {
      assert.ok(frameOf('Born in Elmford, Westshire, on 5 April 1920, Marlow was the only child.', '1920').subject.includes('marlow'));
      assert.ok(!frameOf('Marlow visited Elmford in 1920, Dunmere said.', '1920').subject.includes('dunmere'));
    });
    it('a party\'s short names are its long name', () => {
      assert.ok(frameOf('The Tories won 34% of the vote.', '34%').subject.includes('conservatives'));
      assert.deepEqual(frameOf('The Lib Dems won 19% of the vote.', '19%').subject.sort(), ['democrats', 'liberal']);
    });
    it('a linking verb ("stood at") is no metric; a name after "with" closes the head\'s phrase', () => {
      assert.deepEqual(frameOf('The Greens stood at 8%.', '8%').metric, []);
      assert.equal(frameOf('The deficit with Japan reached $19.6bn.', '$19.6bn').metric[0], 'deficit');
    });
    it('an aside adverbial ("as a whole", "in total") does not hide the metric before it', () => {
      assert.equal(frameOf('The auction as a whole raised $1.1bn.', '$1.1bn').metric[0], 'auction');
      assert.equal(frameOf('The appeal in total raised £40,000.', '£40,000').metric[0], 'appeal');
    });
    it('the other side of a comparison measures what the first figure measures, in its own period', () => {
      const s = 'Exports rose to $121.9m, compared with $165.8m last year.';
      assert.equal(frameOf(s, '$165.8m').metric[0], frameOf(s, '$121.9m').metric[0]);
      assert.equal(frameOf(s, '$165.8m').period.relative, 'last');
      assert.equal(frameOf(s, '$121.9m').period.relative, undefined);
      const t = 'The top films made $121.9m, against $156.8m a year earlier.';
      assert.equal(frameOf(t, '$156.8m').period.relative, 'earlier');
      assert.equal(frameOf(t, '$121.9m').period.relative, undefined);
      assert.ok(frameOf(t, '$156.8m').metric.length > 0);
    });
    it('"world number two Quill": Quill holds the position, which is a world ranking', () => {
      const fr = frameOf('Ferro had too much for world number two Quill.', 'number two');
      assert.ok(fr.subject.includes('quill'));
      assert.equal(fr.metric[0], 'rank');
      assert.ok(!fr.metric.includes('quill'));
    });
    it('a year before a name names an event, and dates no other figure ("1998 Open champion")', () => {
      assert.equal(frameOf('The 1998 Open champion Ferro beat world number two Quill.', 'number two').period.year, undefined);
      assert.equal(frameOf('In 2004 Kellmouth sold 3 million phones.', '3 million').period.year, 2004);
      assert.equal(frameOf('Kellmouth sold 3 million phones in 2003 and 2004 Christmas sales rose.', '3 million').period.year, 2003);
    });
    it('nationality words are their country', () => assert.ok(frameOf('Scottish council tax will rise by 4%.', '4%').subject.includes('scotland')));
    it('places and nationalities joined by a hyphen are a place ("the German-US carmaker"), and rival no company', () => {
      assert.equal(lex.nameKind('german-us'), 'place');
      assert.equal(lex.nameKind('uk-us'), 'place');
      assert.notEqual(lex.nameKind('daimler-benz'), 'place');
    });
  });

  describe('per-unit', () => {
    const rows: [string, string, string][] = [
      ['The mill paid $40 a barrel.', '$40', 'barrel'],
      ['The dividend is $1.20 a share.', '$1.20', 'share'],
      ['The lift climbs at 9m per second.', '9m', 'second'],
      ['The council backed a £40m-a-year scheme.', '£40m', 'year'], // glued to the figure
      ['About 20,000 tickets are sold a day.', '20,000', 'day'], // the counted noun's passive verb between
    ];
    for (const [sentence, figure, per] of rows) it(`${figure} per ${per}`, () => assert.equal(frameOf(sentence, figure).per, per));
    it('a rate stated right after the figure is the figure\'s own; one read from words near it is not', () => {
      assert.equal(frameOf('The council backed a £40m-a-year scheme.', '£40m').perStated, true);
      assert.equal(frameOf('The plan pays up to £900 per family per year to around 50 towns.', '50').perStated, undefined);
    });
    it('a rate word is read up to another figure or a comma, not across them', () => {
      assert.equal(frameOf('Ostbury, the dearest town at £262,825, saw annual inflation edge up to 7.1%.', '£262,825').per, undefined);
      assert.equal(frameOf('Ostbury, the dearest town at £262,825, saw annual inflation edge up to 7.1%.', '7.1%').per, 'year');
      assert.equal(frameOf('The firm wants to lift its annual Asian sales to 150,000.', '150,000').per, 'year');
    });
    it('a date right after the figure it dates takes that figure\'s rate and metric ("to 150,000 by 2010")', () => {
      const fr = frameOf('The firm wants to lift its annual Asian sales to 150,000 by 2010.', '2010');
      assert.equal(fr.per, 'year');
      assert.equal(fr.metric[0], frameOf('The firm wants to lift its annual Asian sales to 150,000 by 2010.', '150,000').metric[0]);
    });
    it('"a day" after the counted noun phrase is a rate ("34 searches a day"); "for a year", "a day after" are not', () => {
      assert.equal(frameOf('The average reader runs 34 searches a day.', '34').per, 'day');
      assert.equal(frameOf('Islanders drink about 1.2 million bottles of cider a year.', '1.2 million').per, 'year');
      assert.equal(frameOf('The mill kept 300 staff for a year.', '300').per, undefined);
      assert.equal(frameOf('The mill cut 300 jobs a day after the merger.', '300').per, undefined);
      assert.equal(frameOf('The council wants to double the £40m spent each year on the search.', '£40m').per, 'year');
    });
    it('a rate word in a name is no rate ("the Daily Courier poll"), a rate word outside one is', () => {
      assert.equal(frameOf('The Daily Courier poll suggests that 45% of people would vote no.', '45%').per, undefined);
      assert.equal(frameOf('The ferry carries 4,000 passengers daily.', '4,000').per, 'day');
    });
  });

  describe('bounds: each hedge as an interval', () => {
    const fig = (s: string) => extractFigures(s)[0];
    it('exact', () => assert.equal(boundOf(fig('The port employs 350 people.')), 'exact'));
    it('about / roughly / some', () => {
      for (const h of ['about', 'roughly', 'some']) assert.equal(boundOf(fig(`The port employs ${h} 350 people.`)), 'approx');
    });
    it('nearly / almost: at most, close below', () => {
      for (const h of ['nearly', 'almost']) assert.equal(boundOf(fig(`The port employs ${h} 350 people.`)), 'nearly');
      const i = intervalOf(fig('nearly 600,000 boxes'), 0.1);
      assert.equal(i.hi, 600000);
      assert.ok(i.lo < 600000 && i.lo >= 480000);
    });
    it('more than / over: at least, not ten times more', () => {
      assert.equal(boundOf(fig('more than 2 trillion tokens')), 'atLeast');
      const i = intervalOf(fig('more than 2 trillion tokens'), 0.1);
      assert.ok(i.lo > 2e12 && i.hi < 20e12);
    });
    it('up to / under: at most', () => assert.equal(boundOf(fig('up to 1.4 million workers')), 'atMost'));
    it('"about" is as tight as the digits it is written with, and never looser than the tolerance', () => {
      const wide = intervalOf(fig('about 1,000 boats'), 0.1);
      assert.ok(wide.hi - 1000 <= 100 + 1e-9);
      const tight = intervalOf(fig('about $295.8m'), 0.1);
      // four digits: what rounds to 295.8, or 295.8 with lower digits dropped (up to 295.9)
      assert.ok(Math.abs(295.8e6 - tight.lo - 0.05e6) <= 1 && Math.abs(tight.hi - 295.9e6) <= 1, `${tight.lo}–${tight.hi}`);
    });
    const rel = (a: string, b: string) => relateValues(fig(a), fig(b), 0.1, (x, y) => figuresAgree(x, y, 0.1));
    const rows: [string, string, string][] = [
      ['about 140 boats', '138 boats', 'agree'],
      ['about 295.8 tonnes', '259.8 tonnes', 'disagree'],
      ['nearly one billion users', 'nearly a billion users', 'agree'],
      ['1.5 billion users', 'nearly a billion users', 'disagree'],
      ['more than 1 billion users', 'nearly a billion users', 'disagree'],
      ['more than $56m', '$56.5m', 'agree'],
      ['about two million members', 'more than 800,000 members', 'consistent'],
      ['20 trillion tokens', 'more than 2 trillion tokens', 'disagree'],
      ['4.1 million workers', 'up to 1.4 million workers', 'disagree'],
      ['6-7%', '8-9%', 'disagree'],
      ['up to £820,000 a year', 'up to £560,000 a year', 'disagree'], // one stated maximum, misquoted
      ['up to £9m', 'up to £9m', 'agree'],
      ['over 700,000 children', 'just over 2 million children', 'consistent'], // a lower bound is loosely true of more
      ['2 million people', '1.5 million-2 million people', 'consistent'],
      // an open bound in the source does not state an exact note figure at its edge
      ['a budget of £9m', 'budgets of up to £9m', 'consistent'],
      ['500 staff', 'more than 500 staff', 'consistent'],
      ['up to £9m', 'up to £9m', 'agree'],
      ['$60bn', 'beyond $60bn', 'consistent'],
      // "about" softens the last written digit: what rounds to it (session 9)
      ['about 12.1 trillion yen', '12.011 trillion yen', 'disagree'],
      ['about 12.1 trillion yen', '12.08 trillion yen', 'agree'],
      ['about $1.36', '$1.3516', 'disagree'],
      ['about $1.36', '$1.357', 'agree'],
      ['about 45%', '44.6%', 'agree'], // two digits: what rounds to the last (session 11)
      ['about 45%', '44.4%', 'disagree'], // 44.4% is about 44%
      ['about 4.2 million', '4.14 million', 'disagree'],
      ['about 4.2 million', '4.24 million', 'agree'],
      ['about 40%', '38%', 'agree'], // "40" is written to the ten
      // a note may cut the source's digits short, never round them the wrong way
      ['68', '67.4', 'disagree'],
      ['67', '67.4', 'agree'],
      ['90 million', '90.9 million', 'agree'],
    ];
    for (const [a, b, want] of rows) it(`${a} against ${b}: ${want}`, () => assert.equal(rel(a, b), want));
  });

  describe('alignment', () => {
    it('another named subject in the same role blocks (a film\'s takings are not another film\'s)', () => {
      const n = side('Harbour Lights took $5.4m at the weekend.', '$5.4m');
      const s = side('Blue Quay took $5.4m at the weekend.', '$5.4m');
      assert.match(align(n.side, s.side, () => 1, lex).blocked ?? '', /subject/);
    });
    it('a subject of several names rivals through the one of the same kind (a country\'s deficit is not another country\'s)', () => {
      const n = side('The trade gap with Peru reached $4.2bn.', '$4.2bn');
      const s = side("The Trade Office said the trade gap with Chile was $4.2bn.", '$4.2bn');
      assert.match(align(n.side, s.side, () => 1, lex).blocked ?? '', /subject/);
    });
    it('a sentence about one party says nothing of another party\'s figures', () => {
      const n = side('The Harbour Trust gave Labour £120,000.', '£120,000');
      const s = side("The Liberal Democrats' largest donor was the Harbour Trust, which gave £120,000.", '£120,000');
      assert.match(align(n.side, s.side, () => 1, lex).blocked ?? '', /party/);
      const same = side("Labour's largest donor was the Harbour Trust, which gave £120,000.", '£120,000');
      assert.equal(align(n.side, same.side, () => 1, lex).blocked, undefined);
      const alias = side('The Tories said the Harbour Trust gave £120,000.', '£120,000');
      const tories = side('The Harbour Trust gave the Conservatives £120,000.', '£120,000');
      assert.equal(align(tories.side, alias.side, () => 1, lex).blocked, undefined, 'Tories are the Conservatives');
    });
    it('a place and an organisation do not rival each other', () => {
      const n = side('The Dockers union will ballot 2,000 members.', '2,000');
      const s = side("Bristol's biggest union will ballot 2,000 members.", '2,000');
      assert.equal(align(n.side, s.side, () => 1, lex).blocked, undefined);
    });
    it('different years block; the same year adds to the alignment', () => {
      const n = side('The fair drew 30,000 visitors in 2004.', '30,000');
      assert.match(align(n.side, side('The fair drew 30,000 visitors in 2005.', '30,000').side, () => 1, lex).blocked ?? '', /period/);
      const same = align(n.side, side('In 2004 the fair drew 31,000 visitors.', '31,000').side, () => 1, lex);
      assert.equal(same.blocked, undefined);
      assert.equal(same.metric, 1);
    });
    it('a change does not align with a level', () => {
      const n = side('Cider sales rose 12%.', '12%');
      const s = side('Cider took 12% of the market.', '12%');
      assert.match(align(n.side, s.side, () => 1, lex).blocked ?? '', /role/);
    });
    it('opposite words block: outpatient and inpatient lists, quangos set up and abolished', () => {
      const n = side('The outpatient waiting list shrank by 9.8%.', '9.8%');
      const s = side('The number waiting as an inpatient has fallen by 9.8%.', '9.8%');
      assert.match(align(n.side, s.side, () => 1, lex).blocked ?? '', /opposite/);
      const same = side('The number waiting as an outpatient has fallen by 9.8%.', '9.8%');
      assert.equal(align(n.side, same.side, () => 1, lex).blocked, undefined);
      const set = side('The council has set up 16 trusts.', '16');
      assert.match(align(set.side, side('Plans to shut 16 trusts were unveiled.', '16').side, () => 1, lex).blocked ?? '', /opposite/);
      // (16 abolished is a count cut: a change, which no level set up aligns with either)
      assert.ok(align(set.side, side('Plans to abolish 16 trusts were unveiled.', '16').side, () => 1, lex).blocked);
    });
    it('"rose 5% last year" is not "will rise below 5% next year"', () => {
      const n = side('Ferry fares went up by 5% last year.', '5%');
      const s = side('Ferry fares will go up by 5% next year.', '5%');
      assert.match(align(n.side, s.side, () => 1, lex).blocked ?? '', /period/);
    });
    it('in "63% thought X and 61% that Y", the 61% is not about X', () => {
      const f = frameOf('Some 63% of those polled thought the mayor acted rashly and 61% that he was right to resign.', '61%');
      assert.ok(!f.metric.includes('rashly'), `metric ${JSON.stringify(f.metric)}`);
      assert.ok((f.context.get('rashly') ?? 0) < 0.3, `context weight ${f.context.get('rashly')}`);
      // words before the other figure are shared by both ("took fourth place and $42.7m")
      const g = frameOf('The singer took fourth place and almost $42.7m from touring.', '$42.7m');
      assert.ok((g.context.get('take') ?? 0) > 0.3, `context weight ${g.context.get('take')}`);
    });
    it('related metrics support but do not meet: "earned" and "took", "worth" and "fortune"', () => {
      const n = side('The film earned $44.7m over the weekend.', '$44.7m');
      const s = side('The film took $44.7m over the weekend.', '$44.7m');
      const a = align(n.side, s.side, () => 1, lex);
      assert.ok(a.metric > 0.5 && a.metric < 0.7, `metric ${a.metric}`);
      assert.equal(lex.related('wealth', 'cost'), true);
      assert.equal(lex.related('take', 'profit'), false);
    });
    it('a name glued to another is the same name ("TimeWarner", "Warner")', () => {
      const n = side("Warner's quarterly profit jumped 76%.", '76%');
      const s = side('TimeWarner said quarterly profit jumped 76%.', '76%');
      assert.equal(align(n.side, s.side, () => 1, lex).blocked, undefined);
      const other = side('Brightwater said quarterly profit jumped 76%.', '76%');
      assert.match(align(n.side, other.side, () => 1, lex).blocked ?? '', /subject/);
    });
    it('"Jane Hutt" is the source\'s "Ms Hutt"; "Donald Trump" is not a bare "Trump"', () => {
      const n = side('Jane Hutt announced £246m for clinics.', '£246m');
      const titled = side('Ms Hutt also announced £264m for clinics.', '£264m');
      titled.side = { ...titled.side, referable: new Set(['hutt', 'ms']) };
      assert.equal(align(n.side, titled.side, () => 1, lex).namesMissing, 0);
      const bare = side('Hutt also announced £264m for clinics.', '£264m');
      bare.side = { ...bare.side, referable: new Set(['hutt']) };
      assert.equal(align(n.side, bare.side, () => 1, lex).namesMissing, 1);
    });
    it('a compound name is named by its parts: "UK-US co-productions" / "UK and US co-productions"', () => {
      const n = side('UK-US co-productions fell from 102 to 88.', '88');
      const s = side('UK and US co-productions fell from 102 in 2003 to 81 last year.', '81');
      assert.equal(align(n.side, s.side, () => 1, lex).namesMissing, 0);
    });
    it('"non-US chart" is not the "US chart"', () => {
      const n = side('The film led the non-US chart with $17m.', '$17m');
      const s = side('The film was sixth in the US chart with $5m.', '$5m');
      assert.equal(align(n.side, s.side, () => 1, lex).metric, 0);
    });
  });

  describe('the walk reads period words only of a token that may name one (mayNamePeriod)', () => {
    const sentences = [
      'Profits rose 5% in the third quarter of 2004, against the first-half figure, a year earlier.',
      'Sales for the full year fell to $3bn last year, from $4bn in the year to March, the previous year.',
      'Between October and December the firm shipped 30,000 units, up from 20,000 in July-September.',
      'Currently 62% say the medium-term outlook is good; the current rate is 4.75% this year.',
      'In May, 12 of the 31 said the long-term target for the whole of 2005 was annual growth of 3%.',
      'The quarterly report, published on 9 November, put net profit at $186m in the quarter.',
      'The constructor of the deal, Mr Smith, said 40 staff would go over the coming year.',
    ];
    it('gives periodWord no period from any other token, and reads those it names', () => {
      let read = 0;
      for (const sentence of sentences) {
        const figures = extractFigures(sentence);
        const tokens = frameTokens(sentence, 0, sentence.length, figures, lex, ordinary);
        for (let i = 0; i < tokens.length; i++) {
          const p: Period = {};
          periodWord(p, tokens, i, figures);
          if (!mayNamePeriod(tokens[i])) assert.deepEqual(p, {}, `"${tokens[i].low}" in "${sentence}"`);
          else if (Object.keys(p).length) read++;
        }
      }
      assert.ok(read >= 12, `period words read: ${read}`);
    });
  });
});
