// The stemmer (server/src/engine/text.ts) that makes a note's words meet a source's: written against
// the mutants of scripts/mutate-sample.mjs that survived (a doubled consonant before "-ing", a short
// word's final "e"); and sentenceSpans, each rule of a sentence's end in a table of made-up lines.
import * as assert from 'node:assert/strict';
import { sentenceSpans, stem } from '../../server/src/engine/text';

describe('stem: the mutants that survived the sample', () => {
  it('a doubled consonant before "-ing" or "-ed" is undone, but not a doubled l, s or z', () => {
    assert.equal(stem('running'), stem('run'));
    assert.equal(stem('stopped'), stem('stop'));
    assert.equal(stem('falling'), 'fall');
    assert.equal(stem('missed'), stem('miss'));
  });
  it('"-ed" is taken off words longer than four letters only: "shed" and "bred" stay whole, "sheds" meets "shed"', () => {
    assert.deepEqual(['shed', 'bred', 'sheds', 'shredded'].map(stem), ['shed', 'bred', 'shed', 'shred']);
  });
  it('a word of three letters keeps its final "e", so its plural meets it', () => {
    assert.equal(stem('uses'), stem('use'));
    assert.equal(stem('use'), 'use');
  });
});

describe('sentenceSpans: where a sentence ends, in sources and (softWrap) in notes', () => {
  const cases: [string, boolean, string[]][] = [
    ["One. Two.", false, ["One.", "Two."]],
    ["One! Two? Three.", false, ["One!", "Two?", "Three."]],
    ["He said \"Go.\" Then left.", false, ["He said \"Go.\"", "Then left."]],
    ["It (really.) Went.", false, ["It (really.)", "Went."]],
    ["One.Two.", false, ["One.Two."]],
    ["One. two.", false, ["One. two."]],
    ["Mr. Smith came. He sat.", false, ["Mr. Smith came.", "He sat."]],
    ["J. Smith came.", false, ["J. Smith came."]],
    ["The U.S. Army came. It sat.", false, ["The U.S. Army came.", "It sat."]],
    ["It hit 5.45m. The rest fell.", false, ["It hit 5.45m.", "The rest fell."]],
    ["Prices hit £5m. Profits fell.", false, ["Prices hit £5m.", "Profits fell."]],
    ["One. 2024 was good.", false, ["One.", "2024 was good."]],
    ["One. \"Two.\"", false, ["One.", "\"Two.\""]],
    ["One. (Two.)", false, ["One.", "(Two.)"]],
    ["One. [Two.]", false, ["One.", "[Two.]"]],
    ["One. *Two*", false, ["One.", "*Two*"]],
    ["One. _Two_", false, ["One.", "_Two_"]],
    ["One. • Two", false, ["One.", "• Two"]],
    ["One. $5 more.", false, ["One.", "$5 more."]],
    ["One. £5 more.", false, ["One.", "£5 more."]],
    ["One. €5 more.", false, ["One.", "€5 more."]],
    ["One. Émile came.", false, ["One.", "Émile came."]],
    ["One. ‘Two’", false, ["One.", "‘Two’"]],
    ["One. “Two”", false, ["One.", "“Two”"]],
    ["Wait… Then go.", false, ["Wait…", "Then go."]],
    ["One.\tTwo.", false, ["One.", "Two."]],
    ["One.  Two.", false, ["One.", "Two."]],
    ["One. \nTwo.", false, ["One.", "Two."]],
    ["A short heading\nBody text here.", false, ["A short heading", "Body text here."]],
    ["A short heading\nBody text here.", true, ["A short heading\nBody text here."]],
    ["This line is long enough to be more than sixty characters wide, surely\nand it goes on.", false, ["This line is long enough to be more than sixty characters wide, surely\nand it goes on."]],
    ["This line is long enough to be more than sixty characters wide, surely\nand it goes on.", true, ["This line is long enough to be more than sixty characters wide, surely\nand it goes on."]],
    ["This line is long enough to be more than sixty characters wide, ends:\nand it goes on.", false, ["This line is long enough to be more than sixty characters wide, ends:", "and it goes on."]],
    ["This line is long enough to be more than sixty characters wide, ends!\nand it goes on.", true, ["This line is long enough to be more than sixty characters wide, ends!", "and it goes on."]],
    ["This line is long enough to be more than sixty characters wide, ends?\nand it goes on.", true, ["This line is long enough to be more than sixty characters wide, ends?", "and it goes on."]],
    ["This line is long enough to be more than sixty characters wide, ends.\nand it goes on.", true, ["This line is long enough to be more than sixty characters wide, ends.", "and it goes on."]],
    ["This line is long enough to be more than sixty characters wide, it goes\n- item", true, ["This line is long enough to be more than sixty characters wide, it goes", "- item"]],
    ["This line is long enough to be more than sixty characters wide, it goes\n* item", false, ["This line is long enough to be more than sixty characters wide, it goes", "* item"]],
    ["This line is long enough to be more than sixty characters wide, it goes\n+ item", false, ["This line is long enough to be more than sixty characters wide, it goes", "+ item"]],
    ["This line is long enough to be more than sixty characters wide, it goes\n# Head", false, ["This line is long enough to be more than sixty characters wide, it goes", "# Head"]],
    ["This line is long enough to be more than sixty characters wide, it goes\n> quote", false, ["This line is long enough to be more than sixty characters wide, it goes", "> quote"]],
    ["This line is long enough to be more than sixty characters wide, it goes\n• item", false, ["This line is long enough to be more than sixty characters wide, it goes", "• item"]],
    ["This line is long enough to be more than sixty characters wide, it goes\n| a |", false, ["This line is long enough to be more than sixty characters wide, it goes", "| a |"]],
    ["This line is long enough to be more than sixty characters wide, it goes\n12. item", false, ["This line is long enough to be more than sixty characters wide, it goes", "12. item"]],
    ["This line is long enough to be more than sixty characters wide, it goes\n12) item", false, ["This line is long enough to be more than sixty characters wide, it goes", "12) item"]],
    ["This line is long enough to be more than sixty characters wide, it goes\n12 items", false, ["This line is long enough to be more than sixty characters wide, it goes\n12 items"]],
    ["This line is long enough to be more than sixty characters wide, it goes\n-item", false, ["This line is long enough to be more than sixty characters wide, it goes\n-item"]],
    ["This line is long enough to be more than sixty characters wide, it goes\n\nNext.", true, ["This line is long enough to be more than sixty characters wide, it goes", "Next."]],
    ["- a list item that is long enough to pass the sixty character limit ok\nnext", false, ["- a list item that is long enough to pass the sixty character limit ok", "next"]],
    ["12. a list item that is long enough to pass the sixty character limit\nnext", false, ["12. a list item that is long enough to pass the sixty character limit", "next"]],
    ["# A heading that is long enough to pass the sixty character limit ok\nnext", false, ["# A heading that is long enough to pass the sixty character limit ok", "next"]],
    ["> A quote that is long enough to pass the sixty character limit here ok\nnext", false, ["> A quote that is long enough to pass the sixty character limit here ok", "next"]],
    ["This line is long enough to be more than sixty characters wide, it goes\r\nand on.", false, ["This line is long enough to be more than sixty characters wide, it goes\r\nand on."]],
    ["  One.  ", false, ["One."]],
    ["", false, []],
    [" One. ", false, ["One."]],
  ];
  for (const [text, softWrap, sentences] of cases) {
    it(`${JSON.stringify(text.slice(0, 48))}${softWrap ? ' (note)' : ''}`, () => {
      assert.deepEqual(sentenceSpans(text, 0, text.length, softWrap).map(([a, b]) => text.slice(a, b)), sentences);
    });
  }
  it('a line break after a short line ends a source\'s sentence: under 60 characters', () => {
    const at = (n: number) => sentenceSpans('x'.repeat(n) + '\nand on.').length;
    assert.equal(at(59), 2);
    assert.equal(at(60), 1);
  });
  it('spans of a part of the text, in the text\'s offsets', () => {
    assert.deepEqual(sentenceSpans('xx One. Two. yy', 3, 12), [[3, 7], [8, 12]]);
  });
  it('a word with dots inside ends with its own dot, not the sentence: "B.Sc." read back to its start', () => {
    const text = 'She has a B.Sc. From Leeds. Then more.';
    assert.deepEqual(sentenceSpans(text).map(([a, b]) => text.slice(a, b)), ['She has a B.Sc. From Leeds.', 'Then more.']);
  });
  it('a line break or a terminator after the part is not read: the last span ends at the part\'s end', () => {
    const text = 'Ten green bottles stand on the wall\nand more. After it.';
    assert.deepEqual(sentenceSpans(text, 0, 9), [[0, 9]]);
    assert.deepEqual(sentenceSpans('It was green. Then red.', 0, 12), [[0, 12]]);
  });
});
