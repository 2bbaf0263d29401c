// What every parse of every note must satisfy, whatever the input: masks keep offsets, every span
// lies in the text, in order, inside its container, and figures and keys are the note's own text.
import * as assert from 'node:assert/strict';
import type { ParsedNote } from '../../server/src/engine/notes';

type Span = { start: number; end: number };

function inRange(text: string, s: Span, what: string): void {
  assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), `${what}: non-integer span`);
  assert.ok(s.start >= 0 && s.start <= s.end && s.end <= text.length, `${what} span ${s.start}-${s.end} outside 0-${text.length}`);
}

function ordered(spans: Span[], what: string, disjoint: boolean): void {
  for (let i = 1; i < spans.length; i++) {
    const ok = disjoint ? spans[i - 1].end <= spans[i].start : spans[i - 1].start <= spans[i].start;
    assert.ok(ok, `${what} ${i - 1} (${spans[i - 1].start}-${spans[i - 1].end}) and ${i} (${spans[i].start}-${spans[i].end}) out of order`);
  }
}

/** A masked copy: the same length, each character kept or blanked to a space, line breaks kept. */
function maskOf(text: string, masked: string, what: string): void {
  assert.equal(masked.length, text.length, `${what} length`);
  for (let i = 0; i < text.length; i++) {
    const c = masked[i];
    if (c === text[i]) continue;
    assert.ok(c === ' ' && text[i] !== '\n' && text[i] !== '\r', `${what} changes ${JSON.stringify(text[i])} at ${i} to ${JSON.stringify(c)}`);
  }
}

export function assertWellFormed(text: string, n: ParsedNote): void {
  assert.equal(n.text, text);
  maskOf(text, n.masked, 'masked');
  maskOf(n.masked, n.figureText, 'figureText');
  for (const b of n.blocks) inRange(text, b, 'block');
  ordered(n.blocks, 'blocks', true);
  n.sentences.forEach((s, i) => {
    inRange(text, s, 'sentence');
    const b = n.blocks[s.block];
    assert.ok(b && b.start <= s.start && s.end <= b.end, `sentence ${i} outside its block`);
    assert.ok(b.sentences.includes(i), `block ${s.block} does not list sentence ${i}`);
    for (const c of s.citations) assert.ok(n.citations.includes(c), 'a sentence cites what the note does not');
  });
  ordered(n.sentences, 'sentences', true);
  for (const c of n.citations) {
    inRange(text, c, 'citation');
    inRange(text, { start: c.groupStart, end: c.groupEnd }, 'citation group');
    assert.ok(c.groupStart <= c.start && c.end <= c.groupEnd, 'citation outside its group');
    assert.equal(text.slice(c.start, c.end), '@' + c.key, 'citation span is not "@key"');
  }
  ordered(n.citations, 'citations', true);
  for (const q of n.quotes) {
    inRange(text, q, 'quote');
    assert.ok(q.sentence >= 0 && (n.sentences.length === 0 || q.sentence < n.sentences.length), `quote sentence ${q.sentence}`);
  }
  ordered(n.quotes.filter((q) => !q.block), 'inline quotes', false);
  ordered(n.quotes.filter((q) => q.block), 'block quotes', false);
  n.figures.forEach((f, i) => {
    inRange(text, f, 'figure');
    assert.equal(text.slice(f.start, f.end), f.text, `figure ${i} text differs from the note at its span`);
    assert.ok(Number.isFinite(f.value), `figure ${i} value ${f.value}`);
    const s = n.sentences[f.sentence];
    assert.ok(s && s.start <= f.start && f.end <= s.end, `figure ${i} outside its sentence`);
  });
  ordered(n.figures, 'figures', false);
  for (const line of n.ignored.keys()) assert.ok(line >= 1 && line <= n.lineStarts.length, `ignored line ${line}`);
}

/** Everything a parse gives, as one string to compare two parses by. */
export function view(n: ParsedNote): string {
  return JSON.stringify({
    masked: n.masked,
    blocks: n.blocks.map((b) => [b.kind, b.start, b.end, b.inBlockquote, b.sentences]),
    sentences: n.sentences.map((s) => [s.start, s.end, s.block, s.citations.map((c) => c.start)]),
    citations: n.citations.map((c) => [c.key, c.start, c.end, c.groupStart, c.groupEnd, c.locator]),
    quotes: n.quotes.map((q) => [q.text, q.start, q.end, q.sentence, q.block]),
    figures: n.figures.map((f) => [f.text, f.start, f.end, f.value, f.sentence]),
    ignored: [...n.ignored].map(([k, v]) => [k, [...v]]),
  });
}
