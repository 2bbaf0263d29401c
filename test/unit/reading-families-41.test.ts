// Reading families of session 41 (issue 9), found on bbc-25 and bbc-26 once they became development
// notes. Every sentence and every name here is written for the test.
import * as assert from 'node:assert/strict';
import { extractFigures } from '../../server/src/engine/figures';
import { type ClaimFrame } from '../../server/src/engine/frames/frame';
import { Lexicon } from '../../server/src/engine/frames/lexicon';
import { frameIn } from '../helpers/frameReads';
import { checkAgainst, judgedTitled, resultOf } from './check-helpers';

const lex = new Lexicon();
const frameOf = (sentence: string, figure: string): ClaimFrame => frameIn(lex, sentence, figure);
const read = (s: string) => extractFigures(s).map((f) => `${f.text}=${f.value}${f.unit ? ' ' + f.unit : ''}`);

describe('reading families (session 41): a scale abbreviation apart from a sum\'s digits ("£35 bn")', () => {
  it('reads "£35 bn", "$2.5 mn", "€4 m" and "16.4 bn rupees" as sums at their scale', () => {
    assert.deepEqual(read('They proposed £35 bn of cuts.'), ['£35 bn=35000000000 GBP']);
    assert.deepEqual(read('It costs $2.5 mn a year.'), ['$2.5 mn=2500000 USD']);
    assert.deepEqual(read('A grant of €4 m was paid.'), ['€4 m=4000000 EUR']);
    assert.deepEqual(read('It hopes to raise 16.4 bn rupees.'), ['16.4 bn rupees=16400000000 INR']);
  });
  it('leaves a bare number, a capital letter and a word that only begins so alone ("ran 5 m", "$5 M&A", "3 bnb")', () => {
    assert.deepEqual(read('She ran 5 m in the pool.'), ['5=5']);
    assert.deepEqual(read('They paid $5 M&A fees.'), ['$5=5 USD']);
    assert.deepEqual(read('They paid $5 Mn in fees.'), ['$5=5 USD']);
  });
  it('a note\'s "£35bn" is supported by the source\'s "£35 bn", not contradicted by a £35 sum', () => {
    const S = 'The Tolmere party says its rival plans £35 bn cuts in public services. The rival denies it.';
    assert.equal(judgedTitled('Cuts row', S, 'Tolmere accused its rival of planning £35bn of cuts in public services.', '£35bn'), 'supported £35 bn');
  });
});

describe('reading families (session 41): a sum made of changes, a price after a session\'s end, barrels a day as "bpd"', () => {
  it('"£35bn of cuts in public services" is a change of public services, as "£35bn cuts in public services" is', () => {
    const a = frameOf('The rival plans £35bn cuts in public services.', '£35bn');
    const b = frameOf('The rival plans £35bn of cuts in public services.', '£35bn');
    assert.deepEqual([b.role, b.direction, b.metric[0]], [a.role, a.direction, a.metric[0]]);
    assert.deepEqual([b.role, b.direction], ['change', 'down']);
    assert.equal(frameOf('It announced £2bn of tax rises.', '£2bn').direction, 'up');
  });
  it('a part of the changes is no change ("20% of cuts"), nor a sum of a thing merely described ("£2bn of cut-price bonds")', () => {
    assert.notEqual(frameOf('About 20% of cuts fall on schools.', '20%').role, 'change');
    assert.notEqual(frameOf('It sold £2bn of cut-price bonds.', '£2bn').role, 'change');
  });
  it('"closed up $2.80", "ended down 32 cents": the price moved over the session; "closed down 40 stores" counts stores', () => {
    assert.deepEqual([frameOf('Brent crude closed up $2.80 at $51.15.', '$2.80').role, frameOf('Brent crude closed up $2.80 at $51.15.', '$2.80').direction], ['change', 'up']);
    assert.equal(frameOf('Shares in Orlen ended down 32 cents at $4.10.', '32 cents').direction, 'down');
    assert.equal(frameOf('Shares in Orlen ended down 32 cents at $4.10.', '$4.10').role, 'level');
    assert.notEqual(frameOf('The chain closed down 40 stores.', '40').role, 'change');
  });
  it('"474,000 bpd" counts barrels per day, as "474,000 barrels a day" does', () => {
    const a = frameOf('Output reached 474,000 bpd in 1973.', '474,000');
    const b = frameOf('Output reached 474,000 barrels a day in 1973.', '474,000');
    assert.deepEqual([a.metric[0], a.per], [b.metric[0], b.per]);
    assert.equal(a.per, 'day');
  });
  it('the other side of a comparison is where a change came from ("compared with 474,000 bpd", "That compares with …")', () => {
    assert.equal(frameOf('Demand jumped to 2.4 million bpd, compared with 474,000 bpd in 1973.', '474,000').end, 'from');
    assert.equal(frameOf('Demand jumped to 2.4 million bpd, compared with 474,000 bpd in 1973.', '2.4 million').end, 'to');
    assert.equal(frameOf('That compares with 474,000 barrels a day in 1983.', '474,000').end, 'from');
    assert.equal(frameOf('Profits were £5m compared with a rival\'s £4m.', '£4m').end, undefined);
  });
  it('a past base is not contradicted by the value the change reached', () => {
    const S = 'Kestria oil use has jumped to 2.4 million barrels per day, compared with 474,000 bpd in 1973.';
    assert.notEqual(judgedTitled('Kestria oil', S, 'Kestria oil use compares with 474,000 barrels a day in 1973.', '474,000').split(' ')[0], 'contradicted');
    assert.equal(judgedTitled('Kestria oil', S, 'Kestria oil use has jumped to 2.1 million barrels a day.', '2.1 million'), 'contradicted 2.4 million');
  });
});

describe('reading families (session 41): a sum "in" changes, a reporting body, "alone" inside a closed clause', () => {
  it('"£4bn in tax cuts" is a change of tax, as "£4bn of tax cuts" is; "£40m in sales" stays a level', () => {
    const a = frameOf('The party would allow £4bn in tax cuts.', '£4bn');
    assert.deepEqual([a.role, a.direction, a.metric[0]], ['change', 'down', 'tax']);
    assert.equal(frameOf('The chain made £40m in sales.', '£40m').role, 'level');
    const S = 'The Tolmere party would cut £35bn in wasteful spending to allow £4bn in tax cuts.';
    assert.equal(judgedTitled('Tax plans', S, 'Tolmere says the savings would pay for £8bn of tax cuts.', '£8bn'), 'contradicted £4bn');
  });
  it('a statistics institute saying a figure opens the sentence as its speaker, not its subject; a firm saying its sales stays their subject', () => {
    const a = frameOf('The National Statistics Institute (Ensi) added that consumer spending rose 3.8% in January.', '3.8%');
    assert.deepEqual(a.speakers, ['national', 'statistics', 'institute', 'ensi']);
    assert.deepEqual(a.subject, []);
    assert.deepEqual(frameOf('The Bureau of Farm Statistics said that wheat output fell 4%.', '4%').subject, []);
    assert.deepEqual(frameOf('Tolmart said that sales rose 3%.', '3%').subject, ['tolmart']);
  });
  it('the institute\'s figure supports the note\'s, the country\'s other figure no longer outranking it', () => {
    const S = 'Vardian consumers increased their spending by 1.5% in January. The National Statistics Institute (Ensi) added that consumer spending in January rose 3.8% on a year-on-year basis.';
    assert.equal(judgedTitled('Vardia spending', S, 'Vardian consumer spending was 3.8% higher than a year earlier.', '3.8%'), 'supported 3.8%');
  });
  it('"alone" inside a clause a comma and a verb close is not the next clause\'s part ("sold 8m in the US alone, is in the running for eight awards")', () => {
    const S = 'The singer, whose album has sold close to eight million copies in the US alone, is in the running for eight Lumen Awards.';
    assert.equal(frameOf(S, 'eight').alone, undefined);
    assert.equal(frameOf('In the US alone, 5 million copies were sold.', '5 million').alone, 'us');
    assert.equal(judgedTitled('Singer shortlisted', S, 'The singer is in the running for six Lumen Awards.', 'six'), 'contradicted eight');
  });
});

describe('reading families (session 41): a sharper contradiction than an exact value of a metric met less well', () => {
  const S = 'Tolvision, which is owned by the nation\'s 349 public television stations, is bold. Its chief said Tolvision could deter many of its 170 individual stations from showing the uncut drama.';
  it('"349 individual stations" is contradicted by "its 170 individual stations", not supported by "349 public television stations"', () => {
    assert.equal(judgedTitled('Network drama', S, 'Airing the uncut drama could deter many of Tolvision\'s 349 individual stations.', '349'), 'contradicted 170');
  });
  it('the exact value of the very metric still supports', () => {
    assert.equal(judgedTitled('Network drama', S, 'Tolvision is owned by 349 public television stations.', '349'), 'supported 349');
  });
});

describe('reading families (session 41): "following" a change, a date after "after", whom a giver gives it, "also"', () => {
  it('"following a fall of 0.6% in December" measures what the change before it measures, not "following"', () => {
    const f = frameOf('Car sales fell 2.8% in January, following a fall of 0.6% in December.', '0.6%');
    assert.deepEqual([f.metric[0], f.direction, f.period.month], ['revenue', 'down', 12]);
  });
  it('the event "after" brings is dated by its own date: "fell 2.8% in January after a 0.6% rise in December"', () => {
    assert.equal(frameOf('Car purchases fell 2.8% in January after a 0.6% rise in December.', '0.6%').period.month, 12);
    assert.equal(frameOf('Car purchases fell 2.8% in January after a 0.6% rise in December.', '2.8%').period.month, 1);
    assert.equal(frameOf('Prices fell 2% in May after a slump.', '2%').period.month, 5);
  });
  it('the note\'s December rise is contradicted by the source\'s December fall', () => {
    const S = 'Car sales in Vardia fell 2.8% in January, following a fall of 0.6% in December.';
    assert.equal(judgedTitled('Vardia car sales', S, 'Vardian car sales fell 2.8% in January after a 0.6% rise in December.', '0.6%'), 'contradicted 0.6%');
  });
  it('whom a giver nobody names gives it is no subject ("it will supply Ostria with …"); named givers keep both; a share given is the receiver\'s', () => {
    assert.deepEqual(frameOf('Under the deal, it will supply Ostria with 7.5 million tonnes of gas a year.', '7.5 million').subject, []);
    assert.deepEqual(frameOf('Under the deal, they will pay Fiat 1.55bn euros.', '1.55bn euros').subject, []);
    assert.ok(frameOf('Tolmart is to pay Fiat 1.55bn euros.', '1.55bn euros').subject.includes('fiat'));
    assert.deepEqual(frameOf('The deal will give Ostria 20% of the market.', '20%').subject, ['ostria']);
  });
  it('the giver\'s figure supports the note that names the giver; another receiver is still another claim', () => {
    const S = 'Vardia and Ostria signed a gas deal. Under the deal, it will supply Ostria with 7.5 million tonnes of gas a year.';
    assert.equal(judgedTitled('Gas deal', S, 'Vardia will supply 7.5 million tonnes of gas a year.', '7.5 million'), 'supported 7.5 million');
    const S2 = 'Tolmart has struck a deal to supply Peugeot with 30,000 cars.';
    assert.notEqual(judgedTitled('Car deal', S2, 'Tolmart will also supply Nissan with 30,000 cars.', '30,000'), 'supported 30,000');
  });
  it('a source\'s "also" may say an addition: the note\'s "another 19,924" is not kept from it', () => {
    assert.equal(frameOf('GM is also recalling 19,924 coupes.', '19,924').also, true);
    assert.equal(frameOf('GM is recalling 19,924 coupes.', '19,924').also, undefined);
    const S = 'GM is recalling 200,000 cars. GM is also recalling 19,924 Tolvan coupes from the 2004 model year.';
    assert.equal(judgedTitled('GM recall', S, 'Another 19,924 Tolvan coupes from the 2004 model year are recalled.', '19,924'), 'supported 19,924');
  });
});

describe('reading families (session 41): a figure glued to a word by a hyphen is a token of its own ("from mid-2006")', () => {
  it('"from mid-2006" dates the clause with its words around it; "mid" is no metric', () => {
    const f = frameOf('Users must prove their copy is genuine from mid-2006.', '2006');
    assert.ok(f.context.has('genuine'));
    assert.ok(!f.metric.includes('mid'));
    assert.equal(f.prep, 'from');
  });
  it('"from mid-2006" is contradicted by the source\'s "from mid-2005" for the same claim', () => {
    const S = 'The scheme means people will have to prove their Tolvex software is genuine from mid-2005.';
    assert.equal(judgedTitled('Tolvex checks', S, 'All users must prove their Tolvex software is genuine from mid-2006.', '2006'), 'contradicted 2005');
    assert.equal(judgedTitled('Tolvex checks', S, 'All users must prove their Tolvex software is genuine from mid-2005.', '2005'), 'supported 2005');
  });
});

describe('reading families (session 41): a date\'s event — a thing ended — and "later" no metric', () => {
  it('"was scrapped in 1984", "was done away with in 1984", "split in 1996", "broke up in 1998" date an end', () => {
    assert.equal(frameOf('The Tolmere Cup was scrapped in 1984.', '1984').event, 'ended');
    assert.equal(frameOf('The Tolmere Cup was done away with in 1984.', '1984').event, 'ended');
    assert.equal(frameOf('The band played on until they split in 1996.', '1996').event, 'ended');
    assert.equal(frameOf('The Tolmere Roses broke up in 1998.', '1998').event, 'ended');
    assert.equal(frameOf('The Tolmere Cup was won by Leeds in 1984.', '1984').event, undefined);
  });
  it('a band\'s break-up year is contradicted by the year it split', () => {
    const S = 'Ian Vell sang with the Tolmere Roses, one of the best-loved bands, until they split in 1996.';
    assert.equal(judgedTitled('Singer arrested', S, 'The Tolmere Roses broke up in 1998.', '1998'), 'contradicted 1996');
  });
  it('"she later cleared 4.89 metres" measures the clearing, not "later"', () => {
    assert.deepEqual(frameOf('At Lievin she later cleared 4.89 metres.', '4.89 metres').metric, ['clear']);
  });
});

describe('reading families (session 41): an award\'s category counts awards', () => {
  it('"nominated in four categories" is contradicted by "nominated for three awards"', () => {
    const S = 'Tolmere actor Jamie Vell was nominated for three awards but was beaten to the best actor prize.';
    assert.equal(judgedTitled('Globes night', S, 'Jamie Vell had been nominated in four categories.', 'four'), 'contradicted three');
    assert.equal(judgedTitled('Globes night', S, 'Jamie Vell had been nominated in three categories.', 'three'), 'supported three');
  });
});

describe('reading families (session 41): a sentence naming nobody is sought elsewhere with the names its paragraph gave before', () => {
  const files = (other: string) => ({
    'meet.txt': 'Brandt sets pace in Lisbon\n\nTolvia Brandt won the 1,000m at the Lisbon meet on Sunday. The crowd was small.\n',
    'other.txt': 'Brandt back on track\n\n' + other + '\n',
  });
  const note = '# Notes\n\nTolvia Brandt won the 1,000m at the Lisbon meet [@meet]. Her club now employs 42 coaches [@meet].\n';
  it('the figure stated of the same person in an uncited source names that source', () => {
    const r = resultOf(checkAgainst(files('Tolvia Brandt said her club now employs 42 coaches.'), note), '42');
    assert.equal(r.wrongSource?.source.key, 'other');
  });
  it('not when the other source states it of someone else', () => {
    const r = resultOf(checkAgainst(files('Mira Osk said her club now employs 42 coaches.'), note), '42');
    assert.equal(r.wrongSource, undefined);
  });
  it('not when the names before are only English words or places ("the US")', () => {
    const n2 = '# Notes\n\nUS runners won the 1,000m at the Lisbon meet [@meet]. Their club now employs 42 coaches [@meet].\n';
    const r = resultOf(checkAgainst(files('In the US a running club now employs 42 coaches.'), n2), '42');
    assert.equal(r.wrongSource, undefined);
  });
});
