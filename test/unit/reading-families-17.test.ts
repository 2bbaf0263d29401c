// Reading families of session 17 (issue 9). A source figure whose own clause is about places only
// says nothing of another place the note's figure is about, when neither sentence names the other's
// place (alignment.ts placesApart): "In Norvania, …" against "… in Castelle". Every sentence and every
// place here is written for the test (the places are real countries so that the lexicon knows them).
import * as assert from 'node:assert/strict';
import { extractFigures } from '../../server/src/engine/figures';
import { formatLike } from '../../server/src/engine/figures/render';
import { Lexicon } from '../../server/src/engine/frames/lexicon';
import { frameIn } from '../helpers/frameReads';
import { align } from '../../server/src/engine/check/alignment';
import type { ClaimFrame } from '../../server/src/engine/frames/frame';
import type { FrameSide } from '../../server/src/engine/frames/sourceFrames';
import { checkAgainst, resultOf, verdictOf } from './check-helpers';

describe('reading families (session 17): a figure of another place', () => {
  const FILES: Record<string, string> = {
    'floods.txt': 'Floods across the region\n\nThe floods have hit several countries. In Portugal, where more than 3,400 homes were flooded, the rail network has stopped.\n\nRescue teams from Spain are still working there.\n',
    'ferries.txt': 'Ferry trade\n\nIn Norway, ferries account for about 7% of the country\'s GDP each year, the ministry said.\n\nA new link to Denmark opens in May.\n',
  };
  const check = (note: string) => checkAgainst(FILES, `${note}\n`);

  it('a place the note names against the place of the source figure\'s clause: no support', () => {
    // the same words, the same value, another country (named elsewhere in the source): the source says nothing of Spain's homes
    assert.equal(verdictOf(check('More than 3,400 homes are thought to be flooded in Spain [@floods].'), '3,400'), 'unverified');
    assert.equal(verdictOf(check('In Denmark the ferries\' share of GDP is about 7% each year [@ferries].'), '7%'), 'unverified');
  });

  it('…nor a contradiction: the other place\'s value is no misquote of this one\'s', () => {
    assert.equal(verdictOf(check('In Denmark the ferries\' share of GDP is about 9% each year [@ferries].'), '9%'), 'unverified');
  });

  it('the same place, or a note that names no place, is still supported and contradicted', () => {
    assert.equal(verdictOf(check('More than 3,400 homes are thought to be flooded in Portugal [@floods].'), '3,400'), 'supported');
    assert.equal(verdictOf(check('More than 3,400 homes are thought to be flooded [@floods].'), '3,400'), 'supported');
    assert.equal(verdictOf(check('In Norway the ferries\' share of GDP is about 7% each year [@ferries].'), '7%'), 'supported');
    const r = resultOf(check('In Norway the ferries\' share of GDP is about 9% each year [@ferries].'), '9%');
    assert.equal(r.verdict, 'contradicted');
    assert.equal(r.evidence[0].figure?.text, '7%');
  });

  it('not when the source\'s clause is about an institution whose name holds a place word', () => {
    // ("department" is a place in WordNet: the Department of Transport is no place the UK rivals)
    const files = { 'bikes.txt': 'Bike costs\n\nAn analysis by the Department of Transport has found that each hired bike ends up costing an average of £840 a year.\n' };
    assert.equal(verdictOf(checkAgainst(files, 'Each hired bike is thought to cost an average of £840 a year in the UK [@bikes].\n'), '£840'), 'supported');
  });
});

describe('reading families (session 17): a name and its plural in -es are one name', () => {
  const FILES = { 'zen.txt': 'Console history\n\nThe first Zenboxes went on sale in 2003, after two years of delays at the factory.\n' };
  const check = (note: string) => checkAgainst(FILES, `${note}\n`);

  it('"The Zenbox went on sale in 2003" is supported by "The first Zenboxes went on sale in 2003", and 2004 contradicted', () => {
    assert.equal(verdictOf(check('The Zenbox went on sale in 2003 [@zen].'), '2003'), 'supported');
    assert.equal(verdictOf(check('The Zenbox went on sale in 2004 [@zen].'), '2004'), 'contradicted');
  });

  it('not another name that merely starts alike ("Zenbo" is no plural of "Zenboxes")', () => {
    assert.notEqual(verdictOf(check('The Zenbo went on sale in 2004 [@zen].'), '2004'), 'contradicted');
  });
});

describe('reading families (session 17): "is supposed to", "is set to" make a plan; "scrap" is a cut', () => {
  const lex = new Lexicon();

  it('the mode of a figure after "supposed to" / "set to" and a verb is a plan, not the past', () => {
    assert.equal(frameIn(lex, 'In shops the Gizmo is supposed to sell for £89.99.', '£89.99').period.mode, 'plan');
    assert.equal(frameIn(lex, 'The new bridge is set to cost £35m.', '£35m').period.mode, 'plan');
    // (the figure right after "to" is the level something was set to, in the past)
    assert.equal(frameIn(lex, 'The base rate was set to 5% in 2003.', '5%').period.mode, 'past');
  });

  it('so a plan stated with "should" is supported by the same price "supposed to" be paid', () => {
    const files = { 'gizmo.txt': 'Gizmo shortage\n\nDemand for the Gizmo has outstripped supply. In shops the Gizmo is supposed to sell for £89.99.\n' };
    assert.equal(verdictOf(checkAgainst(files, 'The Gizmo should sell for £89.99 [@gizmo].\n'), '£89.99'), 'supported');
  });

  it('"would scrap 140 boards" is a cut, as "will axe 140 boards" is', () => {
    const fr = frameIn(lex, 'A new government would scrap 140 boards.', '140');
    assert.equal(fr.role, 'change');
    assert.equal(fr.direction, 'down');
    const files = { 'boards.txt': 'Boards to go\n\nThe Greens said a new government will axe 140 boards in its first year.\n' };
    assert.equal(verdictOf(checkAgainst(files, 'The Greens said a new government would scrap 140 boards [@boards].\n'), '140'), 'supported');
  });
});

describe('reading families (session 17): the whole a share is taken of is no contradiction of a smaller count', () => {
  const FILES = { 'claims.txt': 'Claims office\n\nThe regulator said three in ten of the 48,200 claims it received last year concerned faulty boilers.\n' };
  const check = (note: string) => checkAgainst(FILES, `${note}\n`);

  it('"received 14,300 claims about faulty boilers" (three in ten of 48,200, worked out) is not contradicted by the whole', () => {
    assert.notEqual(verdictOf(check('The regulator received 14,300 claims about faulty boilers last year [@claims].'), '14,300'), 'contradicted');
  });

  it('the whole itself misquoted is still contradicted, and a count above the whole too', () => {
    assert.equal(verdictOf(check('The regulator received 42,800 claims last year [@claims].'), '42,800'), 'contradicted');
    assert.equal(verdictOf(check('The regulator received 58,200 claims last year [@claims].'), '58,200'), 'contradicted');
  });
});

describe('reading families (session 17): "begin" and "start" measure one thing', () => {
  it('"The trials begin on 14 May" is supported by "… trials, which start on 14 May"', () => {
    const files = { 'trials.txt': 'Trials ahead\n\nThe coach will not pick his squad until a week before the trials, which start on 14 May.\n' };
    assert.equal(verdictOf(checkAgainst(files, 'The national trials begin on 14 May [@trials].\n'), '14 May'), 'supported');
  });
  it('the lexicon puts them, and "commence", in one class; "end" stays apart', () => {
    const lex = new Lexicon();
    assert.equal(lex.concept('begin'), lex.concept('start'));
    assert.equal(lex.concept('commence'), lex.concept('start'));
    assert.notEqual(lex.concept('end'), lex.concept('start'));
  });
});

describe('reading families (session 17): a contradiction about the note\'s own subject, named in the source figure\'s clause', () => {
  const FILES = { 'bikes.txt': 'Bike survey\n\nThe survey showed that 21% of shoppers asked are keen on electric bikes. The research revealed that Dutch, 44%, and Belgian, 36%, shoppers were most interested in electric bikes.\n' };
  const check = (note: string) => checkAgainst(FILES, `${note}\n`);

  it('stands in fewer of the same words, the metric read apart ("among Belgian shoppers was 44%" / "Belgian, 36%, shoppers")', () => {
    const r = resultOf(check('The interest in electric bikes among Belgian shoppers was 44% [@bikes].'), '44%');
    assert.equal(r.verdict, 'contradicted');
    assert.equal(r.evidence[0].figure?.text, '36%');
  });

  it('not by the figure of another subject\'s clause in the same words ("among Dutch shoppers was 52%" / "Belgian, 36%")', () => {
    assert.notEqual(verdictOf(check('The interest in electric bikes among Dutch shoppers was 52% [@bikes].'), '52%'), 'contradicted');
  });
});

describe('reading families (session 17): a number after a month that counts the plural noun after it is no day', () => {
  const read = (t: string) => extractFigures(t).map((f) => [f.text, f.kind, f.value]);

  it('"In March 21 members …", "In May 12 people …" are counts; "on January 25 the …", "January 25 was …" stay dates', () => {
    const rows: [string, (string | number)[][]][] = [
      ['In March 21 members of the choir were given awards.', [['21', 'count', 21]]],
      ['In May 12 people were hurt in the crush.', [['12', 'count', 12]]],
      ['The deal closed on January 25 and shares rose.', [['January 25', 'date', 125]]],
      ['On January 25 the firm said so.', [['January 25', 'date', 125]]],
      ['In January 25 was the busiest day.', [['January 25', 'date', 125]]],
    ];
    for (const [sentence, figures] of rows) assert.deepEqual(read(sentence), figures, sentence);
  });

  it('so the count is checked against the source\'s', () => {
    const files = { 'choir.txt': 'Choir honours\n\nIn March 25 people who sang with the city choir were given awards for long service.\n' };
    assert.equal(verdictOf(checkAgainst(files, 'In March 25 members of the city choir were given awards [@choir].\n'), '25'), 'supported');
    assert.equal(verdictOf(checkAgainst(files, 'In March 28 members of the city choir were given awards [@choir].\n'), '28'), 'contradicted');
  });
});

describe('reading families (session 17): betting odds are figures of their own', () => {
  const FILES = { 'race.txt': 'Gold Cup betting\n\nBookmakers have cut the odds on the grey. Bramble Lad is now the 5-2 favourite, with Harbour Light in second place at 9/4.\n' };
  const check = (note: string) => checkAgainst(FILES, `${note}\n`);

  it('the same odds of the horse named are supported; other odds of it are contradicted, with the source\'s odds as the fix', () => {
    assert.equal(verdictOf(check('Harbour Light is second favourite at 9/4 [@race].'), '9/4'), 'supported');
    const r = resultOf(check('Harbour Light is second favourite at 11/4 [@race].'), '11/4');
    assert.equal(r.verdict, 'contradicted');
    assert.equal(r.evidence[0].figure?.text, '9/4');
  });

  it('a fix writes the source\'s odds the way the note writes its own ("11/4" → "5/2", "11-4" → "5-2")', () => {
    const [slash] = extractFigures('He is the favourite at 11/4.');
    const [dash] = extractFigures('He is the 11-4 favourite.');
    assert.equal(formatLike(5, 2, slash), '5/2');
    assert.equal(formatLike(5, 2, dash), '5-2');
  });

  it('odds are compared with odds only, never with a score or a date', () => {
    const r = resultOf(check('Bramble Lad won 5-2 [@race].'), '5-2');
    assert.notEqual(r.verdict, 'supported');
  });
});

describe('reading families (session 17): what a source figure is apart from', () => {
  const lex = new Lexicon();
  const side = (over: Partial<ClaimFrame>): FrameSide => ({ frame: { role: 'level', metric: [], counted: 0, subject: [], names: [], namesBefore: 0, context: new Map(), period: {}, ...over }, referable: new Set(), inheritedPeriod: {} });
  const blocked = (n: Partial<ClaimFrame>, s: Partial<ClaimFrame>) => align(side(n), side(s), () => 1, lex).blocked;

  it('a country\'s own against imports is another share, but not the gap between its exports and imports', () => {
    const note = { subject: ['japan'], names: ['japan'], context: new Map([['deficit', 1]]) };
    assert.match(blocked(note, { names: ['japan'], context: new Map([['import', 1]]) }) ?? '', /japan vs import/);
    assert.equal(blocked(note, { names: ['japan'], context: new Map([['import', 1], ['export', 1]]) }), undefined);
  });

  it('a part the source sets apart with "alone" is another quantity, unless the note names that part', () => {
    assert.match(blocked({ metric: ['deficit'] }, { metric: ['deficit'], alone: 'good' }) ?? '', /alone good/);
    assert.equal(blocked({ metric: ['deficit'], context: new Map([['good', 1]]) }, { metric: ['deficit'], alone: 'good' }), undefined);
  });

  it('the dates between "from" and the figure a change started from are that figure\'s ("down from October\'s £3.6bn")', () => {
    assert.equal(frameIn(lex, "The deficit was £3.1bn, down from October's £3.6bn.", '£3.1bn').period.month, undefined);
    assert.equal(frameIn(lex, "The deficit was £3.1bn in November, down from October's £3.6bn.", '£3.1bn').period.month, 11);
    assert.equal(frameIn(lex, "The deficit was £3.1bn, down from October's £3.6bn.", '£3.6bn').period.month, 10);
  });
});

describe('reading families (session 17): "pencilled in", "foresee", "envisage" state an expectation', () => {
  it('the mode of the figure is a plan, as after "expected"', () => {
    const lex = new Lexicon();
    assert.equal(frameIn(lex, 'Analysts had pencilled in a March reading of 47.3.', '47.3').period.mode, 'plan');
    assert.equal(frameIn(lex, 'The board foresees a loss of £12m.', '£12m').period.mode, 'plan');
  });
  it('so it is supported by the same expectation stated with "expected"', () => {
    const files = { 'index.txt': 'Factory index\n\nThe index rose in February. Analysts expected March\'s figure to come in at 47.3.\n' };
    assert.equal(verdictOf(checkAgainst(files, 'Analysts had pencilled in a March index reading of 47.3 [@index].\n'), '47.3'), 'supported');
  });
});

describe('reading families (session 17): "may have", "must have" and a participle guess at the past', () => {
  it('"may have drawn 20,000 people" is what happened, not a plan; "may reach" stays a plan', () => {
    const lex = new Lexicon();
    assert.equal(frameIn(lex, 'The open-air concert may have drawn 20,000 people.', '20,000').period.mode, 'past');
    assert.equal(frameIn(lex, 'Ticket sales may reach 20,000 next year.', '20,000').period.mode, 'plan');
    assert.equal(frameIn(lex, 'The tour could have drawn 20,000 people.', '20,000').period.mode, 'hypothetical');
  });
});

describe('reading families (session 17): three months named as a calendar quarter', () => {
  const lex = new Lexicon();
  it('"the last three months of 2004" is the fourth quarter, "the first three months of" the first, "the three months to September" the third', () => {
    assert.deepEqual([frameIn(lex, 'Acme posted a $41m loss for the last three months of 2004.', '$41m').period.quarter, frameIn(lex, 'Acme posted a $41m loss for the last three months of 2004.', '$41m').period.year], [4, 2004]);
    assert.equal(frameIn(lex, 'Acme made $41m in the first three months of 2005.', '$41m').period.quarter, 1);
    assert.equal(frameIn(lex, 'Profits rose 5% in the three months to September.', '5%').period.quarter, 3);
  });
  it('not "the past three months", which is a stretch, nor three months to a month no quarter ends in', () => {
    assert.equal(frameIn(lex, 'Sales rose 5% over the past three months.', '5%').period.span, '3month');
    assert.equal(frameIn(lex, 'Profits rose 5% in the three months to August.', '5%').period.quarter, undefined);
  });
  it('a sum of money before "loss" is the amount lost, not a change; a share before it is a change', () => {
    assert.equal(frameIn(lex, 'The firm made a £3m loss.', '£3m').role, 'level');
    assert.equal(frameIn(lex, 'Shares suffered a 5% loss.', '5%').role, 'change');
  });
  it('so a fourth-quarter loss is supported by the loss for the last three months of the year', () => {
    const files = { 'acme.txt': 'Acme results\n\nAcme posted a $41.6m loss for the last three months of 2004, against a profit a year earlier.\n' };
    assert.equal(verdictOf(checkAgainst(files, 'Acme lost $41.6m in the fourth quarter of 2004 [@acme].\n'), '$41.6m'), 'supported');
  });
});

describe('reading families (session 17): "the gap between A and B" measures the gap', () => {
  const lex = new Lexicon();
  it('the noun before "between" is what is measured, not the second side', () => {
    assert.equal(frameIn(lex, 'The gap between Norland exports and imports hit a record $41.2bn in 2004.', '$41.2bn').metric[0], lex.concept('deficit'));
    // (no "between": the phrase's own head, as before)
    assert.equal(frameIn(lex, 'Norland imports hit a record $41.2bn in 2004.', '$41.2bn').metric[0], 'import');
  });
  it('so the trade deficit "last year" is supported by the gap "in 2004", the same precise value', () => {
    const files = { 'trade.txt': 'Trade figures\n\nThe gap between Norland exports and imports hit an all-time high of $41.26bn in 2004, figures show.\n' };
    assert.equal(verdictOf(checkAgainst(files, "Norland's trade gap for last year hit a record $41.26bn [@trade].\n"), '$41.26bn'), 'supported');
  });
});

describe('reading families (session 17): a strike is no goal', () => {
  it('"led the works team out on 14 strikes" is not contradicted by "scored 12 goals"', () => {
    const files = { 'hale.txt': 'Works team\n\nTom Hale has had a busy season. He scored 12 goals for the works football team before the summer.\n' };
    assert.notEqual(verdictOf(checkAgainst(files, 'Tom Hale led the works team out on 14 strikes last season [@hale].\n'), '14'), 'contradicted');
    const lex = new Lexicon();
    assert.notEqual(lex.concept('strike'), lex.concept('goal'));
  });
});
