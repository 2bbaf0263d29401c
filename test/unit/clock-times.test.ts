// Race times (figures/clock.ts): a time on a clock's face ("1:47.97", "2:08:30") is a duration in
// seconds, and hours, minutes and seconds written in a row ("one minute 53 seconds") are one time —
// so a note's "1:53" meets an article's "one minute 53 seconds". Sentences written for the test.
import * as assert from 'node:assert/strict';
import { extractFigures } from '../../server/src/engine/figures';
import { formatFigureLike } from '../../server/src/engine/figures/render';
import { checkAgainst, resultOf, verdictOf } from './check-helpers';

const one = (text: string) => {
  const figs = extractFigures(text);
  assert.equal(figs.length, 1, `one figure in "${text}": ${figs.map((f) => f.text).join(', ')}`);
  return figs[0];
};

describe('race times', () => {
  describe('a clock time with a fraction of a second, or hours:minutes:seconds, is a duration in seconds', () => {
    const rows: [string, string, number, number][] = [
      ['Quill ran 1:47.97 in the heats.', '1:47.97', 107.97, 2],
      ['She won in 2:35.39 last winter.', '2:35.39', 155.39, 2],
      ['The marathon took 2:08:30 to win.', '2:08:30', 7710, 0],
      ['A 14:39.29 season best.', '14:39.29', 879.29, 2],
      ['He clocked 1:02:05.5 on the road.', '1:02:05.5', 3725.5, 1],
      ['Keller was seventh in a time of 31:41.', '31:41', 1901, 0], // minutes no clock shows
    ];
    for (const [sentence, text, seconds, decimals] of rows) {
      it(`${text} → ${seconds} s`, () => {
        const f = one(sentence);
        assert.equal(f.text, text);
        assert.equal(f.kind, 'duration');
        assert.equal(f.unit, 'second');
        assert.equal(f.value, seconds);
        assert.equal(f.decimals, decimals);
      });
    }
    it('not a time of day, a ratio or a score ("10:30", "3:1"), nor part of a longer token', () => {
      for (const s of ['The ferry leaves at 10:30 on Fridays.', 'Odds were 3:1 against.', 'See build 1:47.97a for details.', 'Version 2:35.39.1 shipped.', 'The shift ends at 23:45.', 'A 55:45 split of the pot.', 'It is a 50:50 call.']) {
        assert.ok(!extractFigures(s).some((f) => f.kind === 'duration'), s);
      }
    });
  });

  describe('hours, minutes and seconds written in a row are one time', () => {
    const rows: [string, string, number, string][] = [
      ['She clocked two minutes, 35.39 seconds.', 'two minutes, 35.39 seconds', 155.39, 'second'],
      ['It beat the record by one minute 53 secs.', 'one minute 53 secs', 113, 'second'],
      ['He finished in 3 minutes and 5.2 seconds.', '3 minutes and 5.2 seconds', 185.2, 'second'],
      ['She won in two hours 18 minutes 15 seconds.', 'two hours 18 minutes 15 seconds', 8295, 'second'],
      ['The stage took 2 hours 18 minutes.', '2 hours 18 minutes', 138, 'minute'],
    ];
    for (const [sentence, text, value, unit] of rows) {
      it(`"${text}" → ${value} ${unit}s`, () => {
        const f = one(sentence);
        assert.equal(f.text, text);
        assert.equal(f.value, value);
        assert.equal(f.unit, unit);
      });
    }
    it('not two durations apart ("3 hours and then 20 minutes"), and a number of seconds alone stays a plain number', () => {
      assert.equal(extractFigures('They waited 3 hours and then 20 minutes more.').length, 2);
      const f = one('He finished in 7.23 seconds.');
      assert.equal(f.kind, 'number');
      assert.equal(f.value, 7.23);
    });
  });

  it('a fix writes the source\'s time the way the note wrote its own', () => {
    assert.equal(formatFigureLike(one('in 1:47.97 there'), one('ran 1:47.96 there')), '1:47.97');
    assert.equal(formatFigureLike(one('by one minute 53 secs.'), one('ran 1:35.00 there')), '1:53.00');
    assert.equal(formatFigureLike(one('won in 2:09:05.5'), one('won in 2:08:30')), '2:09:05.5');
    // a time written in parts keeps its parts, its number words and its unit words, singular for one
    assert.equal(formatFigureLike(one('in 1:47.97 there'), one('by one minute 53 secs')), 'one minute 47.97 secs');
    assert.equal(formatFigureLike(one('in 2:35.93 there'), one('two minutes, 35.39 seconds')), 'two minutes, 35.93 seconds');
    assert.equal(formatFigureLike(one('won in 2:17:18'), one('in two hours 18 minutes 15 seconds')), 'two hours 17 minutes 18 seconds');
    assert.equal(formatFigureLike(one('in 1:01.5 there'), one('in 2 minutes 53 seconds')), '1 minute 1.5 seconds');
  });

  it('a note\'s race time meets the article\'s time in words: supported when equal, contradicted when not', () => {
    const files = { 'race.txt': 'Indoor meeting\n\nQuill won the 800m in one minute 47.97 seconds, a season best.\n' };
    assert.equal(verdictOf(checkAgainst(files, 'Quill won the 800m in 1:47.97 [@race].\n'), '1:47.97'), 'supported');
    const r = checkAgainst(files, 'Quill won the 800m in 1:49.77 [@race].\n');
    assert.equal(verdictOf(r, '1:49.77'), 'contradicted');
    assert.match(resultOf(r, '1:49.77').evidence[0].passage.text, /one minute 47\.97 seconds/);
  });
});
