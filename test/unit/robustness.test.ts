// Bad input never crashes the engine: random bytes, broken markdown and pathological text go
// through extraction, parsing and checking; every span stays inside the text.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkNote } from '../../server/src/engine/check';
import { Corpus } from '../../server/src/engine/corpus';
import { extractFigures } from '../../server/src/engine/figures';
import { chunks, parseNote } from '../../server/src/engine/notes';
import { layoutChunk } from '../../server/src/engine/notes/markdown';
import { buildSource, decodeSource } from '../../server/src/engine/sources';
import { sentenceSpans } from '../../server/src/engine/text';
import { realisticNote, SHAPES } from '../bench/note-shapes';
import { assertWellFormed } from './note-checks';

/** Deterministic PRNG (mulberry32), so a failure can be replayed. */
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  '350,000', '350, 000', '$14.3 billion', '£1.13bn', '€2bn', '25.6%', '+11.4%', '12-18 months', '12 to 18', 'Q2 2025', '2024', 'Llama 3 70B',
  'GPT-4o', 'H100', 'nearly', 'more than', 'a billion', 'tens of trillions', 'double', 'half', '[@001]', '[@a, p. 3; @b]', '[@', '@x', '"', '“', '”',
  '‘', '’', '`', '```', '\n', '\n\n', '> ', '# ', '- ', '1. ', '    ', '<!-- grounded-ignore -->', '<!--', '-->', '[link](http://x/9)', '*', '_', '|', '\\',
  '…', '...', '.', '!', '?', ' ', 'the', 'Meta', 'users', 'GPUs', '\u0000', '\ufeff', '\r\n', '—', '–', '0', '9', '.5', '1.2.3', 'v2', '#1', 'No. 10',
];

function randomText(r: () => number, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += r() < 0.85 ? PIECES[Math.floor(r() * PIECES.length)] : String.fromCharCode(Math.floor(r() * 0x3000));
  return s;
}

function assertSpans(text: string, spans: { start: number; end: number }[], what: string) {
  for (const s of spans) {
    assert.ok(s.start >= 0 && s.end <= text.length && s.start <= s.end, `${what} span ${s.start}-${s.end} outside 0-${text.length}`);
  }
}

describe('robustness: random and broken input', function () {
  this.timeout(60_000);
  const corpus = new Corpus([
    buildSource(0, '/ws/sources/001_a.txt', 'Chips\n\nThe firm plans to hold roughly 350, 000 H100 chips once 2024 is over, and “doomed” designs.\n'),
    buildSource(1, '/ws/sources/002_b.md', '---\ntitle: Deals\nid: deal\n---\n\nIt put $14.3 billion into Scale AI.\n'),
  ]);

  it('extractFigures: 300 random texts, figures inside the text and equal to their span', () => {
    const r = rng(1);
    for (let i = 0; i < 300; i++) {
      const t = randomText(r, 60);
      const figs = extractFigures(t);
      assertSpans(t, figs, 'figure');
      for (const f of figs) {
        assert.equal(t.slice(f.start, f.end), f.text);
        assert.ok(Number.isFinite(f.value), `non-finite value for ${JSON.stringify(f.text)}`);
      }
    }
  });

  it('parseNote and checkNote: 300 random notes, no throw, spans inside the note', () => {
    const r = rng(2);
    for (let i = 0; i < 300; i++) {
      const t = randomText(r, 80);
      const n = parseNote(t);
      assertWellFormed(t, n);
      assertSpans(t, n.sentences, 'sentence');
      assertSpans(t, n.citations, 'citation');
      assertSpans(t, n.quotes, 'quote');
      assert.equal(n.masked.length, t.length);
      const rep = checkNote(t, corpus);
      assertSpans(t, rep.diagnostics, 'diagnostic');
      for (const d of rep.diagnostics) for (const fx of d.fixes) assertSpans(t, fx.edits, 'fix edit');
    }
  });

  it('buildSource: 200 random sources, passages exact and in order', () => {
    const r = rng(3);
    for (let i = 0; i < 200; i++) {
      const t = randomText(r, 80);
      const s = buildSource(0, `/ws/sources/r${i}.txt`, t);
      let last = 0;
      for (const p of s.passages) {
        assert.equal(t.slice(p.start, p.end), p.text);
        assert.ok(p.start >= last, 'passages out of order');
        last = p.end;
        assertSpans(t, p.figures, 'source figure');
      }
      new Corpus([s]).search('the 350,000 GPUs', 5);
    }
  });

  it('survives pathological sizes: a 1 MB line, 50,000 dots, deep nesting, an empty note', () => {
    const line = 'word 1,234 '.repeat(100_000);
    assert.ok(extractFigures(line).length > 1000);
    assert.ok(sentenceSpans('.'.repeat(50_000)).length >= 1);
    const deep = '> '.repeat(10_000) + 'quoted 12 [@001]\n' + '- '.repeat(10_000) + 'item 5\n' + '>'.repeat(10_000) + '\n';
    assertWellFormed(deep, checkNote(deep, corpus).note);
    assert.equal(checkNote('', corpus).figures.length, 0);
    assert.ok('skip' in decodeSource(new Uint8Array([0xff, 0xfe, 0x00, 0xd8]))); // a lone surrogate: not UTF-16
  });

  it('parses every pathological shape of the robustness issue at 100 KB, well-formed (a liveness bound, not a timing)', function () {
    this.timeout(30_000); // each takes well under a second
    for (const [name, make] of Object.entries(SHAPES)) {
      const t = make(100_000);
      try {
        assertWellFormed(t, parseNote(t));
      } catch (e) {
        throw new Error(`shape ${name}: ${(e as Error).message}`);
      }
    }
  });

  it('real notes never take the degraded paths (plain paragraphs, blocks only)', () => {
    for (const t of [realisticNote(200_000), fs.readFileSync(path.resolve(__dirname, '../../examples/notes/analysis.md'), 'utf8')]) {
      const modes = new Set(chunks(t).map((c) => layoutChunk(t.slice(c.start, c.end)).mode));
      assert.deepEqual([...modes].filter((m) => m !== 'fast' && m !== 'markdown'), []);
    }
  });
});
