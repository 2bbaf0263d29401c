// Misquotes the frames let pass for want of shared words (session 14 families, found on bbc-4 and
// bbc-7): a precise figure its cited source never states, where the source states its very digits
// misplaced once — "43,586" for an attendance given as a bare "43,856.", "received £394m" for
// "was granted £349m" (loneTwin.ts); and a date whose event the two sides name in other verbs
// ("Established in 1984" / "first handed out in 1994": frames/event.ts); and the items of a list
// by place, which measure what its first item measures ("£192,713 in Ostland; £139,544 in
// Westland": frames/frame.ts placeListed); and a part the note sets apart with "alone", which a
// whole of which it is part does not support; "second" and "third" as places in a series ("the
// third most", "her third competitive outing", "a third consecutive title"); a date is never a
// rate; a change given in another unit ("rise by 3.5 million tonnes" / "rise 3.5%": unitSlip.ts).
// Every sentence here is written for the test.
import * as assert from 'node:assert/strict';
import { extractFigures } from '../../server/src/engine/figures';
import { Lexicon } from '../../server/src/engine/frames/lexicon';
import { frameIn } from '../helpers/frameReads';
import { checkAgainst, resultOf, verdictOf } from './check-helpers';

const FILES: Record<string, string> = {
  'match.txt': 'Ostland 2-0 Westland\n\nOstland moved up to third with a comfortable win at Northgate Park.\n\nPell scored twice before the break.\n\nAttendance:\n\n43,856.\n',
  'match-both.txt': 'Ostland 2-0 Westland\n\nOstland moved up to third with a win watched by 43,586 fans.\n\nAttendance:\n\n43,856.\n',
  'match-two.txt': 'Ostland 2-0 Westland\n\nOstland moved up to third with a comfortable win.\n\nAttendance:\n\n43,856.\n\nLast season:\n\n45,836.\n',
  'grant.txt': 'Flood aid\n\nMinisters had hoped to get £700m from the regional fund to help with the clean-up but in the end were granted £349m.\n',
  'pensions.txt': 'Pensions\n\nA survey of 310 schemes said employer payments had increased from £4.1bn to £6.2bn a year, a rise of 49.7%.\n',
  'share.txt': 'Ferries\n\nThe ferry line now carries 15.2% of the island\'s freight, the port authority said.\n',
  'prices.txt': 'Food prices\n\nWhat was the rate of food price inflation in Ostland in 2019?\n\n9.21%\n',
  'depots.txt': 'Depots\n\nThe rail freight firm runs 35,400 wagons from its northern depots.\n',
  'homes.txt': 'Home sales\n\nAsking prices were flat in March. Meanwhile the number of sales dropped 32% in the month.\n',
  'crowd.txt': 'Cup tie\n\nOstland beat Westland in front of a crowd of 28,000 at the Northgate ground.\n',
};
const check = (note: string) => checkAgainst(FILES, note);

describe('reading families (session 14): the note\'s digits misplaced once in its cited source', () => {
  it('a precise figure is contradicted by its lone twin, with no words in common', () => {
    const r = resultOf(check('The attendance at Northgate Park was 43,586 [@match].\n'), '43,586');
    assert.equal(r.verdict, 'contradicted');
    assert.equal(r.evidence[0].figure?.text, '43,856');
    // the quick fix offers the source's digits
    assert.ok(r.fixes.some((x) => x.edits.some((e) => e.newText === '43,856')), JSON.stringify(r.fixes));
  });

  it('…money and a change\'s size the same way', () => {
    assert.equal(verdictOf(check('Ministers wanted £700m from the fund but received £394m [@grant].\n'), '£394m'), 'contradicted');
    const jump = resultOf(check('That was a jump of 47.9% [@pensions].\n'), '47.9%');
    assert.equal(jump.verdict, 'contradicted');
    assert.equal(jump.evidence[0].figure?.text, '49.7%');
  });

  it('not when the cited source also states the note\'s own value', () => {
    assert.notEqual(verdictOf(check('The attendance at Northgate Park was 43,586 [@match-both].\n'), '43,586'), 'contradicted');
  });

  it('not when two values of the source are twins of the note\'s: no telling which was misquoted', () => {
    assert.equal(verdictOf(check('The attendance at Northgate Park was 43,586 [@match-two].\n'), '43,586'), 'unverified');
  });

  it('not when the twin is nearer another figure of the note\'s sentence: it is that one\'s', () => {
    const r = check('Food price inflation in Ostland went from 9.17% (2019) to 1.29% (2021) [@prices].\n');
    assert.notEqual(verdictOf(r, '1.29%'), 'contradicted');
  });

  it('with two significant digits only where the metrics are no clear mismatch: round figures meet misplaced by chance', () => {
    assert.equal(verdictOf(check('Ostland home sales fell 23% in March [@homes].\n'), '23%'), 'contradicted');
    assert.equal(verdictOf(check('Supply of the single will reach around 82,000 copies [@crowd].\n'), '82,000'), 'unverified');
  });

  it('not two counts of different things named right after them', () => {
    assert.notEqual(verdictOf(check('Some 34,500 drivers work on the network [@depots].\n'), '34,500'), 'contradicted');
    assert.equal(verdictOf(check('The rail freight firm runs 34,500 wagons [@depots].\n'), '34,500'), 'contradicted');
  });

  it('not over the whole corpus: only the sources the sentence cites', () => {
    // (the one source of the workspace, uncited: a twin over all sources is no misquote's fingerprint)
    const lone = checkAgainst({ 'grant.txt': FILES['grant.txt'] }, 'Ministers wanted £700m from the fund but received £394m.\n');
    assert.equal(verdictOf(lone, '£394m'), 'unverified');
  });

  it('not the size of a change against a level', () => {
    assert.notEqual(verdictOf(check('Freight carried by the ferry line rose 12.5% [@share].\n'), '12.5%'), 'contradicted');
  });
});

describe('reading families (session 14): the event a date says when of', () => {
  it('frames: the class of the verb before the date in its clause, with its particle', () => {
    const lex = new Lexicon();
    const rows: [string, string, string | undefined][] = [
      ['Established in 1984, the Harbour Prize honours local writers.', '1984', 'origin'],
      ['The Harbour Prize was first handed out in 1994.', '1994', 'origin'],
      ['Ms Lund set up the bakery in the 1970s.', '1970s', 'origin'],
      ['Ms Lund founded Crumb in the 1980s.', '1980s', 'origin'],
      ['Voss was inducted into the Northgate Sports Hall of Fame in 2002.', '2002', 'inducted'],
      ['The Northgate Sports Hall of Fame took Voss in as a member in 2003.', '2003', 'inducted'],
      ['The painter was born in 1911 and died in 1987.', '1911', 'born'],
      ['The painter was born in 1911 and died in 1987.', '1987', 'died'],
      ['Mr Pell stood down as mayor in 2009.', '2009', 'left'],
      ['Mr Voss was freed from prison in July 2003.', '2003', 'released'],
      ['Mr Voss was released in July 2004.', '2004', 'released'],
      // no event verb in the clause; a comma closes the clause; a product's launch is no event of a class
      ['The bakery had 40 staff in 1999.', '1999', undefined],
      ['Ms Lund founded Crumb, which opened a shop in 1990.', '1990', undefined],
      ['The phone was launched in 2004.', '2004', undefined],
    ];
    for (const [sentence, figure, event] of rows) assert.equal(frameIn(lex, sentence, figure).event, event, `${sentence} (${figure})`);
  });

  const files: Record<string, string> = {
    'prize.txt': 'Harbour Prize\n\nEstablished in 1984, the Harbour Prize is named after the town\'s first librarian.\n',
    'hall.txt': 'Hall of Fame\n\nVoss was inducted into the Northgate Sports Hall of Fame in 2002. She was born in 1961.\n',
  };
  const check = (note: string) => checkAgainst(files, note);

  it('a date of the same event in other words is contradicted, the source\'s year offered', () => {
    const r = resultOf(check('The Harbour Prize was first handed out in 1994 [@prize].\n'), '1994');
    assert.equal(r.verdict, 'contradicted');
    assert.equal(r.evidence[0].figure?.text, '1984');
    assert.equal(verdictOf(check('The Northgate Sports Hall of Fame took Voss in as a member in 2003 [@hall].\n'), '2003'), 'contradicted');
    const prison = { 'prison.txt': 'Appeal\n\nMr Voss was freed from prison in July 2003 after his conviction was quashed.\n' };
    assert.equal(verdictOf(checkAgainst(prison, 'Mr Voss was released in July 2004 [@prison].\n'), '2004'), 'contradicted');
  });

  it('…and supported when the years agree', () => {
    assert.equal(verdictOf(check('The Harbour Prize was first handed out in 1984 [@prize].\n'), '1984'), 'supported');
  });

  it('not a date of another event of the same subject', () => {
    assert.notEqual(verdictOf(check('Voss died in 1996 [@hall].\n'), '1996'), 'contradicted');
  });
});

describe('reading families (session 14): a list of values by place', () => {
  const lex = new Lexicon();
  const list = 'The agency said the average flat price was £1,920 in France; £1,395 in Spain; £1,165 in Italy, and £1,113 in the Netherlands.';
  it('frames: each item measures what the first measures, and is its place\'s', () => {
    for (const [fig, place] of [['£1,395', ['spain']], ['£1,165', ['italy']], ['£1,113', ['netherlands']]] as const) {
      const fr = frameIn(lex, list, fig);
      assert.deepEqual(fr.metric, frameIn(lex, list, '£1,920').metric, fig);
      assert.deepEqual(fr.placeAfter, place, fig);
    }
    const rates = 'The jobless rate fell to 4.1%, compared with 11.2% in Germany, 9.4% in Spain and 8.7% in France.';
    assert.deepEqual(frameIn(lex, rates, '8.7%').metric, frameIn(lex, rates, '11.2%').metric);
  });

  it('frames: not an item of another kind, nor one placed otherwise, nor one with a metric of its own', () => {
    assert.deepEqual(frameIn(lex, 'Flat prices were £1,920 in France; 12% in Spain.', '12%').metric, []);
    assert.deepEqual(frameIn(lex, 'Flat prices were £1,920 in France; £1,395 for Spain.', '£1,395').metric, []);
    assert.deepEqual(frameIn(lex, 'Flat prices were £1,920 in France, and £1,395 of loans in Spain.', '£1,395').metric.slice(0, 1), ['loan']);
  });

  it('a place given another place\'s value of the list is contradicted by its own', () => {
    const files = { 'flats.txt': `Flat prices\n\n${list}\n` };
    const r = resultOf(checkAgainst(files, "Italy's average flat price stood at £1,113 [@flats].\n"), '£1,113');
    assert.equal(r.verdict, 'contradicted');
    assert.equal(r.evidence[0].figure?.text, '£1,165');
    assert.equal(verdictOf(checkAgainst(files, "Italy's average flat price stood at £1,165 [@flats].\n"), '£1,165'), 'supported');
  });
});

describe('reading families (session 14): a part set apart with "alone"', () => {
  const lex = new Lexicon();
  it('frames: the word before "alone" is held apart, and "alone" is no metric', () => {
    const rows: [string, string, string | undefined][] = [
      ['Northbank alone is valued at £41bn.', '£41bn', 'northbank'],
      ['Applications from Wales alone went up by 12%.', '12%', 'wales'],
      ['Labour alone received about £9m of the gifts.', '£9m', 'labour'],
      // (after a verb "alone" is how someone felt, not a part)
      ['Some 40% said they felt alone in 2004.', '2004', undefined],
      ['Northbank is valued at £41bn.', '£41bn', undefined],
    ];
    for (const [sentence, figure, holder] of rows) {
      const fr = frameIn(lex, sentence, figure);
      assert.equal(fr.alone, holder, sentence);
      if (holder) assert.ok(!fr.metric.includes('alone'), sentence);
    }
  });

  const files: Record<string, string> = {
    'merger.txt': 'Bank merger\n\nA tie-up between Northbank and Westfield Savings would create a lender valued at £41bn.\n',
    'bank.txt': 'Northbank\n\nNorthbank is valued at £41bn after a strong year.\n',
    'applications.txt': 'Applications\n\nApplications from England and Wales rose by 12% on the year before.\n',
  };
  const check = (note: string) => checkAgainst(files, note);

  it('a whole the part belongs to does not support it', () => {
    assert.equal(verdictOf(checkAgainst({ 'merger.txt': files['merger.txt'] }, 'Northbank alone is valued at £41bn [@merger].\n'), '£41bn'), 'unverified');
    // (with the part's own source in the workspace, that is the source to cite)
    const ws = resultOf(check('Northbank alone is valued at £41bn [@merger].\n'), '£41bn');
    assert.equal(ws.wrongSource?.source.path, '/ws/sources/bank.txt');
    assert.equal(verdictOf(check('Applications from Wales alone went up by 12% [@applications].\n'), '12%'), 'unverified');
  });

  it('…the part itself does, and a note without "alone" is read as before', () => {
    assert.equal(verdictOf(check('Northbank alone is valued at £41bn [@bank].\n'), '£41bn'), 'supported');
    assert.equal(verdictOf(check('Applications from England and Wales went up by 12% [@applications].\n'), '12%'), 'supported');
  });
});

describe('reading families (session 14): "second" and "third" as places in a series', () => {
  const ordinals = (t: string) => extractFigures(t).filter((f) => f.kind === 'ordinal').map((f) => `${f.text}=${f.value}`);
  it('read before a superlative, a run word, or after a possessive before a noun', () => {
    const rows: [string, string[]][] = [
      ['Ostland is the third most visited country in the region.', ['third=3']],
      ['It was the second largest fall on record.', ['second=2']],
      ['It was only her third competitive outing of the season.', ['third=3']],
      ['The band were heading for a third consecutive number one.', ['third=3']],
      ['He won his second straight title.', ['second=2']],
      // a part, a fraction, a unit of time, an idiom: no place in a series
      ['They played better in their second half.', []],
      ['In its third quarter profits rose.', []],
      ['Sales fell by a third.', []],
      ['It was the second time this year.', []],
      ['A third party was involved.', []],
    ];
    for (const [t, want] of rows) assert.deepEqual(ordinals(t), want, t);
  });

  it('a place in a series misquoted is contradicted by the source\'s', () => {
    const files = { 'race.txt': 'Indoor meeting\n\nThe meeting in Northgate was only her second competitive outing of the season.\n' };
    const r = resultOf(checkAgainst(files, 'Northgate was her third competitive outing of the season [@race].\n'), 'third');
    assert.equal(r.verdict, 'contradicted');
    assert.equal(r.evidence[0].figure?.text, 'second');
  });
});

describe('reading families (session 14): a date is a point in time, never a rate', () => {
  it('frames: no per-unit on a date, whatever "annual" stands near it', () => {
    const lex = new Lexicon();
    assert.equal(frameIn(lex, 'The annual figure was the best year since 2000.', '2000').per, undefined);
    assert.equal(frameIn(lex, 'Exports grew 4% a year since 2000.', '4%').per, 'year');
  });
});

describe('reading families (session 14): a change given in another unit', () => {
  const files: Record<string, string> = {
    'copper.txt': "Copper\n\nOstland's copper production is expected to rise 3.5% in 2005 to 5.5 million tonnes, the agency said.\n",
    'phones.txt': 'Phones\n\nIn October, mobile phone users in Ostland grew by 1.4 million to 44.9 million.\n',
  };
  const check = (note: string) => checkAgainst(files, note);

  it('the same number, a percentage against an amount, is contradicted — with no value to offer', () => {
    const r = resultOf(check("Ostland's copper production should rise by 3.5 million tonnes in 2005 [@copper].\n"), '3.5 million');
    assert.equal(r.verdict, 'contradicted');
    assert.equal(r.evidence[0].figure?.text, '3.5%');
    assert.equal(r.fixes.length, 0);
    const p = resultOf(check('Mobile phone users in Ostland grew by 1.4% in October [@phones].\n'), '1.4%');
    assert.equal(p.verdict, 'contradicted');
    assert.equal(p.evidence[0].figure?.text, '1.4 million');
    const d = check('Mobile phone users in Ostland grew by 1.4% in October [@phones].\n').diagnostics.find((x) => x.code === 'figure-mismatch');
    assert.match(d?.message ?? '', /says 1\.4 million/);
  });

  it('not the note\'s own unit, not another month, not a level, not uncited', () => {
    assert.equal(verdictOf(check("Ostland's copper production should rise by 3.5% in 2005 [@copper].\n"), '3.5%'), 'supported');
    assert.equal(verdictOf(check('Mobile phone users in Ostland grew by 1.4% in November [@phones].\n'), '1.4%'), 'unverified');
    assert.equal(verdictOf(check('Mobile phone users in Ostland reached 1.4% of the market in October [@phones].\n'), '1.4%'), 'unverified');
    assert.equal(verdictOf(check("Ostland's copper production should rise by 3.5 million tonnes in 2005.\n"), '3.5 million'), 'unverified');
  });
});

describe('reading families (session 14): a four-letter adverb in "-ly" names nothing measured', () => {
  it('"duly set at 5%" is the rate\'s, as "swiftly set at 5%" is (found by helper M in seed 9)', () => {
    const files = { 'rates.txt': 'Rates\n\nThe interest rate was set at 6% in May.\n' };
    assert.equal(verdictOf(checkAgainst(files, 'The interest rate was duly set at 5% in May [@rates].\n'), '5%'), 'contradicted');
    assert.equal(verdictOf(checkAgainst(files, 'The interest rate was swiftly set at 5% in May [@rates].\n'), '5%'), 'contradicted');
    assert.ok(!frameIn(new Lexicon(), 'The interest rate was duly set at 5% in May.', '5%').metric.includes('duly'));
  });
});
