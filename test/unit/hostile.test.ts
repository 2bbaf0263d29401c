// Property-based tests (fast-check) over hostile sources and notes: binary bytes, byte-order marks,
// huge front matter, 100 KB lines, deep markdown, sentences full of figures. Whatever the input,
// nothing throws, every span is in range, and each case finishes: the mocha timeouts are liveness
// bounds for work that takes milliseconds, never timing assertions.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import fc from 'fast-check';
import { checkNote } from '../../server/src/engine/check';
import { MAX_FIGURES_PER_SENTENCE } from '../../server/src/engine/check/policy';
import { Corpus } from '../../server/src/engine/corpus';
import { buildSource, decodeSource } from '../../server/src/engine/sources';
import type { Source } from '../../server/src/engine/types';
import { DEFAULT_PACING, InMemoryFileSystem, SourceIndex } from '../../server/src/engine/workspace';
import { articleText, figureText, hugeFrontMatter, utf16Bytes } from '../bench/hostile-cases';
import { prng } from '../bench/note-shapes';

const SEED = { seed: 20250107 };
const enc = (s: string) => new TextEncoder().encode(s);

const PIECES = [
  'Revenue', 'rose', 'the', 'Acme', ' ', ' ', '.', ',', ';', '\n', '\n\n', '\r\n', '\t', '[@acme]', '[@', '"', '“', '”', '`', '```\n', '> ', '- ',
  '# ', '|', '*', '_', '…', '—', '(', ')', '12%', '$3.4 billion', '2021', 'about 450', '12 to 18 months', 'two-thirds', '\u0000', '\ufeff', '\ud800',
];
const prose = (max: number) => fc.array(fc.constantFrom(...PIECES), { maxLength: max }).map((xs) => xs.join(''));

/** A text of figures, from a seed, of about `size` characters ("12,345, 3.4%, $5.6 billion, …"). */
const figureRun = (seed: number, size: number, sep: string) => {
  const r = prng(seed);
  const out: string[] = [];
  for (let len = 0; len < size; ) {
    const f = figureText(r);
    out.push(f);
    len += f.length + sep.length;
  }
  return out.join(sep);
};

/** The text of a hostile source (before encoding). */
const hostileText = fc.oneof(
  prose(200),
  fc.integer({ min: 0, max: 12_000 }).map((keys) => hugeFrontMatter(keys)),
  fc.tuple(fc.integer({ min: 1, max: 100_000 }), prose(20)).map(([n, tail]) => 'word 12 '.repeat(Math.ceil(n / 8)) + tail),
  fc.tuple(fc.integer({ min: 1, max: 3_000 }), fc.integer({ min: 0, max: 3_000 }), prose(30)).map(([q, l, t]) => '> '.repeat(q) + '- '.repeat(l) + t + '\n' + '>'.repeat(q)),
  fc.tuple(fc.nat(), fc.integer({ min: 100, max: 30_000 }), fc.constantFrom(', ', ' ', ' and ', '; ', '(', '')).map(([s, n, sep]) => figureRun(s, n, sep)),
  fc.tuple(fc.nat(), fc.integer({ min: 100, max: 20_000 })).map(([s, n]) => articleText(n, s)),
  fc.tuple(fc.integer({ min: 1, max: 2_000 }), prose(20)).map(([n, t]) => '`'.repeat(n) + t + '``'.repeat(n)),
);

/** Its bytes: UTF-8 with or without a byte-order mark, UTF-16 either way, a NUL somewhere, or random bytes. */
const hostileBytes = fc.oneof(
  hostileText.map(enc),
  hostileText.map((t) => new Uint8Array([0xef, 0xbb, 0xbf, ...enc(t)])),
  fc.tuple(hostileText, fc.boolean()).map(([t, be]) => utf16Bytes(t, be)),
  fc.tuple(hostileText, fc.nat()).map(([t, at]) => {
    const b = enc(t + 'x'.repeat(9_000));
    b[at % b.length] = 0;
    return b;
  }),
  fc.uint8Array({ maxLength: 3_000 }),
);

function assertSource(text: string, s: Source): void {
  let last = 0;
  for (const p of s.passages) {
    assert.ok(p.start >= last && p.start <= p.end && p.end <= text.length, `passage ${p.start}-${p.end}`);
    assert.equal(text.slice(p.start, p.end), p.text);
    for (const f of p.figures) assert.ok(f.start >= p.start && f.end <= text.length && f.start <= f.end, `figure ${f.start}-${f.end}`);
    last = p.end;
  }
  assert.ok(s.bodyStart >= 0 && s.bodyStart <= text.length);
}

function assertReport(text: string, r: ReturnType<typeof checkNote>): void {
  for (const d of r.diagnostics) {
    assert.ok(d.start >= 0 && d.start <= d.end && d.end <= text.length, `${d.code} ${d.start}-${d.end} of ${text.length}`);
    for (const fx of d.fixes) for (const e of fx.edits) assert.ok(e.start >= 0 && e.start <= e.end && e.end <= text.length, 'fix edit');
  }
}

const BASE = [
  buildSource(0, '/ws/sources/acme.txt', 'Acme results\n\nAcme said revenue rose 12% to $3.4 billion in 2021, and about 450 staff joined.\n'),
  buildSource(1, '/ws/sources/bolt.txt', 'Bolt\n\nBolt said two-thirds of its 12 to 18 months plan was done, with "a hard year" behind it.\n'),
];

describe('hostile sources and notes (fast-check)', function () {
  this.timeout(120_000); // liveness bound per property (20–25 s of cpu for the slowest; a shared 2-core machine at load 5 doubles its wall time)

  it('any bytes: decoded or skipped with a reason; a decoded source indexes with every span in range, and a note checks against it', () => {
    fc.assert(
      fc.property(hostileBytes, (bytes) => {
        const d = decodeSource(bytes);
        if ('skip' in d) return assert.match(d.skip, /binary|not valid/);
        const src = buildSource(2, '/ws/sources/hostile.md', d.text);
        assertSource(d.text, src);
        const corpus = new Corpus([...BASE, src]);
        corpus.search('revenue 12%', 5);
        const note = 'Revenue rose 12% [@hostile]. Acme said "revenue rose 12%" [@acme]. It was 450 [@bolt].';
        assertReport(note, checkNote(note, corpus));
      }),
      { ...SEED, numRuns: 120 },
    );
  });

  it('a folder of hostile files: the index never rejects, and every file is a source or a warning', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(hostileBytes, { minLength: 1, maxLength: 4 }), async (contents) => {
        const root = path.resolve('/ws');
        const fs = new InMemoryFileSystem(Object.fromEntries(contents.map((b, i) => [path.join(root, `sources/f${i}.md`), b])));
        const index = new SourceIndex(fs, { sets: [{ root, globs: ['sources/**/*.md'] }], exclude: [], maxSourceSizeKB: 100_000 }, { ...DEFAULT_PACING, sliceMs: 1e9 });
        const { corpus, warnings } = await index.update();
        const skipped = new Set(warnings.filter((w) => w.message.startsWith('skipped')).map((w) => w.path));
        assert.equal(corpus.sources.length + skipped.size, contents.length);
      }),
      { ...SEED, numRuns: 25 },
    );
  });

  it('notes with sentences full of figures (up to 20 KB a sentence): no throw, spans in range, a limit said once per sentence', () => {
    const corpus = new Corpus(BASE);
    const sentence = fc
      .tuple(fc.nat(), fc.integer({ min: 10, max: 20_000 }), fc.constantFrom(', ', ' ', '; ', ' and '), fc.constantFrom('', ' [@acme]', ' [@bolt; @acme]', ' [@nobody]'))
      .map(([seed, size, sep, cite]) => `Sales were ${figureRun(seed, size, sep)}${cite}.`);
    const note = fc.array(fc.tuple(sentence, prose(20), fc.constantFrom(' ', '\n', '\n\n')), { minLength: 1, maxLength: 3 }).map((xs) => xs.map(([s, p, sep]) => s + sep + p + sep).join(''));
    fc.assert(
      fc.property(note, (text) => {
        const r = checkNote(text, corpus);
        assertReport(text, r);
        const perSentence = new Map<number, number>();
        for (const f of r.figures) perSentence.set(f.figure.sentence, (perSentence.get(f.figure.sentence) ?? 0) + 1);
        for (const n of perSentence.values()) assert.ok(n <= MAX_FIGURES_PER_SENTENCE);
        const limited = r.diagnostics.filter((d) => d.code === 'check-limit').map((d) => r.note.figures.find((f) => f.start === d.start)?.sentence);
        assert.equal(new Set(limited).size, limited.length, 'one limit finding per sentence');
      }),
      { ...SEED, numRuns: 60 },
    );
  });
});
