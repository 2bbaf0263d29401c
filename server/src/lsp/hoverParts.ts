// The pieces hovers are made of, in markdown: the source passage with the figure in bold, the one
// link that opens the source with those words selected, the note and source claims side by side,
// how a figure was read, and a silenced line's notice.
import type { Evidence } from '../engine/check';
import type { ClaimFrame } from '../engine/frames/frame';
import { frameLine, summarizeFrame, type FrameSummary } from '../engine/frames/summary';
import type { Source } from '../engine/types';
import { placeOf } from '../engine/sources';
import { sourceSpanLink } from './convert';

/** Longest passage a hover quotes; longer ones are cut around the figure. */
const PASSAGE_CHARS = 320;
/** Longest source title on the link line. */
const TITLE_CHARS = 60;
/** Cells of the claims table end with this gap: VS Code's hover gives table cells no padding. */
const CELL_GAP = '&emsp;';

export function esc(s: string): string {
  return s.replace(/([\\`*_{}[\]<>#|])/g, '\\$1').replace(/\s+/g, ' ');
}

export function isMarkdownSource(s: Source): boolean {
  return /\.(md|markdown)$/i.test(s.path);
}

/** A markdown source's passage as its reader sees it: no heading marks, no emphasis marks. */
function plain(s: string, markdown: boolean): string {
  if (!markdown) return s;
  return s
    .replace(/^#{1,6}\s+/, '')
    .replace(/\*{1,3}(?=\S)|(?<=\S)\*{1,3}/g, '')
    .replace(/(?<![\p{L}\p{N}])_{1,3}(?=\S)|(?<=\S)_{1,3}(?![\p{L}\p{N}])/gu, '');
}

export function clip(s: string, n: number): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? t.slice(0, n - 1).replace(/\s\S*$/, '') + '…' : t;
}

/** The passage as a block quote with the evidence's span (the figure, the quoted words) in bold, once. */
export function passageQuote(e: Evidence, maxLen = PASSAGE_CHARS): string {
  const p = e.passage;
  // a figure's hedge is part of what the source claims: "**nearly a billion**"
  const h = e.figure?.hedgeStart !== undefined && e.figure.hedgeText ? [e.figure.hedgeStart, e.figure.hedgeStart + e.figure.hedgeText.length] : [e.start, e.end];
  const a = Math.max(p.start, Math.min(e.start, h[0], p.end));
  const b = Math.max(a, Math.min(Math.max(e.end, h[1]), p.end));
  const src = e.source.text;
  const md = isMarkdownSource(e.source);
  let before = plain(src.slice(p.start, a), md);
  let after = plain(src.slice(b, p.end), md);
  const budget = Math.max(40, maxLen - (b - a));
  if (before.length + after.length > budget) {
    const half = Math.floor(budget / 2);
    if (before.length > half) before = '…' + before.slice(before.length - half).replace(/^\S*\s/, '');
    if (after.length > budget - Math.min(before.length, half)) after = after.slice(0, budget - Math.min(before.length, half)).replace(/\s\S*$/, '') + '…';
  }
  const words = plain(src.slice(a, b), md);
  const mid = b > a && !(a === p.start && b === p.end) ? `**${esc(words)}**` : esc(words);
  return `> ${esc(before)}${mid}${esc(after)}`;
}

/**
 * The one link of a hover, on its verdict line (VS Code caps a hover's height: a link at the bottom
 * is scrolled out of view): opens the source with the evidence's words selected.
 */
export function openLink(e: Evidence): string {
  // "open p. 4" for a PDF's passage (the link opens its extracted text there), else "open line 10"
  return `[open ${placeOf(e.passage)}](${sourceSpanLink(e.source, e.start, e.end)})`;
}

/** The source's title, last: what the key stands for. */
export function sourceTitle(e: Evidence): string {
  return `*${esc(clip(e.source.meta.title, TITLE_CHARS))}*`;
}

/** How the note's figure was read (and the source's, when they differ): "Read as: Lenovo · revenue · fall · 2004". */
export function readAs(note: ClaimFrame, source?: ClaimFrame): string {
  const n = frameLine(summarizeFrame(note));
  const s = source && frameLine(summarizeFrame(source));
  return `*Read as:* ${esc(n)}` + (s && s !== n ? ` · *source:* ${esc(s)}` : '');
}

const FIELDS: [label: string, field: keyof FrameSummary][] = [
  ['about', 'about'],
  ['measures', 'measures'],
  ['kind', 'kind'],
  ['when', 'when'],
  ['per', 'per'],
];

/**
 * A contradiction at a glance: the two values side by side (each with its hedge), then only the
 * fields the two claims read differently; what they share follows on one line ("Both read as: …").
 */
export function claimsTable(key: string, values: [string, string], note?: ClaimFrame, source?: ClaimFrame): string {
  const row = (cells: string[]) => `| ${cells.map((c, i) => (i < cells.length - 1 ? `${c}${CELL_GAP}` : c)).join(' | ')} |`;
  const rows = [row(['', 'note', `source \`${key}\``]), '|:--|:--|:--|', row(['value', `**${values[0]}**`, `**${values[1]}**`])];
  const shared: string[] = [];
  if (note && source) {
    const a = summarizeFrame(note);
    const b = summarizeFrame(source);
    for (const [label, field] of FIELDS) {
      if (!a[field] && !b[field]) continue;
      if (a[field] === b[field]) shared.push(field === 'per' ? `per ${a[field]}` : a[field]!);
      else rows.push(row([label, esc(a[field] ?? '—'), esc(b[field] ?? '—')]));
    }
  }
  return rows.join('\n') + (shared.length ? `\n\n*Both read as:* ${esc(shared.join(' · '))}` : '');
}

/** The notice on a line that `<!-- grounded-ignore -->` silences. */
export function silencedNotice(rule: string, all: boolean): string {
  return `*Silenced:* \`<!-- grounded-ignore${all ? '' : ' ' + rule} -->\` on the line above hides this ${all ? 'line\'s problems' : rule} from Problems.`;
}
