// The engine's shared pieces, read where a check relies on them (engine/*.ts): index terms that
// treat a curly apostrophe as a straight one, sentences split before a numbered list item, a
// source's title from its heading, its passages in any script, dates of front matter as days,
// written forms of words (names capitalised inside a sentence, words joined by an apostrophe), a
// corpus that never takes another corpus's layout, and a value index made in bounded steps.
// Written against surviving mutants (README "Tests").
import * as assert from 'node:assert/strict';
import { termOf, sentenceSpans } from '../../server/src/engine/text';
import { buildSource, parseFrontMatter } from '../../server/src/engine/sources';
import { buildPostings } from '../../server/src/engine/indexer';
import { Corpus } from '../../server/src/engine/corpus';
import { valueIndexOfFigures } from '../../server/src/engine/valueIndex';

describe('engine core: the surviving mutants of text, sources, indexer, corpus, value index', () => {
  it('a curly apostrophe is read as a straight one: the same index term either way', () => {
    for (const [curly, straight] of [['company\u2019s', "company's"], ['Reuters\u2019', "Reuters'"], ['don\u2019t', "don't"]]) {
      assert.equal(termOf(curly), termOf(straight), curly);
    }
    assert.equal(termOf('company\u2019s'), 'company');
  });

  it('a line that starts a numbered list item ends the sentence before it, whatever its digits', () => {
    const head = 'The plan has steps that the board approved in full';
    for (const item of ['1. costs fell', '9. costs fell', '10) costs fell', '0. costs fell']) {
      const text = `${head}\n${item}`;
      const spans = sentenceSpans(text, 0, text.length, true).map(([a, b]) => text.slice(a, b));
      assert.deepEqual(spans, [head, item], item);
    }
    const wrapped = `${head}\nand the staff`;
    assert.deepEqual(sentenceSpans(wrapped, 0, wrapped.length, true).map(([a, b]) => wrapped.slice(a, b)), [wrapped], 'a soft wrap');
  });

  it("a source without front matter is titled by its first line, a heading's marks left out", () => {
    assert.equal(buildSource(0, '/s/report.txt', '# Sales in spring\n\nSales rose 5%.\n').meta.title, 'Sales in spring');
    assert.equal(buildSource(0, '/s/report.txt', '  ## Costs \n\nCosts fell.\n').meta.title, 'Costs');
    assert.equal(buildSource(0, '/s/report.txt', 'Plain first line\n\nMore.\n').meta.title, 'Plain first line');
  });

  it('a sentence of letters outside ASCII is a passage; one of punctuation alone is not', () => {
    const greek = buildSource(0, '/s/g.txt', 'Title\n\n\u0395\u03bb\u03bb\u03ac\u03b4\u03b1.\n\n-- ?\n');
    assert.deepEqual(greek.passages.map((p) => p.text), ['Title', '\u0395\u03bb\u03bb\u03ac\u03b4\u03b1.']);
  });

  it('a date in front matter is a day (YYYY-MM-DD), however YAML reads it', () => {
    assert.equal(parseFrontMatter('---\ndate: 2024-03-05\n---\nBody\n').meta.date, '2024-03-05');
    assert.equal(parseFrontMatter('---\ndate: !!timestamp 2024-03-05\n---\nBody\n').meta.date, '2024-03-05', 'a YAML timestamp');
    assert.equal(parseFrontMatter('---\ndate: "5 March 2024"\n---\nBody\n').meta.date, '5 March 2024');
  });

  it('written forms: a word capitalised after the first of its sentence (A to Z) counts as such; an apostrophe joins letters either case', () => {
    const src = buildSource(0, '/s/a.txt', 'Title\n\nSales rose at Zeta and at Acme in May.\n\nThe firm\u2019s staff don\u2019t Agree.\n');
    const { written } = buildPostings([src], src.passages);
    for (const w of ['zeta', 'acme']) assert.ok(written.capitalisedInside.has(w), w);
    assert.ok(!written.capitalisedInside.has('sales') && !written.capitalisedInside.has('the'), 'the first word of a sentence is not counted');
    assert.ok(written.lower.has("don\u2019t") || written.lower.has("don't"), [...written.lower.keys()].join(' '));
    assert.ok(!written.lower.has('don'), 'the word is not cut at its apostrophe');
  });

  it("a corpus never takes a layout made for other sources, even of the same number", () => {
    const a = [buildSource(0, '/s/a.txt', 'A\n\nOne. Two. Three.\n'), buildSource(1, '/s/b.txt', 'B\n\nOne.\n')];
    const b = [buildSource(0, '/s/c.txt', 'C\n\nOne.\n'), buildSource(1, '/s/d.txt', 'D\n\nOne. Two.\n')];
    const corpus = new Corpus(b, undefined, undefined, undefined, Corpus.layOut(a));
    assert.equal(corpus.passages.length, 5);
    assert.deepEqual([corpus.firstPid(0), corpus.firstPid(1), corpus.sourceOf(4)], [0, 2, 1]);
    assert.deepEqual(corpus.passages.map((p) => p.text), ['C', 'One.', 'D', 'One.', 'Two.']);
  });

  it('a value index of many figures is made in a few steps, not one a row', () => {
    const m = 40000;
    const steps = valueIndexOfFigures((visit) =>
      (function* () {
        for (let k = 0; k < m; k++) {
          visit(k, 0, (k * 7919) % 1000, 'number');
          if (k % 4096 === 4095) yield 4096;
        }
        yield m % 4096;
      })(),
    );
    let n = 0;
    let r = steps.next();
    while (!r.done) {
      n++;
      r = steps.next();
    }
    assert.ok(n < 200, `${n} steps`);
    const v = r.value.value;
    for (let i = 1; i < m; i++) assert.ok(v[i - 1] <= v[i], 'ascending');
    assert.equal(v.length, m);
  });
});
