// Reading families of session 18 (issue 9). Every sentence and every name here is written for the
// test.
import * as assert from 'node:assert/strict';
import { checkAgainst, resultOf, verdictOf } from './check-helpers';
import { Lexicon } from '../../server/src/engine/frames/lexicon';
import { extractFigures } from '../../server/src/engine/figures';
import { frameIn } from '../helpers/frameReads';

describe('reading families (session 18): the passage a sentence was written from', () => {
  // the same change stated twice: for a part of the sales (in units) and for the total (in money)
  const FILES: Record<string, string> = {
    'tractors.txt': 'Tractor maker results\n\nThe tractor maker Harrowfield said profit climbed sharply in the quarter.\n\nSales in the second half, including spare parts and trailers, rose by 14.6% to 91,200 units.\n\nTotal sales were 22.4bn pesos, up 31% from a year earlier.\n',
  };
  const check = (note: string) => checkAgainst(FILES, `${note}\n`);

  it('a change stated beside its level is judged by the passage that states that level: "rose 14.6% to 22.4bn pesos" / "were 22.4bn pesos, up 31%"', () => {
    const report = check('Total sales rose 14.6% to 22.4bn pesos [@tractors].');
    const r = resultOf(report, '14.6%');
    assert.equal(r.verdict, 'contradicted');
    assert.equal(r.evidence[0].figure?.text, '31%');
    assert.equal(verdictOf(report, '22.4bn pesos'), 'supported');
  });

  it('the same change without its level keeps the passage that states the change', () => {
    assert.equal(verdictOf(check('Sales in the second half rose by 14.6% [@tractors].'), '14.6%'), 'supported');
  });
});

describe('reading families (session 18): a partner named by "with" after the figure', () => {
  const FILES: Record<string, string> = {
    'surplus.txt': 'Trade figures\n\nSweden bought more Norwegian oil than ever last year. Norway\'s trade surplus grew to 91.4bn kroner, with more than half of it, 48.7bn kroner, accounted for by its trade with Germany.\n',
  };
  const check = (note: string) => checkAgainst(FILES, `${note}\n`);

  it('the same value for another partner is no support: "came from trade with Sweden" / "accounted for by its trade with Germany"', () => {
    assert.equal(verdictOf(check('Of the surplus, 48.7bn kroner came from trade with Sweden [@surplus].'), '48.7bn kroner'), 'unverified');
  });

  it('…nor another value for it a contradiction', () => {
    assert.equal(verdictOf(check('Of the surplus, 45.2bn kroner came from trade with Sweden [@surplus].'), '45.2bn kroner'), 'unverified');
  });

  it('the same partner is supported and contradicted as before', () => {
    assert.equal(verdictOf(check('Of the surplus, 48.7bn kroner came from trade with Germany [@surplus].'), '48.7bn kroner'), 'supported');
    assert.equal(verdictOf(check('Of the surplus, 45.2bn kroner came from trade with Germany [@surplus].'), '45.2bn kroner'), 'contradicted');
  });
});

describe('reading families (session 18): a list by owner counts what its first item counts', () => {
  const lex = new Lexicon();
  const SENTENCE = "Orwell's 600,000 workers, the Fenmoor Drivers' Union's 45,000 and Castica's 12,000 are among those being balloted about a walkout.";

  it('each bare count after its owner\'s name takes the first item\'s counted noun, and its own owner for subject', () => {
    const second = frameIn(lex, SENTENCE, '45,000');
    assert.deepEqual(second.metric, frameIn(lex, SENTENCE, '600,000').metric);
    assert.deepEqual(second.subject, ['fenmoor', 'drivers', 'union']);
    const third = frameIn(lex, SENTENCE, '12,000');
    assert.deepEqual(third.metric, frameIn(lex, SENTENCE, '600,000').metric);
    assert.deepEqual(third.subject, ['castica']);
  });

  it('not an item with a noun of its own, nor one that is no count after an owner', () => {
    assert.equal(frameIn(lex, "Orwell's 600,000 workers and Castica's 12,000 trucks are idle.", '12,000').metric[0], 'truck');
    assert.deepEqual(frameIn(lex, "Orwell's 600,000 workers and 12,000 are idle.", '12,000').metric, []);
  });

  it('so the owner\'s own count contradicts another value for it', () => {
    const files = { 'ballot.txt': `Strike ballot\n\nSeveral unions are balloting their members over pensions. ${SENTENCE}\n` };
    const r = resultOf(checkAgainst(files, 'Castica is balloting 15,000 workers over a walkout [@ballot].\n'), '15,000');
    assert.equal(r.verdict, 'contradicted');
    assert.equal(r.evidence[0].figure?.text, '12,000');
    assert.equal(verdictOf(checkAgainst(files, 'Castica is balloting 12,000 workers over a walkout [@ballot].\n'), '12,000'), 'supported');
  });
});

describe('reading families (session 18): the stretch a figure covers is its period', () => {
  const lex = new Lexicon();
  const SENTENCE = 'The agency expects a quiet start to 2005, with the market picking up in the second half - prompting a 4% rise in rents over the coming 12 months.';

  it('"over the coming 12 months" is a span, and the year and half of another clause do not date the figure', () => {
    const p = frameIn(lex, SENTENCE, '4%').period;
    assert.equal(p.span, '12month');
    assert.equal(p.year, undefined);
    assert.equal(p.half, undefined);
  });

  it('a year with no stretch still dates it', () => {
    assert.equal(frameIn(lex, 'Rents rose 4% in 2005, with the market picking up in the second half.', '4%').period.year, 2005);
  });

  it('so a forecast over the next 12 months the other way is contradicted', () => {
    const files = { 'rents.txt': `Rents outlook\n\nLettings firm Harlow Homes issued its forecast on Monday. ${SENTENCE}\n` };
    const r = resultOf(checkAgainst(files, 'Harlow Homes expects rents to fall 4% over the next 12 months [@rents].\n'), '4%');
    assert.equal(r.verdict, 'contradicted');
  });
});

describe('reading families (session 18): a scale slip whichever year "last year" is', () => {
  const FILES = { 'box.txt': 'Box office\n\nNorwegian cinemas had a strong year. The industry received a 4.1% boost last year, with ticket sales worth 9.4bn kroner (£7.26bn).\n' };
  const check = (note: string) => checkAgainst(FILES, `${note}\n`);

  it('"2004 ticket sales were worth £7.26m" / "last year … ticket sales worth … £7.26bn" is contradicted', () => {
    const r = resultOf(check("Norway's 2004 cinema ticket sales were worth £7.26m [@box]."), '£7.26m');
    assert.equal(r.verdict, 'contradicted');
    assert.equal(r.evidence[0].figure?.text, '£7.26bn');
  });

  it('…but another value against "last year" is still no contradiction (which year it is needs the article\'s date)', () => {
    assert.equal(verdictOf(check("Norway's 2004 cinema ticket sales were worth £6.9bn [@box]."), '£6.9bn'), 'unverified');
  });
});

describe('reading families (session 18): the same extreme since another year', () => {
  const FILES = { 'gdp.txt': 'Economy grows\n\nThe economy of Norvania grew 3.1% last year, official figures showed. Officials said that was the strongest growth since 1998, well ahead of forecasts.\n' };
  const check = (note: string) => checkAgainst(FILES, `${note}\n`);

  it('"the economy\'s strongest since 1999" / "the strongest growth since 1998" is contradicted, "since 1998" supported', () => {
    const r = resultOf(check("Last year was the economy's strongest since 1999 [@gdp]."), '1999');
    assert.equal(r.verdict, 'contradicted');
    assert.equal(r.evidence[0].figure?.text, '1998');
    assert.equal(verdictOf(check("Last year was the economy's strongest since 1998 [@gdp]."), '1998'), 'supported');
  });

  it('not another extreme: "the weakest since 1999" says nothing against "the strongest since 1998"', () => {
    assert.notEqual(verdictOf(check("Last year was the economy's weakest since 1999 [@gdp]."), '1999'), 'contradicted');
  });
});

describe('reading families (session 18): a percentage of what follows it is a share', () => {
  const lex = new Lexicon();

  it('"The cut will hit 3% of Zedco\'s policyholders" is a share, as "3% of Zedco\'s policyholders are affected" is', () => {
    assert.equal(frameIn(lex, "The cut will hit an estimated 3% of Zedco's policyholders.", '3%').role, 'share');
    assert.equal(frameIn(lex, "Around 3% of Zedco's policyholders are affected.", '3%').role, 'share');
  });

  it('a change noun before a percentage with no "of" after it still makes a change ("the rise was 5%")', () => {
    assert.equal(frameIn(lex, 'The rise in rents was 5% last year.', '5%').role, 'change');
  });

  it('so the share is supported by the other wording', () => {
    const files = { 'cover.txt': "Insurer trims cover\n\nZedco is cutting its payouts on older policies. The cut will hit an estimated 3% of Zedco's policyholders.\n" };
    assert.equal(verdictOf(checkAgainst(files, "Around 3% of Zedco's policyholders are affected [@cover].\n"), '3%'), 'supported');
  });
});

describe('reading families (session 18): a plan noun reached is what happened', () => {
  const lex = new Lexicon();

  it('"met the target of 750,000" is past; "the target of 750,000" and "aims for" stay plans', () => {
    assert.equal(frameIn(lex, 'Ministers met the target of 750,000 adults gaining a qualification.', '750,000').period.mode, 'past');
    assert.equal(frameIn(lex, 'The club hit its goal of 20,000 members.', '20,000').period.mode, 'past');
    assert.equal(frameIn(lex, 'Ministers set the target of 750,000 adults gaining a qualification.', '750,000').period.mode, 'plan');
    assert.equal(frameIn(lex, 'The scheme aims for 750,000 adults.', '750,000').period.mode, 'plan');
  });

  it('so it is supported by the same figure reached', () => {
    const files = { 'skills.txt': 'Skills drive\n\nThe audit office praised ministers for reaching the benchmark of 480,000 adults in Wales gaining basic qualifications this year.\n' };
    assert.equal(verdictOf(checkAgainst(files, 'Ministers met the target of 480,000 adults in Wales gaining basic qualifications [@skills].\n'), '480,000'), 'supported');
  });
});

describe('reading families (session 18): "from X until Y" is a span, not a deadline', () => {
  const lex = new Lexicon();
  const SENTENCE = 'Lady Harrow - who led the Guild from 1981 until 1994 - was until recently a trustee.';

  it('"until" after "from 1981" ends a span as "to" does; the clause is no plan', () => {
    const end = frameIn(lex, SENTENCE, '1994');
    assert.equal(end.prep, 'to');
    assert.equal(end.period.deadline, undefined);
    assert.notEqual(frameIn(lex, SENTENCE, '1981').period.mode, 'plan');
    // (alone, "until" is still a deadline)
    assert.equal(frameIn(lex, 'The offer runs until 1994.', '1994').prep, 'until');
  });

  it('so "from 1981 to 1994" is supported year by year', () => {
    const files = { 'guild.txt': `The Guild's leaders\n\n${SENTENCE}\n` };
    const report = checkAgainst(files, 'Lady Harrow was leader of the Guild from 1981 to 1994 [@guild].\n');
    assert.equal(verdictOf(report, '1981'), 'supported');
    assert.equal(verdictOf(report, '1994'), 'supported');
  });
});

describe('reading families (session 18): a year after a month is the clause\'s date; "shut down" is no change', () => {
  const lex = new Lexicon();
  const SENTENCE = 'In March 2003 Danish officials shut down 450 websites and arrested 181 people in a crackdown on fraud.';

  it('"In March 2003 Danish officials…" dates the clause\'s figures with the year, not only the month', () => {
    assert.deepEqual(frameIn(lex, SENTENCE, '181').period, { year: 2003, month: 3, mode: 'past' });
    assert.equal(frameIn(lex, SENTENCE, '450').period.year, 2003);
    // (a year before a name with no month and preposition before it still dates the name: "the 2003 Danish election")
    assert.equal(frameIn(lex, 'Turnout at the 2003 Danish election was 87%.', '87%').period.year, undefined);
  });

  it('"shut down 450 websites" counts websites shut, as "closed 450 websites" does: no change', () => {
    assert.equal(frameIn(lex, SENTENCE, '450').role, 'level');
  });

  it('so the counts of the clause are supported and contradicted', () => {
    const files = { 'raids.txt': `Fraud raids\n\nRules introduced in 2001 demand that hosts keep records. ${SENTENCE}\n` };
    const report = checkAgainst(files, 'In March 2003 officials closed 450 websites and arrested 118 people [@raids].\n');
    assert.equal(verdictOf(report, '450'), 'supported');
    const r = resultOf(report, '118');
    assert.equal(r.verdict, 'contradicted');
    assert.equal(r.evidence[0].figure?.text, '181');
  });
});

describe('reading families (session 18): the hurt are not the dead', () => {
  const FILES = { 'quake.txt': 'Quake toll\n\nThe earthquake struck at night. Some 3,400 people lost their lives in the disaster, officials said.\n' };
  const check = (note: string) => checkAgainst(FILES, `${note}\n`);

  it('"3,400 people were injured" is not supported by "3,400 people lost their lives"', () => {
    assert.equal(verdictOf(check('About 3,400 people were injured in the disaster [@quake].'), '3,400'), 'unverified');
  });

  it('"lost their lives" is a death: "3,400 people died" is supported, "3,900 people were killed" contradicted', () => {
    assert.equal(verdictOf(check('About 3,400 people died in the disaster [@quake].'), '3,400'), 'supported');
    assert.equal(verdictOf(check('About 3,900 people were killed in the disaster [@quake].'), '3,900'), 'contradicted');
  });
});

describe('reading families (session 18): a date with its month and preposition alike needs no more alignment than they give', () => {
  const FILES = { 'roy.txt': "Royalty ruling\n\nA judge ruled the author should get a fifth of profits generated since March 1996 by the studio's film productions.\n" };

  it('"profits made since March 1997" / "profits generated since March 1996" is contradicted', () => {
    const r = resultOf(checkAgainst(FILES, 'The ruling covers profits made since March 1997 [@roy].\n'), '1997');
    assert.equal(r.verdict, 'contradicted');
    assert.equal(r.evidence[0].figure?.text, '1996');
  });

  it('not another month: "since June 1997" is no misquote of "since March 1996"', () => {
    assert.notEqual(verdictOf(checkAgainst(FILES, 'The ruling covers profits made since June 1997 [@roy].\n'), '1997'), 'contradicted');
  });
});

describe('reading families (session 18): "singles and doubles" is no multiplier', () => {
  it('"doubles" after "singles and" or "mixed" is the event; "doubles in price" still a multiplier', () => {
    assert.deepEqual(extractFigures('She won the singles and doubles in Lisbon in 2001.').map((f) => f.text), ['2001']);
    assert.deepEqual(extractFigures('They took the mixed doubles in 2003.').map((f) => f.text), ['2003']);
    assert.deepEqual(extractFigures('The fare doubles in summer.').map((f) => f.kind), ['multiplier']);
  });

  it('so the year of the win is judged as a year', () => {
    const files = { 'open.txt': 'Lisbon open\n\nNovotna, seeded fourth, won the singles and doubles in Lisbon in 2001 before injury ended her season.\n' };
    const r = resultOf(checkAgainst(files, 'Novotna won the singles and doubles in Lisbon in 2002 [@open].\n'), '2002');
    assert.equal(r.verdict, 'contradicted');
  });
});

describe('reading families (session 18): "the third round" is a stage', () => {
  it('"second" and "third" before "round" are ordinals; "a third of" stays a share', () => {
    assert.deepEqual(extractFigures('She reached the third round of a Grand Slam.').map((f) => `${f.text}|${f.kind}`), ['third|ordinal']);
    assert.deepEqual(extractFigures('A third of voters stayed at home.').map((f) => f.kind), ['percent']);
  });

  it('so another round is contradicted', () => {
    const files = { 'slam.txt': 'Open run ends\n\nAt the Sydney Open in January, Okafor became the first Nigerian woman to reach the third round of a Grand Slam before losing to the champion.\n' };
    const r = resultOf(checkAgainst(files, 'At the Sydney Open Okafor became the first Nigerian woman into the fourth round of a Grand Slam [@slam].\n'), 'fourth');
    assert.equal(r.verdict, 'contradicted');
    assert.equal(r.evidence[0].figure?.text, 'third');
  });
});

describe('reading families (session 18): a measure in a unit of its own, about the named subject', () => {
  const FILES = { 'radio.txt': 'Faster mobiles\n\n"While LTX theoretically enables data rates up to a maximum of 21Mbps, practical throughputs will be lower," the analyst said.\n' };
  const check = (note: string) => checkAgainst(FILES, `${note}\n`);

  it('"LTX can in theory reach 21Mbps" is supported by "LTX theoretically enables … a maximum of 21Mbps"', () => {
    assert.equal(verdictOf(check('LTX can in theory reach 21Mbps [@radio].'), '21Mbps'), 'supported');
  });

  it('not another subject, nor another unit', () => {
    assert.notEqual(verdictOf(check('EDGE can in theory reach 21Mbps [@radio].'), '21Mbps'), 'supported');
    assert.notEqual(verdictOf(check('LTX can in theory reach 21GHz [@radio].'), '21GHz'), 'supported');
  });
});
