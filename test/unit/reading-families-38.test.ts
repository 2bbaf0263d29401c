// Reading families of session 38 (issue 9), found on bbc-19 and bbc-20 once they became development
// notes. Every sentence and every name here is written for the test.
import * as assert from 'node:assert/strict';
import { checkAgainst, resultOf } from './check-helpers';

/** The verdict and its first evidence's figure for figure `fig` of a one-line note citing `story` (titled `title`). */
function judgedTitled(title: string, source: string, note: string, fig: string): string {
  const x = resultOf(checkAgainst({ 'story.txt': title + '\n\n' + source + '\n' }, note.replace(/\.$/, ' [@story].') + '\n'), fig);
  return `${x.verdict} ${x.evidence[0]?.figure?.text ?? ''}`.trim();
}

describe('reading families (session 38): a place named by an adjective made from it', () => {
  const T = 'Northgate unveils filter tools';
  const S = 'In 2001 it bought Danish firm Kovak Labs to get its mail filter. In March 2003 it bought Boston-based filter maker Lantern Data Systems.';
  it('"the Boston filter maker … in March 2002" is contradicted by the "Boston-based" maker\'s year, not supported by another purchase', () => {
    assert.equal(judgedTitled(T, S, 'Northgate bought the Boston filter maker Lantern Data Systems in March 2001.', '2001'), 'contradicted 2003');
  });
  it('the right year is supported', () => {
    assert.equal(judgedTitled(T, S, 'Northgate bought the Boston filter maker Lantern Data Systems in March 2003.', '2003'), 'supported 2003');
  });
  it('a place the "-based" adjective does not name is still missing', () => {
    assert.notEqual(judgedTitled(T, S, 'Northgate bought the Denver filter maker Lantern Data Systems in March 2001.', '2001'), 'contradicted 2003');
  });
});

describe('reading families (session 38): a name given by the first word of the full name', () => {
  const T = 'Talks on a coalition collapsed';
  const S = [
    'Cabinet papers released on Friday shed light on a failed deal. Historians had long argued over it. The archive opened at dawn.',
    'The Whigs lost power in 1923 after the Radicals demanded Sir Walter Pell resign.',
    'Papers released this week show the talks. They lasted a weekend. Mr Crane kept notes. His aides kept more.',
    'Three hours later, Sir Walter summoned Mr Crane back to Carlton House for one last attempt.',
  ].join('\n\n');
  it('"Pell" is the source\'s "Sir Walter", named in full before: his wrong delay is contradicted', () => {
    assert.equal(judgedTitled(T, S, 'Five hours later Pell summoned Crane back to Carlton House for one last attempt.', 'Five hours'), 'contradicted Three hours');
  });
  it('a title alone ("Sir") names nobody', () => {
    const s = S.replace('Sir Walter summoned', 'Sir Ralph summoned');
    assert.notEqual(judgedTitled(T, s, 'Five hours later Pell summoned Crane back to Carlton House for one last attempt.', 'Five hours'), 'contradicted Three hours');
  });
  const F = [
    'Orvane Holdings and Kessel Securities are in merger talks, a newspaper said.',
    'The firms denied it. Analysts were split. Regulators said nothing. Trading was heavy.',
    'Orvane shares rose by 3.4% to 612 yen, and Kessel added 5.1% to 480 yen.',
  ].join('\n\n');
  it('"Kessel Securities" is the source\'s "Kessel": the other firm\'s move in the note\'s words is its own', () => {
    assert.equal(judgedTitled('Merger talk lifts shares', F, 'Kessel Securities shares fell 5.1% on talk of a merger.', '5.1%'), 'contradicted 5.1%');
  });
});
