// Note texts for the note parser's robustness benchmark and property suite: realistic markdown
// (seeded, varied so no two chunks are alike) and the pathological shapes from the robustness
// issue, each generated at any size.

/** Deterministic PRNG (mulberry32). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'the company said its revenue rose while analysts expected growth in data centre spending on chips and models ' +
  'users reached about nearly more than billion million per cent shares fell profit quarter year target investment ' +
  'report survey researchers energy electricity demand capacity training runs open model benchmark score licence'
).split(' ');
const CAPS = ['Meta', 'NVIDIA', 'Analysts', 'The report', 'Zuckerberg', 'A survey', 'The agency', 'Revenue', 'Sales'];

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)];
}

function figure(r: () => number): string {
  const n = Math.floor(r() * 100_000);
  switch (Math.floor(r() * 6)) {
    case 0: return n.toLocaleString('en-US');
    case 1: return `$${(n / 1000).toFixed(1)} billion`;
    case 2: return `${(n / 1000).toFixed(1)}%`;
    case 3: return String(1990 + (n % 40));
    case 4: return `${n % 100} million`;
    default: return `about ${n % 1000}`;
  }
}

function sentence(r: () => number): string {
  const words = [pick(r, CAPS)];
  const n = 6 + Math.floor(r() * 14);
  for (let i = 0; i < n; i++) words.push(r() < 0.15 ? figure(r) : pick(r, WORDS));
  let s = words.join(' ');
  const x = r();
  if (x < 0.1) s += ` "${pick(r, WORDS)} ${pick(r, WORDS)} ${pick(r, WORDS)}"`;
  else if (x < 0.15) s += ` *${pick(r, WORDS)}* and \`code ${Math.floor(r() * 99)}\``;
  else if (x < 0.2) s += ` see [the ${pick(r, WORDS)} page](https://example.com/${Math.floor(r() * 1e6)}/p.html)`;
  const c = r();
  if (c < 0.5) s += ` [@${String(Math.floor(r() * 50)).padStart(3, '0')}]`;
  else if (c < 0.6) s += ` [@${Math.floor(r() * 50)}, p. ${1 + Math.floor(r() * 30)}; @${Math.floor(r() * 50)}]`;
  return s + '.';
}

function block(r: () => number, i: number): string {
  const x = r();
  if (x < 0.1) return `## Section ${i}: ${pick(r, WORDS)} ${pick(r, WORDS)}`;
  if (x < 0.2) return Array.from({ length: 2 + Math.floor(r() * 5) }, () => `- ${sentence(r)}`).join('\n');
  if (x < 0.25) return Array.from({ length: 2 + Math.floor(r() * 3) }, (_, k) => `${k + 1}. ${sentence(r)}`).join('\n');
  if (x < 0.3) return `> ${sentence(r)}\n> ${sentence(r)}\n\n— [@${Math.floor(r() * 50)}]`;
  if (x < 0.33) return '```\nconst x = ' + Math.floor(r() * 1e6) + ';\n\nconsole.log(x);\n```';
  if (x < 0.35) return `<!-- grounded-ignore -->\n${sentence(r)}`;
  if (x < 0.37) return `| metric | value |\n| --- | --- |\n| ${pick(r, WORDS)} | ${figure(r)} |`;
  return Array.from({ length: 1 + Math.floor(r() * 4) }, () => sentence(r)).join(r() < 0.5 ? ' ' : '\n');
}

/** A realistic research note of about `size` characters: front matter, headings, prose, lists, quotes, code. */
export function realisticNote(size: number, seed = 1): string {
  const r = prng(seed);
  const parts = ['---\ntitle: Generated note\ntags: [bench]\n---\n', '# Notes on the coverage\n'];
  let len = parts[0].length + parts[1].length;
  for (let i = 0; len < size; i++) {
    const b = block(r, i);
    parts.push(b + '\n');
    len += b.length + 2;
  }
  return parts.join('\n').slice(0, size);
}

/** `unit` repeated to `size` characters (one line unless the unit has line breaks). */
function fill(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/** Lines of `line(i)` separated by '\n' up to `size` characters. */
export function lines(size: number, line: (i: number) => string): string {
  const out: string[] = [];
  let len = 0;
  for (let i = 0; len < size; i++) {
    const l = line(i);
    out.push(l);
    len += l.length + 1;
  }
  return out.join('\n').slice(0, size);
}

/**
 * The pathological shapes: name → text of about `size` characters. Each but `quotes` is one chunk
 * (no blank line followed by an unindented line), the hardest case for the chunked parser.
 */
export const SHAPES: Record<string, (size: number) => string> = {
  realistic: (size) => realisticNote(size),
  /** 10,000 '>' per line: block quotes nested 10,000 deep. */
  quoteNest: (size) => lines(size, (i) => '>'.repeat(10_000) + ` quoted ${i} [@001]`),
  /** A few thousand '- ' per line: lists nested thousands deep. */
  listNest: (size) => lines(size, (i) => '- '.repeat(3_000) + `item ${i}`),
  /** Lines of 100 KB of spaces between words (and ending in spaces). */
  spaceLines: (size) => lines(size, (i) => `word ${i}` + ' '.repeat(50_000) + `next 12` + ' '.repeat(50_000)),
  /** A run of '[@'. */
  citeRun: (size) => fill('[@', size),
  /** '[@a::::…b]': a citation key with 100 KB of trailing-looking punctuation. */
  citeColons: (size) => lines(size, (i) => `See [@a${':'.repeat(100_000)}b${i}] and [@k${'.'.repeat(50_000)}]`),
  /** '*a*a*a…': emphasis delimiters that never resolve cheaply. */
  emphasis: (size) => fill('*a', size),
  /** '[[[…': unclosed link labels. */
  brackets: (size) => fill('[', size),
  /** Unbalanced quotes: a paragraph per line pair, each opening curly quotes that never close. */
  quotes: (size) => lines(size, (i) => (i % 2 ? '' : `Para ${i} “opens 12 and ‘never “again ${i} "closes [@x${i}`)),
  /** Setext-heading underlines without blank lines (micromark resolves each against all before it). */
  setext: (size) => lines(size, (i) => (i % 2 ? '===' : `Heading ${i}`)),
  /** '[a]' repeated: label ends in one long paragraph. */
  labels: (size) => fill('[a] ', size),
  /** Images nested inside images. */
  imageNest: (size) => fill('!['.repeat(2_000) + 'a' + '](x)'.repeat(2_000) + ' ', size),
};
