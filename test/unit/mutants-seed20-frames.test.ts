// The frame readings at edges seed 20 of the mutation sample found untested (StrykerJS, seed 20,
// engine/frames survivors), in made-up sentences. Each case fails with its seed-20 mutant applied
// and passes without it; the file and line in each title are those of the draw (commit bd73b0b).
import * as assert from 'node:assert/strict';
import { Lexicon } from '../../server/src/engine/frames/lexicon';
import { frameIn } from '../helpers/frameReads';

describe('seed 20 survivors: frames', () => {
  const lex = new Lexicon();

  it('a verb of its own between a change and "and" ends the gapped reading: "rose 5% while landlords waited and 7% of tenants" (frame.ts:255 gapped)', () => {
    const fr = frameIn(lex, 'Rents rose 5% while landlords waited and 7% of tenants moved out.', '7%');
    assert.equal(fr.role, 'share');
    assert.equal(fr.direction, undefined);
    // (no verb between: the gapped change is still read)
    assert.equal(frameIn(lex, "Kelby's sales rose 11% and Minto's 10%.", '10%').role, 'change');
  });

  it('a trade partner after "with" is read at most four names long (frame.ts:446 partnerAfter)', () => {
    assert.deepEqual(frameIn(lex, 'Kelby earned $5bn from trade with North South East West Wales.', '$5bn').partner, ['north', 'south', 'east', 'west']);
  });

  it('profit and loss are each other\'s opposite, and a metric outside the pair has none (lexicon.ts:785 opposedTo)', () => {
    assert.deepEqual(lex.opposedTo('profit'), ['loss']);
    assert.deepEqual(lex.opposedTo('loss'), ['profit']);
    assert.deepEqual(lex.opposedTo('sale'), []);
  });

  it('a word ending in "ss" keeps its "ss": "pass" is no "pas", "boss" no "bos" (lexicon.ts:821 lemma)', () => {
    for (const w of ['pass', 'boss', 'glass']) assert.equal(lex.lemma(w), w);
    assert.equal(lex.lemma('ladies'), 'lady');
  });

  it('only an -ing form is a listed gerund: "sale" and "pay" are listed nouns, no gerunds (lexicon.ts:939 listedGerund)', () => {
    assert.equal(lex.listedGerund('spending'), true);
    for (const w of ['sale', 'pay', 'earnings']) assert.equal(lex.listedGerund(w), false, w);
  });

  it('a sentence opening with a level adjective and a comma is read without failing: "High, currently close to 30%." (metric.ts:285 phraseBefore)', () => {
    for (const s of ['High, currently close to 30%.', 'Low, at about 30%, it fell.']) assert.deepEqual(frameIn(lex, s, '30%').metric, [], s);
  });

  it('a pronoun before "at NAME" is no head of what is measured: "Everyone at Kelby earned $5m" measures earnings (metric.ts:534 headBeforeName)', () => {
    assert.deepEqual(frameIn(lex, 'Everyone at Kelby earned $5m.', '$5m').metric, ['earn']);
    assert.deepEqual(frameIn(lex, 'Nobody at Kelby earned $5m.', '$5m').metric, ['earn']);
  });

  it('an -ed word right after "to" earlier in the sentence does not undo a past verb nearer the figure: "Thanks to renewed interest, Kelby shipped 300 vans" (period.ts:81 modeOf)', () => {
    assert.equal(frameIn(lex, 'Thanks to renewed interest, Kelby shipped 300 vans.', '300').period.mode, 'past');
  });

  it('a hedged number of an age\'s size opening the sentence is read without failing: "Under 16 people came." (role.ts:104 ageBound)', () => {
    assert.deepEqual(frameIn(lex, 'Under 16 people came.', '16').metric, ['people']);
    assert.equal(frameIn(lex, 'Over 65 turned up.', '65').role, 'level');
  });

  it('"from X" after a change noun is the level left: "the increase from 5% to 7%" (role.ts:137 roleOf)', () => {
    const fr = frameIn(lex, 'The increase from 5% to 7% hurt Kelby.', '5%');
    assert.equal(fr.role, 'level');
    assert.equal(fr.direction, undefined);
  });

  it('a margin word opening the sentence still makes the figure after "by" a change: "Trailing by 300 votes, Kelby lost." (role.ts:205 marginBy)', () => {
    const fr = frameIn(lex, 'Trailing by 300 votes, Kelby lost.', '300');
    assert.equal(fr.role, 'change');
    assert.equal(fr.direction, 'down');
  });

  it('a name right after another figure is no subject of this one: "sold 300 vans to 20 Minto stores" is Kelby\'s (walk.ts:139 collect)', () => {
    assert.deepEqual(frameIn(lex, 'Kelby sold 300 vans to 20 Minto stores.', '300').subject, ['kelby']);
    assert.deepEqual(frameIn(lex, 'Kelby sold 300 vans in 2004 Minto said.', '300').subject, ['kelby']);
  });

  it('"the end of Q3 2004" before a figure says when, not what is measured (metric.ts:448 timePartAt)', () => {
    assert.deepEqual(frameIn(lex, 'Kelby sales at the end of Q3 2004 were $5m.', '$5m').metric, ['revenue', 'kelby']);
  });

  it('a name before a place read past still ends the look-back: "Rival Minto in Leeds at £99" measures no rival (metric.ts:335 phraseBefore)', () => {
    const fr = frameIn(lex, 'Rival Minto in Leeds at £99 sold out.', '£99');
    assert.deepEqual(fr.metric, []);
    assert.deepEqual(fr.placeBefore, ['leeds']);
  });
});
