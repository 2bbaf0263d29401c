// Hostile inputs for the checker and the indexer, generated at any size: notes whose sentences are
// full of figures, and source files with huge front matter, very long lines, binary bytes. Shared
// by the pathological bench (pathological.ts) and the property suite (test/unit/hostile.test.ts).
// Nothing here is read from a corpus: every text is generated (seeded).
import { lines, prng } from './note-shapes';

const WORDS = 'revenue users sales profit shares fell rose the and of in to a for market growth quarter'.split(' ');

/** One figure in one of the forms notes write them. */
export function figureText(r: () => number): string {
  const n = Math.floor(r() * 100_000);
  switch (Math.floor(r() * 8)) {
    case 0: return n.toLocaleString('en-US');
    case 1: return `$${(n / 1000).toFixed(1)} billion`;
    case 2: return `${(n / 1000).toFixed(1)}%`;
    case 3: return String(1990 + (n % 40));
    case 4: return `${n % 100} million`;
    case 5: return `about ${n % 1000}`;
    case 6: return `£${n % 900}m`;
    default: return `${n % 50} to ${(n % 50) + 10} months`;
  }
}

/**
 * One sentence of about `size` characters that is nearly all figures ("Sales were 12,345, 3.4%,
 * $5.6 billion, 45 million and …"), with no sentence end until the last character.
 */
export function figureSentence(size: number, seed = 7, cite = ''): string {
  const r = prng(seed);
  const parts: string[] = ['Sales were'];
  let len = parts[0].length;
  while (len < size) {
    const p = r() < 0.2 ? `${WORDS[Math.floor(r() * WORDS.length)]} ${figureText(r)}` : figureText(r);
    parts.push(p);
    len += p.length + 2;
  }
  return parts.join(', ') + (cite ? ` [@${cite}]` : '') + '.\n';
}

/** Sentences full of figures, one paragraph each, to `size` characters. */
export function figureParagraphs(size: number, sentenceChars: number, cite = ''): string {
  const out: string[] = [];
  let len = 0;
  for (let i = 0; len < size; i++) {
    const s = figureSentence(sentenceChars, i + 1, cite);
    out.push(s);
    len += s.length + 1;
  }
  return out.join('\n');
}

/** Ordinary article prose: paragraphs of sentences with a figure now and then. */
export function articleText(size: number, seed = 3): string {
  const r = prng(seed);
  const paras: string[] = [];
  let len = 0;
  while (len < size) {
    const sents: string[] = [];
    const k = 2 + Math.floor(r() * 5);
    for (let i = 0; i < k; i++) {
      const ws: string[] = ['The'];
      const n = 8 + Math.floor(r() * 16);
      for (let j = 0; j < n; j++) ws.push(r() < 0.1 ? figureText(r) : WORDS[Math.floor(r() * WORDS.length)]);
      sents.push(ws.join(' ') + '.');
    }
    const p = sents.join(' ');
    paras.push(p);
    len += p.length + 2;
  }
  return paras.join('\n\n').slice(0, size) + '\n';
}

/** Front matter with `keys` keys (`k123: value 123`) and a short body. */
export function hugeFrontMatter(keys: number): string {
  const lines = ['---', 'title: Big front matter'];
  for (let i = 0; i < keys; i++) lines.push(`key${i}: value ${i}`);
  lines.push('---', '', 'The body says revenue rose 12% to $3.4 billion in 2021.', '');
  return lines.join('\n');
}

/** Source texts, by shape name, of about `size` characters (index phase of the bench). */
export const SOURCE_SHAPES: Record<string, (size: number) => string> = {
  /** Ordinary prose in paragraphs. */
  article: (size) => articleText(size),
  /** The same prose with no line breaks at all: one paragraph. */
  oneLine: (size) => articleText(size).replace(/\n+/g, ' '),
  /** Figures and little else, no sentence end: one passage. */
  figures: (size) => figureSentence(size),
  /** Front matter of about `size` characters (one key per ~20 characters). */
  frontMatter: (size) => hugeFrontMatter(Math.round(size / 20)),
  /** Lines of 100 KB without a sentence end. */
  longLines: (size) => Array.from({ length: Math.max(1, Math.round(size / 100_000)) }, (_, i) => articleText(100_000, i).replace(/[.\n]+/g, ' ')).join('\n').slice(0, size),
  /** Markdown nested deep: paragraphs behind thousands of block-quote and list markers. */
  deepMarkdown: (size) => lines(size, (i) => '> '.repeat(2_000) + '- '.repeat(2_000) + `Revenue rose ${i % 90}% in ${1990 + (i % 30)}.\n`),
  /** A data dump: lines of comma-separated numbers and dates, no blank line. */
  csv: (size) => lines(size, (i) => `${2000 + (i % 25)}-0${1 + (i % 9)}-1${i % 10},${i * 7},${(i % 1000) / 10}%,$${i % 500}.${i % 100}m`),
};

/** The bytes of a text in UTF-16 with a byte-order mark (little- or big-endian). */
export function utf16Bytes(text: string, bigEndian = false): Uint8Array {
  const out = new Uint8Array(2 + 2 * text.length);
  out[0] = bigEndian ? 0xfe : 0xff;
  out[1] = bigEndian ? 0xff : 0xfe;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 + 2 * i + (bigEndian ? 1 : 0)] = c & 0xff;
    out[2 + 2 * i + (bigEndian ? 0 : 1)] = c >> 8;
  }
  return out;
}

/**
 * The hostile note shapes of issue 10, one note each, at the sizes it names (small files, each of
 * which stalled or crashed the old parser): 10,000 nested block quotes, 5,000 nested list items on a line, one
 * sentence of 5,000 figures, 100 KB lines of spaces, runs of "[@", "[@a::::b]", "*a", "[" and
 * unbalanced quotes. Keyed by a file name; `cite` is a key the notes cite.
 */
export function hostileNotes(cite: string): Record<string, string> {
  return {
    'hostile-quotes-deep.md': `${'>'.repeat(10_000)} reached 12,000 [@${cite}]\n`,
    'hostile-lists-deep.md': `${'- '.repeat(5_000)}held 41,300 [@${cite}]\n`,
    'hostile-figures.md': `Sales were ${Array.from({ length: 2_500 }, (_, i) => `${(i * 37) % 9000}, ${i % 90}%`).join(', ')} [@${cite}].\n`,
    'hostile-spaces.md': `${' '.repeat(100_000)}\nThe fleet held 350,000 chips.${' '.repeat(100_000)}\n`,
    'hostile-cite-runs.md': `${'[@'.repeat(50_000)}\n\n[@a${':'.repeat(50_000)}b]\n`,
    'hostile-emphasis.md': `${'*a'.repeat(50_000)}\n\n${'['.repeat(100_000)}\n`,
    'hostile-unbalanced-quotes.md': `${'He said "about 12 '.repeat(5_000)}\n`,
  };
}

/** A note of `mb` megabytes (over the default size limit of 2 MB): one cited sentence repeated. */
export function hugeNote(mb: number, cite: string): string {
  const line = `The port handled 41,300 containers [@${cite}].\n`;
  return line.repeat(Math.ceil((mb * 1024 * 1024) / line.length));
}
