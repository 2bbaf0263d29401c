// Words that are names of Object.prototype's members ("constructor", "toString", "__proto__") are
// ordinary words of a note or a source: every table looked up with a word of the text must answer
// them with nothing (figures/tables.ts `table`). A note with "The constructor of the bridge" once
// could not be checked at all (TypeError in Lexicon.isPlace, found in session 34).
import * as assert from 'node:assert/strict';
import { checkAgainst, verdictOf } from './check-helpers';

const WORDS = Object.getOwnPropertyNames(Object.prototype);

describe('words that name Object.prototype members', () => {
  it('are read as words in every position a figure reading looks at', () => {
    assert.ok(WORDS.includes('constructor') && WORDS.includes('__proto__'));
    const contexts = (w: string, n: number) => [
      `The ${w} of the bridge said costs rose ${n}% in 2004.`,
      `${w[0].toUpperCase() + w.slice(1)} profits hit £${n}m in ${w} 2003, up ${n} ${w} on ${w} March.`,
      `The ${w} team won ${n}-1 and ${w} shares fell ${n}% in the third ${w}, ${n} ${w} a year.`,
    ];
    const source = WORDS.flatMap((w) => contexts(w, 5)).join(' ');
    const note = WORDS.flatMap((w) => contexts(w, 7).map((s) => s.replace(/\.$/, ' [@story].'))).join('\n\n');
    const r = checkAgainst({ 'story.txt': 'Story\n\n' + source + '\n' }, note + '\n');
    assert.ok(r.figures.length >= WORDS.length * 6, `${r.figures.length} figures`);
    assert.ok(r.figures.every((f) => Number.isFinite(f.figure.value)), 'every figure has a value');
  });
  it('the figures around them are judged as any other', () => {
    const source = 'The constructor of the bridge said costs rose 5% in 2004.';
    assert.equal(verdictOf(checkAgainst({ 'story.txt': 'Story\n\n' + source + '\n' }, 'The constructor of the bridge said costs rose 6% in 2004 [@story].\n'), '6%'), 'contradicted');
    assert.equal(verdictOf(checkAgainst({ 'story.txt': 'Story\n\n' + source + '\n' }, 'The constructor of the bridge said costs rose 5% in 2004 [@story].\n'), '5%'), 'supported');
  });
});
