// Reading families of session 43 (issue 9), found on bbc-29 and bbc-30 once they became development
// notes: a day of a month read as a date. Every sentence and every name here is written for the test.
import * as assert from 'node:assert/strict';
import { extractFigures } from '../../server/src/engine/figures';
import { type ClaimFrame } from '../../server/src/engine/frames/frame';
import { Lexicon } from '../../server/src/engine/frames/lexicon';
import { frameIn } from '../helpers/frameReads';
import { conversionOf, isConversion } from '../../server/src/engine/figures/conversions';
import { checkAgainst, judgedTitled, resultOf } from './check-helpers';

const lex = new Lexicon();
const frameOf = (sentence: string, figure: string): ClaimFrame => frameIn(lex, sentence, figure);

describe('reading families (session 43): a day of a month is a date', () => {
  it('"on 16 February", "from 22 January", "until 9 January" are dates of a day, with their prepositions', () => {
    for (const [s, f, prep] of [
      ['Dunmore will open the fair in person on 16 February.', '16 February', 'on'],
      ['The handset is available from 22 January.', '22 January', 'from'],
      ['The exhibition ran until 9 January.', '9 January', 'until'],
    ]) {
      const fr = frameOf(s, f);
      assert.deepEqual([fr.role, fr.calendarDay, fr.prep], ['date', true, prep], s);
    }
  });
  it('a year stays a date of no day', () => {
    assert.equal(frameOf('The firm was founded in 1998.', '1998').calendarDay, undefined);
  });
  it('the note\'s day of an occasion is contradicted by the source\'s day of it, and supported by the same day', () => {
    const S = 'The final of the first series will take place on 11 December at the Orrin Hall.';
    assert.equal(judgedTitled('Talent show returns', S, 'This year\'s final is due on 18 December.', '18 December'), 'contradicted 11 December');
    assert.equal(judgedTitled('Talent show returns', S, 'The final is due on 11 December.', '11 December'), 'supported 11 December');
  });
  it('what starts on a day happens on it: "goes on sale on 12 January" against "available from 22 January"', () => {
    const S = 'The Pellow X2 handset will be available in shops from 22 January, priced at £199.';
    assert.equal(judgedTitled('New handset', S, 'The Pellow X2 handset goes on sale on 12 January.', '12 January'), 'contradicted 22 January');
  });
  it('a year in force from a date is still no year of its introduction', () => {
    const S = 'The Hallam levy, in force from 2005, raised £3m in its first year.';
    assert.notEqual(judgedTitled('Levy', S, 'The Hallam levy was introduced in 2003.', '2003').split(' ')[0], 'contradicted');
  });
  it('"until" and "to" both end a stretch: "ran until 9 January" is supported by "ran from 3 to 9 January"', () => {
    const S = 'The Tamsin Reel exhibition ran from 3 to 9 January at the Corven gallery.';
    assert.equal(judgedTitled('Gallery', S, 'The Tamsin Reel exhibition ran until 9 January.', '9 January'), 'supported 9 January');
  });
});

describe('reading families (session 43): an idiom is no phrasal event', () => {
  it('"take part in strikes on 23 March" dates no one taken in as a member', () => {
    assert.equal(frameOf('Up to 90,000 nurses could take part in strikes planned for 23 March.', '23 March').event, undefined);
    assert.equal(frameOf('The club took Varga in as a member on 3 May.', '3 May').event, 'inducted');
  });
  it('the day of strikes that staff join is supported by the day of strikes they take part in', () => {
    const S = 'Up to 90,000 nurses could take part in strikes earmarked for 23 March.';
    assert.equal(judgedTitled('Nurses', S, 'Up to 90,000 nurses could join strikes planned for 23 March.', '23 March'), 'supported 23 March');
  });
});

describe('reading families (session 43): what a day is of', () => {
  it('a day that is "due" or "scheduled" dates the thing named before, not "due"', () => {
    assert.deepEqual(frameOf('This year\'s final is due on 18 December.', '18 December').metric, ['final']);
    assert.deepEqual(frameOf('The ballot is scheduled for 4 March.', '4 March').metric, ['ballot']);
  });
  it('a day of a thing the source names as a name ("a General Election") is the note\'s day of it in plain words', () => {
    const S = 'All the parties are campaigning ahead of a General Election widely expected to be held on 5 May.';
    assert.equal(judgedTitled('Campaign', S, 'The general election is widely expected on 5 May.', '5 May'), 'supported 5 May');
    assert.equal(judgedTitled('Campaign', S, 'The general election is widely expected on 12 May.', '12 May'), 'contradicted 5 May');
  });
  it('a festival\'s line-up is its programme', () => {
    assert.equal(lex.concept('line-up'), lex.concept('programme'));
    const S = 'Dunmore will attend the festival to open the screening on 16 February. The full programme will be announced on 1 February.';
    assert.equal(judgedTitled('Festival', S, 'The full festival line-up will be announced on 1 March.', '1 March'), 'contradicted 1 February');
  });
});

describe('reading families (session 43): of a list\'s values aligned alike, the one of the note\'s name', () => {
  it('"face Ireland on 19 March" is contradicted by the list\'s date of Ireland, not the first of the list', () => {
    const S = 'France take on Wales at the Stade de France on 26 February and Ireland in Dublin on 12 March.';
    assert.equal(judgedTitled('Fixtures', S, 'They then travel to Dublin to face Ireland on 19 March.', '19 March'), 'contradicted 12 March');
  });
});

describe('reading families (session 43): whose a value is, by the name it is apposed to', () => {
  const S = 'A Boston court ruled that former customs officer Peter Mallin, 44, passed tip-offs to trader Oren Vasko, 39.';
  it('an age apposed to the note\'s name is contradicted by that name\'s age, not supported by another\'s in the same sentence', () => {
    assert.equal(judgedTitled('Officer convicted', S, 'A Boston jury convicted former customs officer Peter Mallin, 39, of fraud.', '39'), 'contradicted 44');
    assert.equal(judgedTitled('Officer convicted', S, 'A Boston jury convicted former customs officer Peter Mallin, 44, of fraud.', '44'), 'supported 44');
  });
});

describe('reading families (session 43): a year of a named thing', () => {
  it('"the 1985 Hillsborough disaster" dates what the names after it name', () => {
    assert.deepEqual(frameOf('He blamed fans for the 1985 Hillsborough disaster.', '1985').datedNames, ['hillsborough']);
    assert.equal(frameOf('He blamed fans for the disaster in 1985.', '1985').datedNames, undefined);
  });
  it('is contradicted by the same named thing\'s year, whoever else each sentence names', () => {
    const S = 'The paper also blamed drunken Tarrow supporters for the 1989 Kelsey Park disaster.';
    assert.equal(judgedTitled('Apology', S, 'Mayor Quint apologised for an editorial that blamed fans for the 1985 Kelsey Park disaster.', '1985'), 'contradicted 1989');
  });
});

describe('reading families (session 43): a number word before a hyphen counts the noun after it', () => {
  const figures = (s: string) => extractFigures(s).map((f) => `${f.text} ${f.kind} ${f.value}`);
  it('"a three-judge panel", "a four-Test series", "a three-time champion", "a one-year contract"', () => {
    assert.deepEqual(figures('A three-judge panel heard the case.'), ['three-judge count 3']);
    assert.deepEqual(figures('The Lions face a four-Test series.'), ['four-Test count 4']);
    assert.deepEqual(figures('Maris is a three-time world champion.'), ['three-time count 3']);
    assert.deepEqual(figures('He signed a one-year contract.'), ['one-year duration 1']);
  });
  it('not an idiom, a name, a share or a kind: "a two-way radio", "a one-off", "one-day", "Four-Kings", "two-thirds", "a five-style"', () => {
    assert.deepEqual(figures('They used a two-way radio.'), []);
    assert.deepEqual(figures('It was a one-off payment after a one-day match.'), []);
    assert.deepEqual(figures('Four-Kings signed a striker.'), []);
    assert.deepEqual(figures('He made a three-pronged attack in a five-style show.'), []);
    assert.deepEqual(figures('A two-thirds majority.'), ['two-thirds percent 66.67']);
  });
  it('the note\'s count is judged as a digit count is', () => {
    const S = 'He was given a three-game ban by the league after the foul.';
    assert.equal(judgedTitled('Ban', S, 'The foul earned him a three-game ban.', 'three-game'), 'supported three-game');
    assert.equal(judgedTitled('Ban', S, 'He was given a five-game ban by the league for the foul.', 'five-game'), 'contradicted three-game');
  });
});

describe('reading families (session 43): a conversion is judged by the source\'s conversion of the same sum', () => {
  it('two conversions in one bracket each restate the sum: "417m yuan ($50.4m; £26m)"', () => {
    const text = 'They used 417m yuan ($50.4m; £26m) of company funds; $5m; £3m went elsewhere.';
    const figs = extractFigures(text);
    const at = (t: string) => figs.find((f) => f.text === t)!;
    assert.ok(isConversion(text, at('$50.4m'), at('£26m')));
    assert.equal(conversionOf(text, figs, at('417m yuan'), 'GBP')?.text, '£26m');
    assert.ok(!isConversion(text, at('$5m'), at('£3m')));
  });
  it('"$50.4m, or £62m" against "($50.4m; £26m)" is contradicted by £26m', () => {
    const S = 'Managers are suspected of wrongly using 417m yuan ($50.4m; £26m) of company funds.';
    assert.equal(judgedTitled('Funds', S, 'Managers are suspected of misusing funds worth about $50.4m, or £62m.', '£62m'), 'contradicted £26m');
  });
  it('a sentence opening "In sterling" restates the sum of its paragraph\'s sentence before', () => {
    const files = { 'ipo.txt': 'Listing\n\nHallam Bio hopes to raise more than 70m euros ($91m; £49m) on the stock market.\n' };
    const note = '# Notes\n\nHallam Bio hopes to raise more than 70m euros [@ipo]. Trading is due in May. In sterling the offering is worth about £94m [@ipo].\n';
    const r = resultOf(checkAgainst(files, note), '£94m');
    assert.deepEqual([r.verdict, r.evidence[0]?.figure?.text], ['contradicted', '£49m']);
    const right = resultOf(checkAgainst(files, note.replace('£94m', '£49m')), '£49m');
    assert.equal(right.verdict, 'supported');
  });
});

describe('reading families (session 43): a span of time that ends now is a date in disguise', () => {
  it('"founded 40 years ago" carries its event and verb; "began 50 years ago but … opened" the nearest verb\'s', () => {
    const fr = frameOf('The Corvel Theatre was founded 40 years ago.', '40 years');
    assert.deepEqual([fr.ago, fr.event], [true, 'origin']);
    assert.equal(frameOf('The Corvel began 50 years ago but the doors opened in 1979.', '50 years').dateVerb, undefined);
  });
  it('of the note\'s named subject, neither side naming another event, the span is contradicted by the source\'s', () => {
    const S = 'The Corvel began 50 years ago but the doors opened at its present site in 1979.';
    assert.equal(judgedTitled('Theatre', S, 'The Corvel was founded 40 years ago.', '40 years'), 'contradicted 50 years');
    const T = '"With the Treaty of Rovan seven years ago, we secured the right to opt out," he said.';
    assert.equal(judgedTitled('Treaty', T, 'He said the Treaty of Rovan, signed five years ago, gave the right to opt out.', 'five years'), 'contradicted seven years');
  });
  it('not a span of another event of the same subject ("joined … ago" / "left … ago")', () => {
    const S = 'Mara Quell left the Tarrow band two years ago to record alone.';
    assert.notEqual(judgedTitled('Singer', S, 'Mara Quell joined the Tarrow band ten years ago.', 'ten years').split(' ')[0], 'contradicted');
  });
});

describe('reading families (session 43): a particle set apart from its verb ends its phrase', () => {
  it('"took Clark in as a member" is an induction; "took the seat in a by-election" is not', () => {
    assert.equal(frameOf('The club took Clark in as a member in 1994.', '1994').event, 'inducted');
    assert.equal(frameOf('Tomas Rynne took the seat in a by-election in 2003.', '2003').event, undefined);
  });
});

describe('reading families (session 43): a day "around" a day names that day', () => {
  it('"around 6 May" is contradicted by "around 5 May", and supported by it on the same day', () => {
    const S = 'The mock votes will take place around 5 May, widely expected to be the date of the general election.';
    assert.equal(judgedTitled('Mock vote', S, 'The mock votes will take place around 6 May.', '6 May'), 'contradicted 5 May');
    assert.equal(judgedTitled('Mock vote', S, 'The mock votes will take place around 5 May.', '5 May'), 'supported 5 May');
  });
});
