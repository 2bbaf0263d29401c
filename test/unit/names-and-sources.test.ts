// Two ways a right figure was missed for its names and its source: a name the source spells a
// letter apart ("Follet" for "Follett": check/alignment.ts spellingSlip), and a figure stated in
// another source though the note's sentence names nobody (check/verdict.ts wrongSource: only a
// value written precisely, its metric met whole). Every sentence here is written for the test.
import * as assert from 'node:assert/strict';
import { spellingSlip } from '../../server/src/engine/check/alignment';
import { checkAgainst, resultOf, verdictOf } from './check-helpers';

describe('a name spelt a letter apart', () => {
  it('is one name when long enough and led by the same letter', () => {
    const rows: [string, string, boolean][] = [
      ['follett', 'follet', true], // a letter dropped at the end
      ['adere', 'adera', true], // a letter changed
      ['mcallister', 'mcalister', true], // a letter dropped inside
      ['kowalski', 'kowalsky', true],
      ['bush', 'rush', false], // too short to tell a slip from another name
      ['hutton', 'sutton', false], // another first letter
      ['smith', 'smithson', false], // more than a letter apart
      ['marlow', 'marlow', false], // the same name is no slip
      ['benson', 'bennett', false],
    ];
    for (const [a, b, same] of rows) {
      assert.equal(spellingSlip(a, b), same, `${a} / ${b}`);
      assert.equal(spellingSlip(b, a), same, `${b} / ${a} (symmetric)`);
    }
  });

  const FILES = {
    'mps.txt': 'New intake\n\nMarian Follet, one of the new members for Kelby, was elected in 1997 after two earlier defeats.\n',
    'race.txt': 'Indoor records\n\nDorn won in 8 minutes 1.20 seconds, taking the indoor mark of 8:03.45 set by Anna Kovalenka two years earlier.\n',
  };

  it('the source still speaks of the note\'s person: a wrong year is contradicted, a right one supported', () => {
    assert.equal(verdictOf(checkAgainst(FILES, 'Marian Follett was elected in 1992 [@mps].\n'), '1992'), 'contradicted');
    assert.equal(verdictOf(checkAgainst(FILES, 'Marian Follett was elected in 1997 [@mps].\n'), '1997'), 'supported');
  });

  it('a name two letters apart stays another name', () => {
    assert.notEqual(verdictOf(checkAgainst(FILES, 'Marian Folland was elected in 1992 [@mps].\n'), '1992'), 'contradicted');
  });
});

describe('right figure, wrong source, when the sentence names nobody', () => {
  const FILES = {
    'college.txt': 'College review\n\nThe online college closed last year after enrolling only 700 students.\n',
    'pay.txt': 'Pay row\n\nThe chief executive of the online college was paid a bonus of £38,217 despite the closure.\n\nOther staff were paid a bonus of 5% on average.\n',
    'markets.txt': 'Markets\n\nShares in the bank rose 8% on Monday.\n',
  };

  it('a precise value with its metric met in another source names that source', () => {
    const r = checkAgainst(FILES, 'The online college\'s chief executive collected a £38,217 bonus [@college].\n');
    const f = resultOf(r, '£38,217');
    assert.equal(f.verdict, 'supported');
    assert.equal(f.wrongSource?.source.key, 'pay');
    assert.ok(r.diagnostics.some((d) => d.code === 'figure-wrong-source'));
  });

  it('a round value is not sought in other sources without a name', () => {
    const r = checkAgainst(FILES, 'Staff were given a bonus of 5% [@college].\n');
    const f = resultOf(r, '5%');
    assert.equal(f.verdict, 'unverified');
    assert.equal(f.wrongSource, undefined);
  });

  it('a precise value whose metric another source does not meet stays unverified', () => {
    const r = checkAgainst(FILES, 'The college enrolled 38,217 students [@college].\n');
    assert.equal(resultOf(r, '38,217').wrongSource, undefined);
  });
});

describe('a multiple measures its comparison', () => {
  const FILES = {
    'survey.txt': 'Player survey\n\nThose on high pay - above $80,000 - are five times more likely to own a player than those earning less.\n',
  };

  it('"three times as likely" against "five times more likely" is a misquote; the same multiple is supported', () => {
    assert.equal(verdictOf(checkAgainst(FILES, 'High earners are three times as likely to own one [@survey].\n'), 'three times'), 'contradicted');
    assert.equal(verdictOf(checkAgainst(FILES, 'High earners are five times as likely to own one [@survey].\n'), 'five times'), 'supported');
  });

  it('another comparison is another quantity', () => {
    assert.notEqual(verdictOf(checkAgainst(FILES, 'High earners are three times as rich [@survey].\n'), 'three times'), 'contradicted');
  });
});

describe('a year named alone is the whole year, not a half or a quarter of it', () => {
  const FILES = {
    'year.txt': 'Results\n\nKelp Foods said its sales rose 5% in 2020.\n',
    'half.txt': 'Results\n\nKelp Foods said its sales rose 7% in the first half of 2020.\n',
  };
  it('a half\'s figure is not supported by the year\'s, nor the other way round', () => {
    assert.notEqual(verdictOf(checkAgainst(FILES, 'Kelp Foods sales rose 5% in the first half of 2020 [@year].\n'), '5%'), 'supported');
    assert.notEqual(verdictOf(checkAgainst(FILES, 'Kelp Foods sales rose 7% in 2020 [@half].\n'), '7%'), 'supported');
  });
  it('the same part, or the same year, is supported', () => {
    assert.equal(verdictOf(checkAgainst(FILES, 'Kelp Foods sales rose 7% in the first half of 2020 [@half].\n'), '7%'), 'supported');
    assert.equal(verdictOf(checkAgainst(FILES, 'Kelp Foods sales rose 5% in 2020 [@year].\n'), '5%'), 'supported');
  });
});
