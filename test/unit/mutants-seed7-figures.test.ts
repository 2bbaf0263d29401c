// Figure extraction at the edges seed 7 of the mutation sample found untested (scripts/mutate-sample.mjs
// --seed 7, README "Tests"): what each made-up sentence holds — text, kind, value or range, unit,
// start, hedge — read whole or to an end. Each case fails with its seed-7 mutant applied.
import * as assert from 'node:assert/strict';
import { read } from '../helpers/figureReads';

describe('seed 7 survivors: figures', () => {
  const cases: [string, string, string[]][] = [
    ['digits glued to a name by an underscore belong to it (names.ts)', 'The var_2 rose 5% in May.', ['5%|percent|5|percent|15|', 'May|date|500||21|']],
    ['a year glued by an underscore is no year either', 'In file_2024 there were 300 rows.', ['300|count|300||24|']],
    ['"twenty odd cent coins" is a count, not "twenty per cent" (numberWords.ts)', 'Twenty odd cent coins.', ['Twenty|count|20||0|']],
    ['"twenty per cent" is', 'It rose twenty per cent.', ['twenty per cent|percent|20|percent|8|']],
    ['"a hundred-year-old oak" states no age: a scale word makes it a manner of speaking', 'A hundred-year-old oak fell.', []],
    ['"a five-year-old" does', 'A five-year-old won the race.', ['five|number|5||2|']],
    ['"71m per hour" is a speed in metres (units.ts)', 'It ran at 71m per hour.', ['71m|measure|71|m|10|']],
    ['"71m per minute" too', 'It ran at 71m per minute.', ['71m|measure|71|m|10|']],
    ['"71m per year" is millions', 'It earned 71m per year.', ['71m|count|71000000||10|']],
    ['"the women\'s 400m" is a distance, whatever plural follows', "The women's 400m winners were crowned.", ['400m|measure|400|m|12|']],
    ['without the possessive, "400m winners" are millions', 'Its 400m winners were crowned.', ['400m|count|400000000||4|']],
    ['minutes and a count of seconds make one duration (clock.ts)', 'The call lasted 2 minutes 30 seconds.', ['2 minutes 30 seconds|duration|150|second|16|']],
    ['a scaled count of seconds does not join them', 'The call lasted 2 minutes 30k seconds.', ['2 minutes|duration|2|minute|16|', '30k|count|30000||26|']],
    ['a year and a decimal number make no range of years (ranges.ts)', 'Between 2019 and 2021.5 it grew.', ['2019|year|2019||8|', '2021.5|number|2021.5||17|']],
    ['two years do', 'Between 2019 and 2021 it grew.', ['2019 and 2021|year|2019-2021||8|']],
    ['"two fifths of a mile" is no share of a whole (wordFamilies.ts)', 'He ran two fifths of a mile.', []],
    ['"two fifths of voters" is', 'Two fifths of voters agreed.', ['Two fifths|percent|40|percent|0|']],
  ];
  for (const [what, text, want] of cases) {
    it(what, () => assert.deepEqual(read(text), want, text));
  }

  it('a read that ends after "five-year" does not look past its end for "-old": a duration of five years', () => {
    const text = 'A five-year-old won the race.';
    assert.deepEqual(read(text, 0, 11), ['five-year|duration|5|year|2|']);
    assert.deepEqual(read(text), ['five|number|5||2|'], 'read whole, an age');
  });
});
