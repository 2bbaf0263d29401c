// Reading families of session 32 (issue 9), found on the notes bbc-13 and bbc-14 once they became
// development notes. Every sentence and every name here is written for the test.
import * as assert from 'node:assert/strict';
import { judgedAgainst as judged } from './check-helpers';

describe('reading families (session 32): the words after an "including" aside go on with the main clause', () => {
  const SOURCE = 'Six former trustees of Halvern Trust have agreed to pay $41m (£22.4m), including $9m from their own savings, to settle a fraud lawsuit, lawyers said.';
  it('the whole, said with the main clause\'s words, is supported by the whole', () => {
    assert.equal(judged(SOURCE, 'Former Halvern Trust trustees agreed to pay $41m to settle a fraud lawsuit.', '$41m'), 'supported $41m');
  });
  it('the whole misquoted is contradicted by the whole, not by its part', () => {
    assert.equal(judged(SOURCE, 'Former Halvern Trust trustees agreed to pay $44m to settle a fraud lawsuit.', '$44m'), 'contradicted $41m');
  });
  it('the part, named by the aside\'s own words, is still the part\'s', () => {
    assert.equal(judged(SOURCE, 'Former Halvern Trust trustees will pay $9m from their own savings.', '$9m'), 'supported $9m');
  });
  it('a value after the aside keeps its own words', () => {
    const s = 'Brell Foods cut 900 jobs, including 200 in Wales, and hired 150 engineers in Leeds.';
    assert.equal(judged(s, 'Brell Foods hired 150 engineers in Leeds.', '150'), 'supported 150');
  });
});
