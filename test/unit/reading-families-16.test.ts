// Reading families of session 16 (issue 9). A contradiction whose metric the two sides read apart
// ("share" / "lines", "restructure" / "lead"), no clear mismatch, stands when the words around the two
// figures are the same claim's — most of them, or enough of them with an explicit field alike
// (rules.ts `paraphrase`; policy paraphraseContext, paraphraseFieldContext). A fraction bounded by a
// hedge or a change's "by" is a share with no "of" after it ("more than half would", "down by nearly a
// third on 2003": figures/wordFamilies.ts boundedFraction). A span of months stated by its ends is
// neither month ("between October and December": frames/period.ts monthSpanAt, Period.months). A
// year against "last year" is no conflict of periods but supports only the same precise value of
// the same metric, and contradicts nothing (alignment.ts supportOnly 'relative against a year'). Every sentence here is written for the test.
import * as assert from 'node:assert/strict';
import { periodsConflict } from '../../server/src/engine/check/alignment';
import { figuresAgree } from '../../server/src/engine/figures';
import { relateValues } from '../../server/src/engine/frames/bounds';
import { extractFigures } from '../../server/src/engine/figures';
import { Lexicon } from '../../server/src/engine/frames/lexicon';
import { frameIn } from '../helpers/frameReads';
import { checkAgainst, resultOf, verdictOf } from './check-helpers';

const FILES: Record<string, string> = {
  'fernwave.txt': 'Fernwave loses ground\n\nFernwave, the former state telephone company, is losing customers to cable rivals. The percentage of homes using Fernwave lines for broadband has shrunk to 38.2%, the regulator said on Monday.\n\nThe regulator expects competition to grow further next year.\n',
  'hollis.txt': 'Hollis buys into Northgate\n\nThe American tycoon Dana Hollis currently owns a 21.4% stake in the club, and Northgate said on Friday it had received no offer.\n',
  'mill.txt': 'Mill results\n\nA continuing restructuring drive at the mill also led to a $412m hit in the fourth quarter, the company said.\n',
};
const check = (note: string) => checkAgainst(FILES, note);
/** A poll's story on its own (the words' weights are those of its one source). */
const POLL = { 'poll.txt': 'Treaty poll\n\nThe Ostpoll survey of 2,000 adults found the public split on the treaty. Only 51% of those polled had made up their minds how to vote.\n\nOf those who had, most would vote against the treaty.\n' };

describe('reading families (session 16): the same claim with its metric read apart', () => {
  const rows: [string, string, string][] = [
    ["Fernwave's share of broadband has shrunk to 28.2% [@fernwave].", '28.2%', '38.2%'],
    ['Dana Hollis owns 26.3% of Northgate [@hollis].', '26.3%', '21.4%'],
    ['The restructuring hit in the fourth quarter was $512m [@mill].', '$512m', '$412m'],
  ];
  for (const [note, fig, source] of rows) {
    it(`"${note}" is contradicted by ${source}`, () => {
      const r = resultOf(check(`${note}\n`), fig);
      assert.equal(r.verdict, 'contradicted');
      assert.equal(r.evidence[0].figure?.text, source);
    });
    it(`…and the source's own value is supported: "${note.replace(fig, source)}"`, () => {
      assert.equal(verdictOf(check(`${note.replace(fig, source)}\n`), source), 'supported');
    });
  }

  it('not on some of the same words with no explicit field alike: a poll\'s other question', () => {
    assert.notEqual(verdictOf(checkAgainst(POLL, 'In the Ostpoll survey 45% would vote against the treaty [@poll].\n'), '45%'), 'contradicted');
  });
});

describe('reading families (session 16): a bound fraction closing its phrase is a share', () => {
  const read = (t: string) => extractFigures(t).map((f) => [f.text, f.kind, f.value, f.hedge ?? null]);

  it('after a hedge or a change\'s "by", before a verb or a preposition', () => {
    const rows: [string, (string | number | null)[]][] = [
      ['More than half would trust the old maps less.', ['half', 'percent', 50, 'over']],
      ['Nearly a third said they had never voted.', ['a third', 'percent', 33.33, 'approx']],
      ['Ferry trips were down by almost a quarter on the year before.', ['a quarter', 'percent', 25, 'approx']],
      ['Its profits fell by half in 2019.', ['half', 'percent', 50, null]],
    ];
    for (const [sentence, first] of rows) assert.deepEqual(read(sentence)[0], first, sentence);
  });

  it('not before a noun it is part of, nor with no bound', () => {
    for (const sentence of ['The council hired a third party to run it.', 'Almost a third party vote went to the Greens.', 'Nearly a quarter century has passed.', 'A third said they had never voted.', 'The match was over by half-time.']) {
      assert.deepEqual(read(sentence).filter((f) => f[1] === 'percent'), [], sentence);
    }
  });
});

describe('reading families (session 16): a span of months is not the month it ends in', () => {
  const lex = new Lexicon();

  it('"between October and December", "from January to March", "October-to-December" are spans; a calendar quarter\'s three months are that quarter', () => {
    const rows: [string, string, string, number | undefined][] = [
      ['Ferry trips between October and December fell 4%.', '4%', '10-12', 4],
      ['Ferry trips from January to March fell 4%.', '4%', '1-3', 1],
      ['October-to-December ferry trips fell 4%.', '4%', '10-12', 4],
      ['Ferry trips from February to May fell 4%.', '4%', '2-5', undefined],
    ];
    for (const [sentence, figure, months, quarter] of rows) {
      const fr = frameIn(lex, sentence, figure);
      assert.equal(fr.period.months, months, sentence);
      assert.equal(fr.period.month, undefined, sentence);
      assert.equal(fr.period.quarter, quarter, sentence);
      assert.ok(!fr.names.some((n) => n.includes('october')), `${sentence}: names ${fr.names}`);
    }
    assert.equal(frameIn(lex, 'Ferry trips in December fell 4%.', '4%').period.month, 12);
    assert.equal(frameIn(lex, 'Ferry trips fell 4% between October and December 2003.', '4%').period.month, undefined);
  });

  it('a span of months conflicts with a month alone and with another span, not with itself', () => {
    assert.equal(periodsConflict({ months: '10-12' }, { month: 12 }), true);
    assert.equal(periodsConflict({ month: 10 }, { months: '10-12' }), true);
    assert.equal(periodsConflict({ months: '10-12' }, { months: '1-3' }), true);
    assert.equal(periodsConflict({ months: '10-12', quarter: 4 }, { months: '10-12', quarter: 4 }), false);
  });

  it('so a month\'s figure is not contradicted by the span\'s, and the span\'s is', () => {
    const files = { 'ferries.txt': 'Ferry trips slump\n\nThe number of ferry trips between October and December dropped by nearly a quarter from the same period in 2003, the port authority said.\n' };
    assert.notEqual(verdictOf(checkAgainst(files, 'In December alone, ferry trips were 18% lower than a year before [@ferries].\n'), '18%'), 'contradicted');
    const r = resultOf(checkAgainst(files, 'Port data show October-to-December ferry trips down by nearly a third on the same period of 2003 [@ferries].\n'), 'a third');
    assert.equal(r.verdict, 'contradicted');
    assert.equal(r.evidence[0].figure?.text, 'a quarter');
  });
});

describe('reading families (session 16): "last year" against a year supports only a precise value of the same metric', () => {
  const files = {
    'trade.txt': 'Ostland trade\n\nOstland ran up a record trade deficit of $412.7bn in 2024, figures showed. Its exports rose 5% in 2024.\n\nIn 2024 the weaker dollar knocked 125.5m euros off the profits of the brewer Fernbrew.\n',
  };
  const check = (note: string) => checkAgainst(files, note);

  it('the same precise value of the same metric is supported', () => {
    assert.equal(verdictOf(check("Ostland's trade deficit for last year hit a record $412.7bn [@trade].\n"), '$412.7bn'), 'supported');
  });

  it('not a round value, nor a precise value of another metric; and never a contradiction', () => {
    assert.equal(verdictOf(check("Ostland's exports rose 5% last year [@trade].\n"), '5%'), 'unverified');
    assert.notEqual(verdictOf(check('Fernbrew spent 125.5m euros on marketing last year [@trade].\n'), '125.5m euros'), 'supported');
    assert.notEqual(verdictOf(check("Ostland's trade deficit for last year hit a record $415.2bn [@trade].\n"), '$415.2bn'), 'contradicted');
  });
});

describe('reading families (session 16): the level a change reached, and what an amount is spent on, are no change', () => {
  const lex = new Lexicon();

  it('"sank to a record low of $1.35", "rose to a high of $56" are levels; "spend £1.3bn trimming" is an amount', () => {
    const rows: [string, string, string][] = [
      ['The krona sank to a record low of $1.3516 against the euro.', '$1.3516', 'level'],
      ['Oil rose to a high of $56 a barrel.', '$56', 'level'],
      ['The party would spend £1.3bn trimming council tax.', '£1.3bn', 'level'],
      ['Sales rose by an average of about 4%.', '4%', 'change'],
      ['Costs fell by a further 10%.', '10%', 'change'],
      ['The firm reported a 26% rise in profits.', '26%', 'change'],
    ];
    for (const [sentence, figure, role] of rows) assert.equal(frameIn(lex, sentence, figure).role, role, sentence);
  });

  it('so the record low is supported by the same value stated as a level', () => {
    const files = { 'krona.txt': 'Krona slides\n\nThe krona hit $1.3516 in thin Stockholm trade on Friday, a record low against the euro, before rallying to $1.3509.\n' };
    assert.equal(verdictOf(checkAgainst(files, 'The krona sank to a record low of $1.3516 against the euro [@krona].\n'), '$1.3516'), 'supported');
  });
});

describe('reading families (session 16): two scorelines of one match', () => {
  const files = {
    'cup.txt': 'Northgate out of the cup\n\nNorthgate fell at the semi-final stage again. Hoping to reach a third final, they went down 31-26 to eventual winners Eastfield in a thrilling game.\n\nNorthgate had beaten Westby 22-6 in the quarter-final.\n',
    'headline.txt': 'Dunmore Utd 4-1 Aberford\n\nDunmore United eased into the semi-final of the cup with an emphatic win.\n',
  };
  const check = (note: string) => checkAgainst(files, note);

  it('the score of the match against the opponent both name is compared, as a metric would be', () => {
    const r = resultOf(check('Northgate lost 31-16 to Eastfield in the cup semi-final [@cup].\n'), '31-16');
    assert.equal(r.verdict, 'contradicted');
    assert.equal(r.evidence[0].figure?.text, '31-26');
    assert.equal(verdictOf(check('Northgate lost 31-26 to Eastfield in the cup semi-final [@cup].\n'), '31-26'), 'supported');
  });

  it('not a score of another match, against an opponent the source\'s sentence does not name', () => {
    assert.notEqual(verdictOf(check('Northgate lost 24-6 to Southam in the cup semi-final [@cup].\n'), '24-6'), 'contradicted');
  });

  it('a match report\'s headline scoreline between two names is a score', () => {
    assert.deepEqual(extractFigures('Dunmore Utd 4-1 Aberford').map((f) => [f.text, f.kind]), [['4-1', 'score']]);
  });
});

describe('reading families (session 16): "the final quarter" is the fourth, and dates what the money is in', () => {
  const lex = new Lexicon();

  it('its period is the fourth quarter ("the last quarter of 2024" too), and it is no metric', () => {
    const rows: [string, string][] = [
      ['Fernbrew lost $676m in the final quarter of 2024.', '$676m'],
      ['Fernbrew lost $676m in the fourth quarter of 2024.', '$676m'],
      ['Fernbrew lost $676m in the last quarter of 2024.', '$676m'],
    ];
    for (const [sentence, figure] of rows) {
      const fr = frameIn(lex, sentence, figure);
      assert.equal(fr.period.quarter, 4, sentence);
      assert.ok(!fr.metric.some((m) => ['final', 'fourth', 'last', 'quarter'].includes(m)), `${sentence}: ${fr.metric}`);
    }
    assert.equal(frameIn(lex, 'Fernbrew lost $676m in the last quarter.', '$676m').period.quarter, undefined);
  });
});

describe('reading families (session 16): "more than" on both sides', () => {
  const fig = (t: string) => extractFigures(t)[0];
  const relate = (a: string, b: string) => relateValues(fig(a), fig(b), 0.1, figuresAgree);

  it('a note\'s lower bound above what the source\'s plausibly means disagrees', () => {
    assert.equal(relate('It received more than £12m in grants.', 'It received over £4m in grants.'), 'disagree');
    assert.equal(relate('Shops must be at least 300 metres from schools.', 'Shops must be at least 200 metres from schools.'), 'disagree');
  });

  it('a weaker or a near bound does not: it is loosely true, or the same bound', () => {
    assert.notEqual(relate('It has over 700,000 pupils.', 'It has just over 2 million pupils.'), 'disagree');
    assert.notEqual(relate('It received more than £4.5m in grants.', 'It received over £4m in grants.'), 'disagree');
    assert.equal(relate('It received more than £4m in grants.', 'It received over £4m in grants.'), 'agree');
  });
});

describe('reading families (session 16): a precise value of another metric does not shield the note\'s own contradiction', () => {
  it('"the restructuring hit … was $512m" against "a $412m hit", with "a pre-tax charge of $512m" beside it', () => {
    const files = { 'mill.txt': 'Fernbrew slumps to a loss\n\nAfter the settlement, Fernbrew took a pre-tax charge of $512m in the fourth quarter, on top of the $232m charge from the previous quarter.\n\nA continuing restructuring drive at the group also led to a $412m hit in the fourth quarter, the company said.\n' };
    const r = resultOf(checkAgainst(files, 'The restructuring hit in the fourth quarter was $512m [@mill].\n'), '$512m');
    assert.equal(r.verdict, 'contradicted');
    assert.equal(r.evidence[0].figure?.text, '$412m');
  });
});

describe('reading families (session 16): a verb of finding names who reports a figure, not what it measures', () => {
  const lex = new Lexicon();

  it('"found 81% of …", "suggests 81% of …" have no metric of "find" or "suggest"', () => {
    for (const [sentence, verb] of [['The Ostland Electoral Office found 81% of young voters feel strongly about transport.', 'find'], ['Research for the Ostland Electoral Office suggests 81% of young voters feel strongly about transport.', 'suggest']]) {
      assert.ok(!frameIn(lex, sentence, '81%').metric.includes(verb), sentence);
    }
    assert.ok(frameIn(lex, 'The singer earned $56m last year.', '$56m').metric.includes('earn'));
  });

  it('and the two sentences meet (as they did when the verb stood beside a noun metric)', () => {
    const files = { 'poll.txt': 'Young voters\n\nResearch undertaken for the Ostland Electoral Office suggests 81% of 16 to 20-year-olds feel strongly about issues such as transport.\n' };
    assert.equal(verdictOf(checkAgainst(files, 'The Ostland Electoral Office found 81% of 16 to 20-year-olds feel strongly about issues such as transport [@poll].\n'), '81%'), 'supported');
  });
});
