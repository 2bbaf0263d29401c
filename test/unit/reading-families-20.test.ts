// Reading families of session 20 (issue 9). Every sentence and every name here is written for the
// test.
import * as assert from 'node:assert/strict';
import { checkAgainst, resultOf, verdictOf } from './check-helpers';
import { Lexicon } from '../../server/src/engine/frames/lexicon';
import { frameIn } from '../helpers/frameReads';

describe('reading families (session 20): units of time as sports copy abbreviates them', () => {
  const FILES: Record<string, string> = {
    'relay.txt': 'Indoor mile\n\nThe Kenyan runner Peter Omondi won the indoor mile in Glasgow on Saturday. He beat Norway\'s Lars Vik by almost 12secs in a race run at a steady pace.\n\nVik said he would race again in March.\n',
  };
  const check = (note: string) => checkAgainst(FILES, `${note}\n`);

  it('"more than 12 seconds" against "almost 12secs" is contradicted: secs are seconds', () => {
    assert.equal(verdictOf(check('Omondi beat Norway\'s Lars Vik by more than 12 seconds [@relay].'), '12'), 'contradicted');
  });

  it('"almost 12 seconds" against "almost 12secs" is supported', () => {
    assert.equal(verdictOf(check('Omondi beat Norway\'s Lars Vik by almost 12 seconds [@relay].'), '12'), 'supported');
  });
});

describe('reading families (session 20): the very value for another stretch of the year', () => {
  const FILES: Record<string, string> = {
    'kestrel.txt':
      'Kestrel Aviation results\n\nKestrel Aviation said costs of ending its cargo line had hit earnings. Net profit was $214m in the quarter, compared with $1.37bn in the same period a year earlier.\n\nFull-year revenue at Kestrel Aviation was $52.3bn.\n\nIts exports came to $8.42bn in December, taking the annual total up 12%. Kestrel Aviation made a profit of $200m in the quarter.\n',
  };
  const check = (note: string) => checkAgainst(FILES, `${note}\n`);
  const finding = (r: ReturnType<typeof check>, text: string) => {
    const f = resultOf(r, text).figure;
    return r.diagnostics.find((d) => d.start === f.start && d.end === f.end);
  };

  it("a quarter's profit quoted as the full year's is contradicted, the stretch named, no value offered in its place", () => {
    const r = check("Kestrel Aviation's full-year net profit was $214m [@kestrel].");
    assert.equal(verdictOf(r, '$214m'), 'contradicted');
    assert.match(finding(r, '$214m')?.message ?? '', /\$214m, for the full year; .*\$214m, for a quarter/);
    assert.deepEqual(resultOf(r, '$214m').fixes, []);
  });

  it("…and the full year's revenue quoted as a quarter's", () => {
    assert.equal(verdictOf(check("Kestrel Aviation's revenue in the quarter was $52.3bn [@kestrel]."), '$52.3bn'), 'contradicted');
  });

  it('the same stretch is supported as before', () => {
    assert.equal(verdictOf(check("Kestrel Aviation's net profit in the quarter was $214m [@kestrel]."), '$214m'), 'supported');
  });

  it("not a source figure read as both a month's and the year's, nor a round value that recurs by chance", () => {
    assert.notEqual(verdictOf(check("Kestrel Aviation's December exports alone came to $8.42bn [@kestrel]."), '$8.42bn'), 'contradicted');
    assert.notEqual(verdictOf(check("Kestrel Aviation's full-year profit was $200m [@kestrel]."), '$200m'), 'contradicted');
  });
});

describe('reading families (session 20): a year dating a value stated for another year, beside a value its own year dates', () => {
  const FILES: Record<string, string> = {
    'trade.txt': "Trade figures\n\nThe US's overall trade surplus with Norway was $86.7bn in 2003, and is expected to rise to about $95bn for 2004.\n",
    'output.txt': 'Mill output\n\nThe mill rolled 48,250 tonnes in 2004, up from 41,370 the previous year.\n',
  };
  const check = (note: string) => checkAgainst(FILES, `${note}\n`);
  const lex = new Lexicon();

  it('"the US\'s" names the US, as "the US" does', () => {
    assert.ok(frameIn(lex, "The US's overall trade surplus with Norway was $86.7bn in 2003.", '$86.7bn').names.includes('us'));
  });

  it("the note's year is contradicted by the source's and its value supported there, the other value being 2004's", () => {
    const r = check('In 2002 the US trade surplus with Norway stood at $86.7bn [@trade].');
    assert.equal(verdictOf(r, '2002'), 'contradicted');
    assert.equal(verdictOf(r, '$86.7bn'), 'supported');
  });

  it('not when the other value beside it is the year before\'s, which the note\'s year may be dating', () => {
    const r = check('In 2003 the mill rolled 48,250 tonnes [@output].');
    assert.notEqual(verdictOf(r, '2003'), 'contradicted');
  });
});

describe('reading families (session 20): a model named by its maker and a number names the maker', () => {
  const FILES: Record<string, string> = {
    'machines.txt': 'Faster machines\n\nThe first Talon-1 machine was installed at a lab in Utah in 1981. The Orion machine that will be finished next year will be six million times faster.\n',
  };
  const check = (note: string) => checkAgainst(FILES, `${note}\n`);

  it('"than the first Talon machine" is within reach of "the first Talon-1": six billion times is contradicted', () => {
    assert.equal(verdictOf(check('The finished Orion will be six billion times faster than the first Talon machine [@machines].'), 'six billion times'), 'contradicted');
  });
});

describe('reading families (session 20): hyphens typed for a dash set an aside apart', () => {
  const FILES: Record<string, string> = {
    'lending.txt': 'Lending slows\n\nThe value of building society approvals -- loans agreed but not yet paid out -- stood 41% lower than at the same time last year.\n',
  };
  const lex = new Lexicon();

  it('what "-- loans agreed … --" stands between is what is measured, as with a dash', () => {
    const sentence = 'The value of building society approvals -- loans agreed but not yet paid out -- stood 41% lower than at the same time last year.';
    assert.deepEqual(frameIn(lex, sentence, '41%').metric, frameIn(lex, sentence.replace(/--/g, '—'), '41%').metric);
    assert.ok(frameIn(lex, sentence, '41%').metric.includes('approval'));
  });

  it('"the value of approvals was 14% down on a year ago" is contradicted by it', () => {
    assert.equal(verdictOf(checkAgainst(FILES, 'The value of approvals was 14% down on a year ago [@lending].\n'), '14%'), 'contradicted');
  });
});

describe('reading families (session 20): what is measured "in" a name stands before the preposition', () => {
  const FILES: Record<string, string> = {
    'tourism.txt': 'Tourism grows\n\nGrowth has been rapid in Borealia, with the Travel Council figures showing a 45% increase in tourist revenues in the region during the first 10 months of 2004. In Austral that expansion is 23%.\n',
  };
  const lex = new Lexicon();

  it('"Shares in Kimo Foods sank 14.87%" measures shares, as "Sales at Kimo Foods" measure sales', () => {
    assert.equal(frameIn(lex, 'Shares in Kimo Foods sank 14.87% to close at $10.48.', '14.87%').metric[0], 'share');
    assert.equal(frameIn(lex, 'Sales at Kimo Foods jumped 7.6%.', '7.6%').metric[0], 'revenue');
  });

  it("tourist revenues in Borealia are contradicted by Borealia's 45%, not supported by Austral's 23%", () => {
    assert.equal(verdictOf(checkAgainst(FILES, 'Tourist revenues in Borealia grew 23% between January and October 2004 [@tourism].\n'), '23%'), 'contradicted');
  });
});

describe('reading families (session 20): the same place in a ranking says which figure', () => {
  const FILES: Record<string, string> = {
    'boxoffice.txt':
      "Weekend box office\n\nThe thriller Night Train went straight to the number one spot after taking $31m at the box office. Comedy Rooftop Pete entered the chart in second place after opening on Boxing Day, taking $14.6m. Ken Mori's drama Paper Lanterns led the award hopefuls with $9.3m, coming in at number three during its first weekend of wide release.\n",
  };
  const check = (note: string) => checkAgainst(FILES, `${note}\n`);

  it('"came third with $7.2m" is contradicted by the film\'s $9.3m "at number three", and "third" supported', () => {
    const r = check('Paper Lanterns came third with $7.2m [@boxoffice].');
    assert.equal(verdictOf(r, '$7.2m'), 'contradicted');
    assert.equal(verdictOf(r, 'third'), 'supported');
  });

  it('"opened in second place with $12.5m" is contradicted by "in second place … taking $14.6m"; the right takings are supported', () => {
    assert.equal(verdictOf(check('Rooftop Pete opened in second place with $12.5m [@boxoffice].'), '$12.5m'), 'contradicted');
    assert.equal(verdictOf(check('Rooftop Pete opened in second place with $14.6m [@boxoffice].'), '$14.6m'), 'supported');
  });

  it("not another film's place: Night Train's takings are not Rooftop Pete's", () => {
    assert.notEqual(verdictOf(check('Rooftop Pete came first with $28m [@boxoffice].'), '$28m'), 'contradicted');
  });
});

describe('reading families (session 20): a value far off, in the very words of the source', () => {
  const FILES: Record<string, string> = {
    'texts.txt': 'Text messages\n\nEvery day 78 million text messages are sent in Norway and there are no signs of slowing. The operators carried 26 billion messages in all last year.\n',
  };
  const check = (note: string) => checkAgainst(FILES, `${note}\n`);

  it('"Every day 2.4 billion text messages are sent in Norway" is contradicted by its 78 million, thirty times less', () => {
    assert.equal(verdictOf(check('Every day 2.4 billion text messages are sent in Norway [@texts].'), '2.4 billion'), 'contradicted');
  });

  it('not a far-off value in other words: "2.4 billion messages" over a stretch the source does not give', () => {
    assert.notEqual(verdictOf(check('Norwegians sent about 900 million messages over the summer [@texts].'), '900 million'), 'contradicted');
  });
});

describe('reading families (session 20): a figure set after the level it gives, by a comma', () => {
  const FILES: Record<string, string> = {
    'jobs.txt': 'Jobs market\n\nThe economy has grown steadily since 2001, but unemployment in Veldland remains high, currently close to 30%.\n',
  };
  const lex = new Lexicon();

  it('"unemployment remains high, currently close to 30%" measures unemployment; "inflation was low, at 1.5%" inflation', () => {
    assert.deepEqual(frameIn(lex, 'The economy has grown, but unemployment remains high, currently close to 30%.', '30%').metric, ['unemployment']);
    assert.deepEqual(frameIn(lex, 'Inflation was low, at 1.5%.', '1.5%').metric, ['inflation']);
  });

  it('"unemployment in Veldland is above 30%" is contradicted by "close to 30%"; "about 30%" is supported', () => {
    assert.equal(verdictOf(checkAgainst(FILES, 'Unemployment in Veldland is above 30% [@jobs].\n'), '30%'), 'contradicted');
    assert.equal(verdictOf(checkAgainst(FILES, 'Unemployment in Veldland is about 30% [@jobs].\n'), '30%'), 'supported');
  });
});

describe('reading families (session 20): a half is never a quarter (found by the mutation work)', () => {
  const FILES: Record<string, string> = { 'bikes.txt': 'Bike sales\n\nVelo Works sold 3.2 million bikes in the third quarter of 2005.\n' };
  const check = (note: string) => checkAgainst(FILES, `${note}\n`);

  it('"3.2 million bikes in the first half" or "second half" of 2005 is not supported by the third quarter\'s 3.2 million', () => {
    assert.notEqual(verdictOf(check('Velo Works sold 3.2 million bikes in the first half of 2005 [@bikes].'), '3.2 million'), 'supported');
    assert.notEqual(verdictOf(check('Velo Works sold 3.2 million bikes in the second half of 2005 [@bikes].'), '3.2 million'), 'supported');
    assert.equal(verdictOf(check('Velo Works sold 3.2 million bikes in the third quarter of 2005 [@bikes].'), '3.2 million'), 'supported');
  });
});
