// Someone named before and referred to by nationality ("the Briton", "against the Argentine"): a
// word, not a name, so the sentences before supply the subject. Every sentence here is written for
// the test. Also idioms whose words mean one thing together ("took their own life", "went on sale").
import * as assert from 'node:assert/strict';
import { checkNote } from '../../server/src/engine/check';
import { Corpus } from '../../server/src/engine/corpus';
import { extractFigures } from '../../server/src/engine/figures';
import { Lexicon } from '../../server/src/engine/frames/lexicon';
import { frameTokens } from '../../server/src/engine/frames/tokens';
import { buildSource } from '../../server/src/engine/sources';
import { checkAgainst, verdictOf } from './check-helpers';

const lex = new Lexicon();
function tokenOf(sentence: string, word: string) {
  return frameTokens(sentence, 0, sentence.length, extractFigures(sentence), lex, () => false).find((t) => t.low === word);
}
function kindOf(sentence: string, word: string): string | undefined {
  return tokenOf(sentence, word)?.kind;
}

describe('demonyms as anaphors', () => {
  it('"the Welshman" before a verb and "the Finn" at a clause end are words', () => {
    assert.equal(kindOf('But the Welshman regained his nerve against the Finn.', 'welshman'), 'word');
    assert.equal(kindOf('But the Welshman regained his nerve against the Finn.', 'finn'), 'word');
  });
  it('"the Kenyan judiciary": an adjective before its noun stays a name', () => {
    assert.equal(kindOf('The budget gave the Kenyan judiciary more.', 'kenyan'), 'name');
  });
  it('"the 31-year-old Dane", "the veteran Scot": an age or a describing word between', () => {
    assert.equal(kindOf('But the 31-year-old Dane regained her form.', 'dane'), 'word');
    assert.equal(kindOf('The veteran Scot took the last three frames.', 'scot'), 'word');
    assert.equal(kindOf('The 31-year-old Danish Dane Olsen won.', 'olsen'), 'name');
  });
  it('a name without "the" stays a name', () => {
    assert.equal(kindOf('Welshman Rhys Jones won.', 'welshman'), 'name');
  });

  const source =
    'Open draw\n\nRhys Jones beat Finnish player Mikko Virtanen 6-3 6-4 in the first round on Monday. Jones had looked nervous early on. But the Welshman steadied himself to take the last four games for only his third win in eight matches against the Finn.\n';
  const check = (note: string) => checkNote(note, new Corpus([buildSource(0, '/ws/sources/open.txt', source)]));
  it('a count about the person the anaphor refers to is checked against it', () => {
    const r = check('It was only Jones\'s third win in nine meetings with Virtanen [@open].\n');
    assert.equal(r.figures.find((f) => f.figure.text === 'nine')?.verdict, 'contradicted');
  });
  it('…and the right count is supported or at least not contradicted', () => {
    const r = check('It was only Jones\'s third win in eight meetings with Virtanen [@open].\n');
    assert.notEqual(r.figures.find((f) => f.figure.text === 'eight')?.verdict, 'contradicted');
  });
});

describe('idioms read as one thing (PHRASAL_CONCEPTS)', () => {
  it('"took their own life" is a suicide; "life" alone is not', () => {
    assert.equal(tokenOf('One inmate took their own life every nine days.', 'life')?.concept, lex.concept('suicide'));
    assert.equal(tokenOf('He has taken his own life.', 'life')?.concept, lex.concept('suicide'));
    assert.equal(tokenOf('The bridge has a life of 40 years.', 'life')?.concept, 'life');
  });
  it('"went on sale" is a release, not sales', () => {
    assert.equal(tokenOf('The console went on sale on 3 March.', 'sale')?.concept, lex.concept('release'));
    assert.equal(tokenOf('The firm said sale volumes rose 4%.', 'sale')?.concept, lex.concept('revenue'));
  });
  it('"turn over" is turnover, at its verb too (the metric is read there: "over" is a function word)', () => {
    assert.equal(tokenOf('The two firms together would turn over about $9bn a year.', 'turn')?.concept, lex.concept('turnover'));
    assert.equal(tokenOf('The two firms together would turn over about $9bn a year.', 'turn')?.concept, lex.concept('sale'));
    assert.equal(tokenOf('She turned the page.', 'turned')?.concept, 'turn');
  });
  it('"top out at" is where a figure peaks', () => {
    assert.equal(tokenOf('The gap is forecast to top out at $9bn.', 'top')?.concept, lex.concept('peak'));
    assert.notEqual(tokenOf('The top rate is 40%.', 'top')?.concept, lex.concept('peak'));
  });
});

describe('a party opening a sentence (tokens.ts partyOpener)', () => {
  it('is the party before a function word, an ordinary word before a noun (the corpus writing "labour" in lower case)', () => {
    const opener = (sentence: string) => frameTokens(sentence, 0, sentence.length, extractFigures(sentence), lex, (w) => w === 'labour')[0]?.kind;
    assert.equal(opener('Labour will hold most marginal seats, the survey suggests.'), 'name');
    assert.equal(opener('Labour has a majority of 60.'), 'name');
    assert.equal(opener('Labour costs rose 3% in the year.'), 'word');
  });
  it('a party named before the figure is the subject named before it: a wrong majority is contradicted', () => {
    const files = { 'poll.txt': 'Poll\n\nLabour will hold key marginal seats, winning a majority of 140, the Ostpoll survey suggests.\n' };
    assert.equal(verdictOf(checkAgainst(files, 'The same poll gives Labour a majority of 128 [@poll].\n'), '128'), 'contradicted');
    assert.equal(verdictOf(checkAgainst(files, 'The same poll gives Labour a majority of 140 [@poll].\n'), '140'), 'supported');
  });
});
