// Property-based tests of the note parser (fast-check): pathological shapes at realistic sizes
// (100 KB lines, 10,000-level nesting, long runs of '[@', '*a', '[[[', quotes) mixed with
// markdown never throw and give well-formed parses; the fast paths agree with remark (the hand-written
// scanners against the regular expressions they replaced: notes-scanners.test.ts). Each case must finish:
// the mocha timeouts are generous liveness bounds for work that takes milliseconds.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { MAX_CHUNK_MARKERS, MAX_NESTING, NoteParser, parseNote } from '../../server/src/engine/notes';
import { checkNote } from '../../server/src/engine/check';
import { Corpus } from '../../server/src/engine/corpus';
import { buildSource } from '../../server/src/engine/sources';
import { layoutChunk, treeLayout } from '../../server/src/engine/notes/markdown';
import { assertWellFormed, view } from './note-checks';

const SEED = { seed: 20240611 }; // fixed: a failure replays; fast-check prints the counterexample

const PIECES = [
  'Meta', 'said', 'the', 'users', 'GPUs', '350,000', '$14.3 billion', '25.6%', '2024', 'about', 'nearly', 'a billion', 'twelve',
  ' ', ' ', ' ', '.', ',', ';', '\n', '\n', '\n\n', '  \n', '\r\n', '\t', '[@001]', '[@a, p. 3; @b]', '[@', '@x', ']', '[', '(', ')',
  '"', '“', '”', '‘', '’', '`', '```', '~~~', '> ', '>', '# ', '## ', '- ', '* ', '+ ', '1. ', '2) ', '    ', '---', '===', '***',
  '*', '_', '**', '<b>', '</b>', '<!-- grounded-ignore -->', '<!-- grounded-ignore figure-mismatch -->', '<!--', '-->', '<http://x/9>',
  '[link](http://x/9)', '![img](http://x/8.png)', '[ref]', '[ref]: http://x/7', '\\', '&amp;', '|', '—', '…', '\u00a0', '\ufeff', '\u0000',
];

const piece = fc.constantFrom(...PIECES);
/** Short markdown made of the pieces above. */
const mixed = (max: number) => fc.array(piece, { maxLength: max }).map((xs) => xs.join(''));

/** The pathological shapes, at realistic sizes. */
const pathological = fc.oneof(
  fc
    .tuple(fc.constantFrom('>', '> ', '- ', '* ', '+ ', '1. ', '  ', '\t', '>- ', '> 1) ', '  - '), fc.integer({ min: 1, max: 10_000 }), mixed(8))
    .map(([m, n, tail]) => m.repeat(n) + tail),
  fc
    .tuple(fc.constantFrom('[@', '*a', '[', '[[', '"', '“', '‘', '’', '`', '<', '[a]', '![', '](', '&', '\\', '_a', '[@a]', '"a ', '‘a’b ', '“a ', '[a](', '<!--'), fc.integer({ min: 1, max: 50_000 }))
    .map(([u, n]) => u.repeat(n)),
  fc.tuple(fc.integer({ min: 2, max: 100_000 }), fc.boolean()).map(([n, trailing]) => 'word 12' + ' '.repeat(n) + 'next 3%' + (trailing ? ' '.repeat(n) : '')),
  fc.tuple(fc.constantFrom(':', '.', '-', '/', '?', ' ', ';'), fc.integer({ min: 1, max: 100_000 })).map(([p, n]) => `[@a${p.repeat(n)}b] and [@c${p.repeat(n)}]`),
  fc
    .tuple(fc.constantFrom('a\n===\n', 'a\n---\n', '- a\n', '> a\n', '[a]: b\n', '    code\n', '```\n', 'a\n', '# h\n', '1. [a](b)\n'), fc.integer({ min: 1, max: 1_000 }))
    .map(([u, n]) => u.repeat(n)),
);

/** A note: pathological shapes and markdown, joined by line breaks, blank lines or nothing. */
const hostileNote = fc
  .array(fc.tuple(fc.oneof(pathological, mixed(40)), fc.constantFrom('', ' ', '\n', '\n\n')), { minLength: 1, maxLength: 4 })
  .map((parts) => parts.map(([p, sep]) => p + sep).join(''));

describe('note parser properties (fast-check)', function () {
  this.timeout(60_000); // liveness bound per property (a busy 2-core machine): each case takes milliseconds, the hostile ones up to 400,000 characters

  it('hostile notes: no throw, every span in range, in order and in its block; figures are the note’s text', () => {
    fc.assert(
      fc.property(hostileNote, (text) => {
        assertWellFormed(text, parseNote(text));
      }),
      { ...SEED, numRuns: 100 },
    );
  });

  it('short markdown: well-formed, and a kept parser gives what a fresh one gives', () => {
    const kept = new NoteParser();
    fc.assert(
      fc.property(mixed(120), (text) => {
        const fresh = parseNote(text);
        assertWellFormed(text, fresh);
        assert.equal(view(kept.parse(text)), view(fresh));
      }),
      { ...SEED, numRuns: 400 },
    );
  });

  it('an edited note parsed by the same parser equals a fresh parse (cached chunks are reused safely)', () => {
    const blocks = fc.array(mixed(25), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(blocks, fc.nat(), mixed(6), (bs, at, insert) => {
        const parser = new NoteParser({ cacheSize: 8 });
        const before = bs.join('\n\n');
        const edited = [...bs];
        edited[at % bs.length] += insert;
        parser.parse(before);
        const after = edited.join('\n\n');
        assert.equal(view(parser.parse(after)), view(parseNote(after)));
      }),
      { ...SEED, numRuns: 200 },
    );
  });
});

describe('fast paths agree with remark', () => {
  it('plain paragraphs: the same parse with and without the fast path', () => {
    const plain = fc
      .array(fc.constantFrom('Meta', 'said', '12', '350,000', ' ', ' ', '  ', '\n', '\n', '    ', '.', ',', '[@a]', '[@b, p. 3]', '[@c](x)', '[@d]:', '-', '1.', '2)', '=', '+', 'é', '\r\n', '\t', '"', '“', '”', '\u00a0', '\f', '\u3000'), { maxLength: 40 })
      .map((xs) => xs.join(''));
    const slow = new NoteParser({ plainFastPath: false });
    fc.assert(
      fc.property(plain, (t) => {
        assert.equal(view(parseNote(t)), view(slow.parse(t)));
      }),
      { ...SEED, numRuns: 500 },
    );
  });

  it('bullet lists, headings and fenced code: the same parse with and without the fast path', () => {
    const text = fc
      .array(fc.constantFrom('Meta', 'said', '12', '2004', '1.', '2)', '350,000', ' ', ' ', '  ', '.', ',', '[@a]', '[@b, p. 3]', '[@c](x)', '[@d]:', '-', '- ', '---', '=', '+', '*', '#', '`', '>', 'é', '\t', '\u00a0', '\r'), { minLength: 1, maxLength: 8 })
      .map((xs) => xs.join(''));
    const line = fc.tuple(fc.constantFrom('- ', '- ', '- ', '-  ', ' - ', '* ', '-', ''), text).map(([m, t]) => m + t);
    const tail = fc.constantFrom('', '\n', '\n\n', '\n \n', '\n\n\n');
    const list = fc.tuple(fc.array(line, { minLength: 1, maxLength: 6 }), fc.constantFrom('\n', '\n', '\n\n'), tail).map(([ls, sep, t]) => ls.join(sep) + t);
    const heading = fc.tuple(fc.integer({ min: 1, max: 7 }), fc.constantFrom(' ', ' ', '  ', ''), text, fc.constantFrom('', '', ' #', ' ', '\nmore', '\n==='), tail).map(([k, sp, t, end, tl]) => '#'.repeat(k) + sp + t + end + tl);
    const codeLine = fc.oneof(text, fc.constantFrom('```', '  ```', '    ```', '````', '``` x', '', ' ```  '));
    const fence = fc
      .tuple(fc.constantFrom('```', '```', '````', '~~~', '``'), fc.constantFrom('', 'python', ' js', 'a`b'), fc.array(codeLine, { maxLength: 5 }), fc.constantFrom('```', '```', '````', '``', '```  ', ' ```', '~~~'), fc.constantFrom('', '', '\nafter'), tail)
      .map(([open, info, body, close, after, t]) => [open + info, ...body, close].join('\n') + after + t);
    const slow = new NoteParser({ plainFastPath: false });
    fc.assert(
      fc.property(fc.oneof(list, heading, fence), (t) => {
        assert.equal(view(parseNote(t)), view(slow.parse(t)));
        const fast = layoutChunk(t);
        if (fast.mode === 'fast') assert.deepEqual([fast.blocks, fast.masks, fast.blockquotes, fast.html], (({ blocks, masks, blockquotes, html }) => [blocks, masks, blockquotes, html])(layoutChunk(t, false)));
      }),
      { ...SEED, numRuns: 2000 },
    );
  });

  it('emphasis switched off changes no block, mask, quote or comment', () => {
    const withEmphasis = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']);
    const md = fc
      .array(fc.constantFrom('*', '**', '_', '__', 'a', 'b c', ' ', '\n', '\n\n', '[x](y)', '[', ']', '(', ')', '`', '<b>', '![i](j)', '<http://k>', '\\*', '> ', '- ', '# ', '1. ', '"q"', '[@a]', '  \n'), { maxLength: 40 })
      .map((xs) => xs.join(''));
    const sorted = (xs: [number, number][]) => [...xs].sort((p, q) => p[0] - q[0] || p[1] - q[1]);
    fc.assert(
      fc.property(md, (t) => {
        const ours = layoutChunk(t, false);
        const theirs = treeLayout(withEmphasis.parse(t));
        assert.equal(ours.mode, 'markdown');
        assert.deepEqual(ours.blocks, theirs.blocks);
        assert.deepEqual(sorted(ours.masks), sorted(theirs.masks));
        assert.deepEqual(ours.blockquotes, theirs.blockquotes);
        assert.deepEqual(ours.html, theirs.html);
      }),
      { ...SEED, numRuns: 500 },
    );
  });
});

describe('bounded nesting', () => {
  it(`parses ${MAX_NESTING} levels of block quotes and lists; deeper parts of lines are masked, not parsed`, () => {
    for (const marker of ['>', '> ', '- ', '1. ']) {
      const ok = marker.repeat(MAX_NESTING - 1) + 'quoted 12 [@a]';
      const n = parseNote(ok);
      assertWellFormed(ok, n);
      assert.deepEqual(n.citations.map((c) => c.key), ['a'], `${JSON.stringify(marker)} × ${MAX_NESTING - 1}`);
      assert.equal(n.figures[0]?.text, '12');
      const deep = marker.repeat(10_000) + 'quoted 12 [@a]\n\nAfter 5 [@b].\n';
      const d = parseNote(deep);
      assertWellFormed(deep, d);
      assert.deepEqual(d.citations.map((c) => c.key), ['b'], 'the over-deep part is masked');
      assert.equal(d.masked.indexOf('quoted'), -1);
    }
  });

  const deepLines = (lines: number, depth = 50) => Array.from({ length: lines }, (_, i) => `${'> '.repeat(depth)}Sales rose ${(i % 90) + 1}% in ${1990 + (i % 30)} [@src].`).join('\n') + '\n';
  const corpus = () => new Corpus([buildSource(0, '/ws/sources/src.txt', 'Title\n\nSales rose 5% in 1995.\n')]);

  it(`a block of more than ${MAX_CHUNK_MARKERS} block-quote and list markers is read as plain paragraphs, with one check-limit finding; at the limit, as markdown`, function () {
    this.timeout(60_000);
    const at = deepLines(MAX_CHUNK_MARKERS / 50);
    const over = deepLines(MAX_CHUNK_MARKERS / 50 + 1);
    const a = layoutChunk(at);
    assert.equal(a.mode, 'markdown');
    assert.equal(a.blockquotes.length, 50);
    assert.equal(a.overNested, undefined);
    const o = layoutChunk(over);
    assert.equal(o.mode, 'plain');
    assert.deepEqual(o.blockquotes, []);
    assert.equal(o.overNested, MAX_CHUNK_MARKERS + 50);
    // the same sentences and figures either way (one a line), and the markers masked
    const n = parseNote(over);
    assertWellFormed(over, n);
    assert.equal(n.sentences.length, MAX_CHUNK_MARKERS / 50 + 1);
    assert.equal(n.figures.length, 2 * n.sentences.length);
    assert.equal(n.masked.slice(0, 100).trim(), '');
    assert.deepEqual(n.overNested, [{ start: 0, end: over.length, markers: MAX_CHUNK_MARKERS + 50 }]);
    assert.equal(parseNote(at).overNested, undefined);
    // one finding, on the block's first line; the note around it parsed as markdown
    const text = `# Notes\n\nSales rose 5% in 1995 [@src].\n\n${over}\n> Sales rose 5% in 1995 [@src].\n`;
    const r = checkNote(text, corpus());
    const limits = r.diagnostics.filter((d) => d.code === 'check-limit' && /plain paragraphs/.test(d.message));
    assert.equal(limits.length, 1);
    assert.match(limits[0].message, new RegExp(`read as plain paragraphs, not markdown: its lines hold ${(MAX_CHUNK_MARKERS + 50).toLocaleString('en-US')} block-quote and list markers, over the ${MAX_CHUNK_MARKERS.toLocaleString('en-US')} limit`));
    const start = text.indexOf('> ');
    assert.equal(limits[0].start, start);
    assert.equal(text.slice(limits[0].start, limits[0].end), over.slice(0, over.indexOf('\n')));
    assert.equal(r.note.blocks[0].kind, 'heading');
    assert.equal(r.note.blocks[r.note.blocks.length - 1].inBlockquote, true, 'the block after it is markdown');
    assert.equal(checkNote(`# Notes\n\n${at}`, corpus()).diagnostics.filter((d) => d.code === 'check-limit' && /plain paragraphs/.test(d.message)).length, 0);
  });

  it('a 1.95 MB note of lines 50 block quotes deep parses in a bounded time (session 34: 19 s and 2.5 GB, micromark\'s events of every marker)', function () {
    this.timeout(10_000);
    const note = deepLines(15_300);
    assert.ok(note.length > 1_950_000);
    const n = parseNote(note);
    assert.equal(n.sentences.length, 15_300);
    assert.equal(n.overNested?.length, 1);
  });
});
