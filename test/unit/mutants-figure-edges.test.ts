// Figure extraction at edges seed 4's sample left untested (scripts/mutate-sample.mjs --seed 4,
// README "Tests"): what each of these made-up sentences holds — kind, value or range, unit, start.
import * as assert from 'node:assert/strict';
import { extractFigures } from '../../server/src/engine/figures';

/** "text|kind|value[-high]|unit|start" of every figure of `text`. */
const read = (text: string) => extractFigures(text).map((f) => `${f.text}|${f.kind}|${f.value}${f.high !== undefined ? '-' + f.high : ''}|${f.unit ?? ''}|${f.start}`);

describe('figure edges: the survivors of seed 4', () => {
  const cases: [string, string, string[]][] = [
    ['hours then minutes are one duration', 'The flight took 2 hours 15 minutes.', ['2 hours 15 minutes|duration|135|minute|16']],
    ['hours then days are two', 'It lasted 1 hour 20 days.', ['1 hour|duration|1|hour|10', '20 days|duration|20|day|17']],
    ['hours then years are two', 'A wait of 3 hours 10 years ago.', ['3 hours|duration|3|hour|10', '10 years|duration|10|year|18']],
    ['a capitalised word after a number is not "Cent" the name', 'We counted 50 Cows.', ['50|count|50||11']],
    ['"pen cent" is no percentage', 'Rates rose 5 pen cent.', ['5|count|5||11']],
    ['"basis points" are not percentage points', 'It rose 5 basis points.', ['5|count|5||8']],
    ['"percentage points" are', 'Rates rose 5 percentage points.', ['5 percentage points|percent|5|pp|11']],
    ['a word starting with "t" is not "to"', 'Sets of 5 tx 10 units.', ['5|count|5||8', '10|count|10||13']],
    ['"from 5 to 10" is a change: two figures', 'It went from 5 to 10.', ['5|count|5||13', '10|count|10||18']],
    ['money up to a year-like number is still a range of money', 'It cost £1,500 to 2000.', ['£1,500 to 2000|currency|1500-2000|GBP|8']],
    ['a count and a year are never a range', 'Sales fell from 36,185 in 2003 to 28,041.', ['36,185|count|36185||16', '2003|year|2003||26', '28,041|count|28041||34']],
    ['a ratio with "of" left out is still a share', 'Two out three voters agreed.', ['Two out three|percent|66.67|percent|0']],
    ['"two-thirds-" before another word is no share', 'A two-thirds-majority vote.', []],
    ['a ratio after "round" is no share', 'Beyond round four in eight attempts.', []],
    ['a ratio elsewhere is', 'Beyond four in eight attempts failed.', ['four in eight|percent|50|percent|7']],
    ['an "s" after a space is no decade mark', 'In 1990 shoes sold well.', ['1990|year|1990||3']],
  ];
  for (const [what, text, expected] of cases) it(`${what}: "${text}"`, () => assert.deepEqual(read(text), expected));
});
