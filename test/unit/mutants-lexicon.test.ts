// The frame readers' lexicon (server/src/engine/frames/lexicon.ts) over WordNet: lemmas, openers
// that are ordinary words, people, places and parties, verb forms, synonym classes, directions,
// bound nouns, related and opposite concepts, in tables of words.
import * as assert from 'node:assert/strict';
import { Lexicon } from '../../server/src/engine/frames/lexicon';

describe('frames/lexicon.ts', () => {
  let lex: Lexicon;
  beforeEach(() => {
    lex = new Lexicon();
  });
  const table = <T>(f: (w: string) => T, rows: [string, T][]) => {
    for (const [w, expected] of rows) assert.deepEqual(f(w), expected, w);
  };
  it('lemma: a verb\'s first, then a noun\'s, then an adjective\'s; short or non-letter words as they are', () => {
    table((w) => lex.lemma(w), [['fell', 'fall'], ['ratings', 'rating'], ['lowest', 'low'], ['taller', 'tall'], ['oxen', 'ox'], ['ox', 'ox'], ['ran', 'run'], ['x-rays', 'x-rays'], ['abc1', 'abc1'], ['zorblat', 'zorblat'], ['sales', 'sale']]);
    assert.equal(lex.lemma('fell'), 'fall', 'again, from the cache');
  });
  it('knows: WordNet knows the word or its lemma', () => {
    table((w) => lex.knows(w), [['counties', true], ['output', true], ['walked', true], ['zorblat', false]]);
  });
  it('ordinary openers: an inflected known word, a word known other than as a person or place', () => {
    table((w) => lex.ordinaryOpener(w), [['counties', true], ['counting', true], ['planned', true], ['output', true], ['shares', true], ['madonna', false], ['russia', false], ['london', false], ['bates', false], ['prince', false], ['zorblat', false]]);
  });
  it('people: the curated list, or a noun WordNet knows only as a person', () => {
    table((w) => lex.isHuman(w), [['spectator', true], ['viewer', true], ['nurse', true], ['connection', false], ['table', false], ['zorblat', false]]);
  });
  it('kinds of names: parties, places (joined by hyphens too), others', () => {
    table((w) => lex.nameKind(w), [['labour', 'party'], ['france', 'place'], ['kent', 'place'], ['german-us', 'place'], ['uk-us', 'place'], ['germany-', 'other'], ['zorblat', 'other'], ['germany-zorblat', 'other']]);
  });
  it('verbs only, and inflected verb forms that are no noun\'s', () => {
    table((w) => lex.verbOnly(w), [['sustain', true], ['sale', false], ['run', false], ['zorblat', false]]);
    table((w) => lex.isInflectedVerb(w), [['acquiring', true], ['planned', true], ['sold', true], ['grew', true], ['took', true], ['fell', true], ['sales', false], ['ran', false], ['led', false], ['seed', false], ['feed', false], ['thing', false], ['news', false], ['zorblat', false]]);
  });
  it('concepts: a synonym class, a noun whose class is its verb\'s keeping its own', () => {
    table((w) => lex.concept(w), [['sale', 'revenue'], ['turnover', 'revenue'], ['profit', 'profit'], ['zorblat', 'zorblat']]);
    table((w) => [lex.conceptAs(w, false), lex.conceptAs(w, true)], [['bank', ['bank', 'earn']], ['sale', ['revenue', 'revenue']]]);
  });
  it('directions: by lemma, else by the word as written', () => {
    table((w) => lex.directionOf(w), [['rise', 'up'], ['grow', 'up'], ['more', 'up'], ['fall', 'down'], ['cut', 'down'], ['fewer', 'down'], ['table', undefined]]);
    assert.equal(lex.directionOf('zzz', 'up'), 'up');
    assert.equal(lex.directionOf('zzz'), undefined);
    assert.equal(lex.directionOf('rise', 'down'), 'up', 'the lemma first');
  });
  it('nominal words, bound nouns', () => {
    table((w) => lex.canBeNominal(w), [['new', true], ['user', true], ['run', true], ['zorblat', true], ['instead', false], ['quickly', false]]);
    table((w) => lex.boundNoun(w), [['floor', 'over'], ['minimum', 'over'], ['ceiling', 'under'], ['maximum', 'under'], ['cap', undefined], ['sale', undefined]]);
    assert.equal(lex.boundNoun(undefined), undefined);
  });
  it('related concepts: two of one class, one of them its head; opposites: a pair and a side', () => {
    assert.equal(lex.related('revenue', 'earn'), true);
    assert.equal(lex.related('earn', 'profit'), true);
    assert.equal(lex.related('revenue', 'profit'), false, 'neither is the head');
    assert.equal(lex.related('earn', 'earn'), false);
    assert.equal(lex.related('cost', 'wealth'), true);
    assert.equal(lex.related('cost', 'earn'), false);
    assert.deepEqual([lex.oppositeOf('import'), lex.oppositeOf('export'), lex.oppositeOf('zzz')], [[2, 0], [2, 1], undefined]);
  });
});
