// Reading families of session 30 (issue 9): a place behind named rivals (which race it is a place
// in), and the names of the main clause a fronted date dates. Every sentence and every name here is
// written for the test.
import * as assert from 'node:assert/strict';
import { checkAgainst, verdictOf } from './check-helpers';
import { extractFigures } from '../../server/src/engine/figures';
import { Lexicon } from '../../server/src/engine/frames/lexicon';
import { frameIn } from '../helpers/frameReads';

const lex = new Lexicon();

/** The verdict on `fig` of a one-sentence note citing a source of one paragraph. */
function verdictAgainst(source: string, note: string, fig: string): string | undefined {
  return verdictOf(checkAgainst({ 'story.txt': 'Story\n\n' + source + '\n' }, note.replace(/\.$/, ' [@story].')), fig);
}

const ordinals = (t: string) => extractFigures(t).filter((f) => f.kind === 'ordinal').map((f) => `${f.text}=${f.value}`);

describe('reading families (session 30): a place behind named rivals', () => {
  const ROWS: [string, string[]][] = [
    // a verb of being, the ordinal, "behind" and whoever is ahead
    ['The 29-year-old was third behind Ana Lopez and Mia Cruz.', ['third=3']],
    ['Harwick Rovers are 2nd behind the leaders Tallis Town.', ['2nd=2']],
    ['Corrie is still fourth behind Ostrander.', ['fourth=4']],
    // not: no one ahead named, an idiom
    ['They are second to none.', []],
    ['The talks were second behind closed doors.', []],
    ['She was third in line for the throne.', []],
  ];
  for (const [s, want] of ROWS) it(`${s} → ${want.join(' ') || 'none'}`, () => assert.deepEqual(ordinals(s), want));

  it('the frame of a place keeps whoever it is behind, past "and" and an article', () => {
    assert.deepEqual(frameIn(lex, 'Smith came third behind Ana Lopez and Mia Cruz in Dublin.', 'third').behind, ['ana', 'lopez', 'mia', 'cruz']);
    assert.deepEqual(frameIn(lex, 'Harwick Rovers are 2nd behind the leaders Tallis Town.', '2nd').behind, ['tallis', 'town']);
    assert.equal(frameIn(lex, 'Harwick Rovers are 2nd behind on goal difference.', '2nd').behind, undefined);
    assert.equal(frameIn(lex, 'Smith came third in the 5,000m final.', 'third').behind, undefined);
  });

  const SOURCE = 'Kim Smith, 28, was second behind Ana Lopez and Mia Cruz in the Dublin race. Smith, who came sixth in the 10,000m at the Olympics, hopes to improve.';
  it('the same place behind the same rivals supports, where no metric is read on either side', () => {
    assert.equal(verdictAgainst(SOURCE, 'Smith, 28, came second behind Ana Lopez and Mia Cruz.', 'second'), 'supported');
  });
  it('another place behind the same rivals is contradicted by the source\'s place behind them', () => {
    assert.equal(verdictAgainst(SOURCE, 'Smith, 28, finished fourth behind Ana Lopez and Mia Cruz.', 'fourth'), 'contradicted');
  });
  it('a place in another race, whose sentence names none of the rivals, contradicts nothing', () => {
    // (the source's "came sixth" names Smith and shares "came": before, it contradicted the place behind Lopez and Cruz)
    const source = 'Smith, who came sixth in the 10,000m at the Olympics, hopes to improve. Ana Lopez and Mia Cruz led the field in the Dublin race.';
    assert.notEqual(verdictAgainst(source, 'Smith came fourth behind Ana Lopez and Mia Cruz.', 'fourth'), 'contradicted');
    // …while the place with no rivals named is still compared with the other race's
    assert.equal(verdictAgainst(source, 'Smith came fourth in the 10,000m at the Olympics.', 'fourth'), 'contradicted');
  });
});

describe('reading families (session 30): the main clause a fronted date dates', () => {
  it('a date opening its sentence keeps the names of the clause after it', () => {
    assert.deepEqual(frameIn(lex, 'A year later, in October 2003, the couple had a son - Tomas - at home.', '2003').frontedFor, ['tomas']);
    assert.deepEqual(frameIn(lex, 'In 1999 Harwick Council sold the depot.', '1999').frontedFor, ['harwick', 'council']);
    assert.deepEqual(frameIn(lex, 'But in 1983, he took Dunmere East.', '1983').frontedFor, ['dunmere', 'east']);
  });
  it('not a date after a verb, a name or another figure, nor one far into its sentence', () => {
    assert.equal(frameIn(lex, 'Harwick Council sold the depot in 1999 to Tomas Brell.', '1999').frontedFor, undefined);
    assert.equal(frameIn(lex, 'Tomas was born in 1983, and Dunmere East grew.', '1983').frontedFor, undefined);
    assert.equal(frameIn(lex, 'Profits of £4m in 2003, said Ostrander, were a record.', '2003').frontedFor, undefined);
    assert.equal(frameIn(lex, 'After the long and bitter dispute over the old harbour site in the town, in 2003, Tomas left.', '2003').frontedFor, undefined);
  });
  it("a fronted date's clause names whose date it is: a misdated event of the note's subject is contradicted", () => {
    const source = 'Tomas Brell married Ana Lopez in 2001. A year later, in October 2002, the couple had a son - Pavel - at the family farm.';
    assert.equal(verdictAgainst(source, 'Their son Pavel arrived in October 2003.', '2003'), 'contradicted');
    assert.equal(verdictAgainst(source, 'Their son Pavel arrived in October 2002.', '2002'), 'supported');
  });
});
