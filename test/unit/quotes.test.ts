// Quotes (server/src/engine/check/quotes.ts): the normalisation they are compared under (against a
// regular-expression oracle, with its map back to the source's offsets), left-out words, where a found
// quote is, and what is offered for one that is not found.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { checkNote, type NoteReport } from '../../server/src/engine/check';
import { compactNormText, normalizeWithMap, originalOffset } from '../../server/src/engine/check/quotes';
import { Corpus } from '../../server/src/engine/corpus';
import { buildSource } from '../../server/src/engine/sources';

const SEED = { seed: 15_2026 };

function check(note: string, files: Record<string, string>): NoteReport {
  return checkNote(note, new Corpus(Object.entries(files).map(([p, text], i) => buildSource(i, `/ws/sources/${p}`, text))));
}

/** The normalisation, as the regular expressions it stands for (applied to the whole string). */
function oracle(s: string): string {
  return s
    .replace(/[*_]/g, '')
    .replace(/[\u2018\u2019\u201a\u201b`\u00b4"\u201c\u201d\u201e\u201f\u00ab\u00bb]/g, "'")
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\u2026/g, '...')
    .replace(/[ \t\n\r\u00a0]+/g, ' ')
    .replace(/^ | $/g, '')
    .toLowerCase();
}

const CHARS = [
  'A', 'b', 'É', 'İ', 'x', '1', '.', '-', "'", ' ', '\t', '\n', '\r', '\u00a0', '*', '_',
  '\u2018', '\u2019', '\u201a', '\u201b', '`', '\u00b4', '"', '\u201c', '\u201d', '\u201e', '\u201f', '\u00ab', '\u00bb',
  '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\u2026', '\u2009', '\u2016', '\u200f',
];

describe('quotes: the normalisation they are compared under', () => {
  it('is case, quote marks, dashes, ellipses, emphasis marks and white space (the oracle), with a map back to each character', () => {
    const text = fc.array(fc.constantFrom(...CHARS), { maxLength: 16 }).map((xs) => xs.join(''));
    fc.assert(
      fc.property(text, (s) => {
        const n = normalizeWithMap(s);
        assert.equal(n.text, oracle(s));
        assert.equal(n.map.length, n.text.length, 'one offset per normalised character');
        for (let k = 0; k < n.text.length; k++) {
          const from = s[n.map[k]];
          // a collapsed space maps to the last character of the run it stands for (white space, or a dropped * or _)
          assert.ok(n.text[k] === ' ' ? /[\s*_]/.test(from) : normalizeWithMap(from).text.includes(n.text[k]), `${JSON.stringify(s)}: char ${k}`);
          if (k > 0) assert.ok(n.map[k] >= n.map[k - 1], 'in order');
        }
      }),
      { ...SEED, numRuns: 3000 },
    );
  });
  it('grows its buffers for text that gets longer as it is normalised (ellipses, İ), whatever the length', () => {
    for (const [s, want] of [['…'.repeat(100), '.'.repeat(300)], ['İ'.repeat(100), 'i̇'.repeat(100)], ['a … '.repeat(60), 'a ... '.repeat(60).trim()]]) {
      const n = normalizeWithMap(s);
      assert.equal(n.text, want);
      assert.equal(n.map.length, want.length);
      assert.equal(n.map[n.map.length - 1], s.trimEnd().length - 1);
    }
  });
  it('keeps the map as runs of one shift (how a source\'s normalised text is cached): the same offsets, a few runs a paragraph', () => {
    const text = fc.array(fc.constantFrom(...CHARS), { maxLength: 40 }).map((xs) => xs.join(''));
    fc.assert(
      fc.property(text, (s) => {
        const n = normalizeWithMap(s);
        const c = compactNormText(n);
        assert.equal(c.text, n.text);
        for (let k = 0; k < n.text.length; k++) assert.equal(originalOffset(c, k), n.map[k], `${JSON.stringify(s)}: char ${k}`);
      }),
      { ...SEED, numRuns: 3000 },
    );
    // a source of 200 paragraphs: a run where the shift changes (each paragraph break, emphasis mark and
    // ellipsis character: five a paragraph here), not one per character
    const body = Array.from({ length: 200 }, (_, i) => `Paragraph ${i} says the *harbour* handled ${i * 37} boats … in the spring.`).join('\n\n');
    const c = compactNormText(normalizeWithMap(body));
    assert.equal(c.at.length, 200 * 5, `${c.at.length} runs for ${c.text.length} characters`);
    assert.equal(originalOffset(c, c.text.length - 1), body.length - 1);
  });
  it('keeps the offsets of a source right after a letter that lower-cases to two characters (İ)', () => {
    const files = { 'a.txt': 'Istanbul\n\nİstanbul officials said the bridge was "a marvel of engineering" at the opening.\n' };
    const r = check('Officials called it "a marvel of engineering" [@a].\n', files);
    assert.equal(r.quotes[0].verdict, 'found');
    const e = r.quotes[0].evidence[0];
    assert.equal(e.source.text.slice(e.start, e.end), 'a marvel of engineering');
  });
});

describe('quotes: left-out words, and where a found quote is', () => {
  const files = {
    'r.txt':
      'Reach of the apps\n\nThe first paragraph is about something else entirely.\n\n' +
      'The family of apps reaches nearly 4 billion people every month.\n\nA last paragraph closes the piece.\n',
  };
  const found = (quote: string) => check(`They said "${quote}" [@r].\n`, files).quotes[0];
  const at = (q: ReturnType<typeof found>) => q.evidence[0].source.text.slice(q.evidence[0].start, q.evidence[0].end);

  it('an ellipsis with or without spaces, or in brackets, leaves out words in order', () => {
    for (const q of ['The family of apps … nearly 4 billion people', 'The family of apps…nearly 4 billion people', 'The family of apps...nearly 4 billion people', 'The family of apps [...] nearly 4 billion people', 'The family of apps [ … ] nearly 4 billion people']) {
      const r = found(q);
      assert.equal(r.verdict, 'found', q);
      assert.equal(at(r), 'The family of apps reaches nearly 4 billion people', `${q}: from the first word to the last`);
    }
    assert.equal(found('nearly 4 billion people … The family of apps').verdict, 'not-found', 'out of order');
  });
  it('punctuation around the left-out words is not part of the quote; other words next to an ellipsis are', () => {
    assert.equal(found('The family of apps,; … ,; nearly 4 billion people').verdict, 'found');
    assert.equal(found('The family of apps…reaching 4 billion people').verdict, 'not-found', '"reaching" is not the source’s');
    assert.equal(found('The family of appz…nearly 4 billion people').verdict, 'not-found');
    assert.equal(found('The family of apps [x...] nearly 4 billion people').verdict, 'not-found', 'a bracket with other words in it');
    assert.equal(found('The family of apps [...x] nearly 4 billion people').verdict, 'not-found');
  });
  it('a quote that starts with an ellipsis is found where its words start; one that is only an ellipsis is not found', () => {
    const r = found('… nearly 4 billion people');
    assert.equal(r.verdict, 'found');
    assert.equal(at(r), 'nearly 4 billion people');
    assert.equal(found('...').verdict, 'not-found');
  });
  it('the evidence is the passage the quote is in, not the first', () => {
    const r = found('reaches nearly 4 billion people');
    assert.equal(r.evidence[0].passage.line, 4);
    assert.match(r.evidence[0].passage.text, /^The family of apps/);
    const last = found('A last paragraph closes the piece');
    assert.equal(last.evidence[0].passage.line, 6);
  });
});

describe('quotes: what is offered for a quote not found', () => {
  const files = {
    'q.txt':
      'Interview\n\nThe chief scientist said the plan was “bold,   careful and   fully funded” before the vote.\n\n' +
      'The board discussed the budget for the bridge at length.\n\nThe board was careful and thorough about the budget.\n',
  };
  it('the closest passage is the most similar one, not the last candidate; its span lies inside it', () => {
    const r = check('He said the plan was "bold, careful and partly funded" [@q].\n', files);
    const e = r.quotes[0].evidence[0];
    assert.equal(e.passage.line, 2);
    assert.ok(e.start >= e.passage.start && e.end <= e.passage.end, 'inside its passage');
    const next = check('He said "careful and fully funded before the vote The board discussed" [@q].\n', files).quotes[0].evidence[0];
    assert.ok(next.start >= next.passage.start && next.end <= next.passage.end, `span ${next.start}-${next.end} outside ${next.passage.start}-${next.passage.end}`);
  });
  it('of two equally close spans, the first', () => {
    const twice = { 't.txt': 'Twice\n\nThey said it was bold, careful and fully funded. Later they said it was bold, careful and fully funded.\n' };
    const r = check('He said "bold, careful and partly funded" [@t].\n', twice);
    const e = r.quotes[0].evidence[0];
    assert.equal(e.start, e.source.text.indexOf('bold, careful'));
    assert.equal(r.quotes[0].suggestion, 'bold, careful and fully funded');
  });
  it('the source’s exact words, white space collapsed and double quote marks made single, for a clear misquote', () => {
    const r = check('He said the plan was "bold, careful and partly funded" [@q].\n', files);
    assert.equal(r.quotes[0].verdict, 'not-found');
    assert.equal(r.quotes[0].suggestion, 'bold, careful and fully funded');
    const marks = check('He said the plan was "was ‘bold, careful and partly funded’ before" [@q].\n', files);
    assert.equal(marks.quotes[0].suggestion, 'was ‘bold, careful and fully funded’ before');
  });
  it('nothing to offer when the closest words are not the same sentence', () => {
    const r = check('He said "the plan for the moon was never funded" [@q].\n', files);
    assert.equal(r.quotes[0].verdict, 'not-found');
    assert.ok(r.quotes[0].evidence.length > 0, 'a closest passage is still named');
    assert.equal(r.quotes[0].suggestion, undefined);
  });
});
