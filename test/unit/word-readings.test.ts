// A word's reading away from a sentence's opening is made once per written form and kept by the
// lexicon (Lexicon.reading, tokens.ts readWord); the opening word is read where it stands (the word
// after it and the corpus decide it), and neither reading leaks into the other. Every sentence here is
// written for the test.
import * as assert from 'node:assert/strict';
import { extractFigures } from '../../server/src/engine/figures';
import { Lexicon } from '../../server/src/engine/frames/lexicon';
import { frameTokens, type FrameToken, type WordReading } from '../../server/src/engine/frames/tokens';

const tokens = (lex: Lexicon, s: string, ordinary: (low: string) => boolean): FrameToken[] => frameTokens(s, 0, s.length, extractFigures(s), lex, ordinary);
/** A token's fields that tests compare (its position aside). */
const fields = (t: FrameToken) => ({ kind: t.kind, low: t.low, lemma: t.lemma, concept: t.concept, func: t.func, cap: t.cap, verb: t.verb });

describe('word readings: read once per written form', () => {
  it('the lexicon makes a reading once and returns it for the same written form after', () => {
    const lex = new Lexicon();
    let made = 0;
    const read = (raw: string): WordReading => {
      made++;
      return { kind: 'word', low: raw.toLowerCase(), lemma: raw.toLowerCase(), func: false, cap: false, verbal: false, conceptVerb: raw, conceptNoun: raw };
    };
    const a = lex.reading('Harbour', read);
    assert.equal(lex.reading('Harbour', read), a);
    assert.equal(made, 1);
    // (the written form is the key: another case is another word)
    lex.reading('harbour', read);
    assert.equal(made, 2);
  });

  it('the same sentences tokenized by one lexicon, again and again, read the same', () => {
    const lex = new Lexicon();
    const ordinary = (low: string) => lex.knows(low) && lex.ordinaryOpener(low);
    const text = ['The harbour board said Harbour Street traders sold 1,200 tickets in May.', 'Traders expect to sell more when the Harbour Festival opens on 4 June.'];
    const first = text.map((s) => tokens(lex, s, ordinary).map(fields));
    const again = text.map((s) => tokens(lex, s, ordinary).map(fields));
    assert.deepEqual(again, first);
    // ("to sell": the verb after "to", however "sell" was read before)
    const sell = again[1].find((t) => t.low === 'sell')!;
    assert.equal(sell.verb, true);
  });

  it("a sentence's opening word is read where it stands, and its reading does not leak into the same word later", () => {
    const lex = new Lexicon();
    // "Output" opens a sentence as an ordinary word (the corpus writes it in lower case) and names a company inside one
    const ordinary = (low: string) => low === 'output';
    const opener = tokens(lex, 'Output fell 4% in the year to March.', ordinary)[0];
    assert.equal(opener.kind, 'word');
    const inside = tokens(lex, 'Shares in Output rose 2% on Friday.', ordinary).find((t) => t.low === 'output')!;
    assert.equal(inside.kind, 'name');
    // …and the other way round, in a fresh lexicon: the name read first, the opener after
    const lex2 = new Lexicon();
    assert.equal(tokens(lex2, 'Shares in Output rose 2% on Friday.', ordinary).find((t) => t.low === 'output')!.kind, 'name');
    assert.equal(tokens(lex2, 'Output fell 4% in the year to March.', ordinary)[0].kind, 'word');
    // (an opener the corpus does not write in lower case stays a name, whatever was read inside a sentence)
    assert.equal(tokens(lex2, 'Output fell 4% in the year to March.', () => false)[0].kind, 'name');
  });
});
