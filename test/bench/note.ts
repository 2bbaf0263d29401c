// The benchmark's note: a realistic markdown note generated deterministically (seeded PRNG) from
// the corpus. Every sentence restates a figure-bearing passage (its words, sometimes with the
// figure altered or hedged, usually cited as [@business_001]); plus quotes (real and altered),
// block quotes, lists, headings and code blocks.
import type { Corpus } from '../../server/src/engine/corpus';
import type { Figure, Passage, Source } from '../../server/src/engine/types';
import { isDateKind } from '../../server/src/engine/figures';
import { prng } from './note-shapes';


// ------------------------------------------------------------------------------------------
// The note: 300 lines restating figure-bearing passages of the corpus

export interface GeneratedNote {
  text: string;
  lines: number;
  sentences: number;
  altered: number;
  hedged: number;
  cited: number;
  wrongCite: number;
  realQuotes: number;
  alteredQuotes: number;
  codeBlocks: number;
  /** Each restated sentence that had figures altered, as written, with the altered figures' texts. */
  alteredSentences: { text: string; figures: string[] }[];
}

/**
 * Is a contradicted figure of `line` one the generator altered? Its sentence is an altered one, and
 * the figure's text is an altered figure's, contains it at an end, or has it as one of its
 * space-separated parts (an altered set read with the other sets of its match: "5-6 6-1 6-4"). The
 * bench's false-alarm count and its unit-test guard (bench-note-alarms.test.ts) read alike.
 */
export function isAlteredFigure(gen: GeneratedNote, line: string, figureText: string): boolean {
  return gen.alteredSentences.some(
    // (a part of a set's score in brackets too: "7-6 (9-6) 6-2" altered in its tie-break, "9-6")
    (a) => line.includes(a.text) && a.figures.some((x) => x.endsWith(figureText) || figureText.endsWith(x) || x.includes(figureText) || figureText.split(' ').some((p) => p === x || p.replace(/^\(|\)$/g, '') === x)),
  );
}

const HEDGES = ['about', 'nearly', 'roughly', 'around', 'more than', 'almost'];
/** Words that finish the figure before them ("30 trillion", "4.5 per cent"): a quote's span never ends just before one. */
const SCALE_AFTER = /^(?:hundred|thousand|million|billion|trillion|bn|m|per|cent|percent|%)\b/i;
const LEADS = ['', '', '', 'Notably, ', 'Reportedly, ', 'In short, ', 'Meanwhile, ', 'By one account, '];
const LOWERABLE = new Set('The A An It Its In At On But And He She They This That These Those There We Some Many Most Last Its Only Sales Shares Profits Analysts'.split(' '));
const TOPICS = ['Markets', 'Company results', 'Policy', 'Media', 'Technology', 'Sport', 'Outlook', 'Background', 'Open questions', 'Numbers to watch'];

/** Change the figure's digits so it disagrees (but stays plausible): 76% → 81%, $1.13bn → $1.53bn. */
function alterFigure(fig: string, rnd: () => number): string {
  const digits = [...fig].map((c, i) => (c >= '0' && c <= '9' ? i : -1)).filter((i) => i >= 0);
  if (digits.length === 0) return fig;
  // prefer the leading digit (a real disagreement, not rounding)
  const at = digits[rnd() < 0.7 ? 0 : Math.floor(rnd() * digits.length)];
  const d = Number(fig[at]);
  let nd = (d + 1 + Math.floor(rnd() * 8)) % 10;
  if (at === digits[0] && nd === 0) nd = d === 9 ? 8 : 9;
  return fig.slice(0, at) + String(nd) + fig.slice(at + 1);
}

export function generateNote(corpus: Corpus, targetLines = 300, seed = 20240607): GeneratedNote {
  return new NoteGenerator(corpus, seed).generate(targetLines);
}

/** One note's generation: the seeded choices, the passages to draw from, and the tally so far. */
class NoteGenerator {
  private readonly rnd: () => number;
  /** Figure-bearing sentences of plain prose (no markdown syntax, no quote marks of their own). */
  private readonly pool: Passage[];
  /** Quotable sentences (for real and altered quotes). */
  private readonly quotable: Passage[];
  private readonly g: GeneratedNote = { text: '', lines: 0, sentences: 0, altered: 0, hedged: 0, cited: 0, wrongCite: 0, realQuotes: 0, alteredQuotes: 0, codeBlocks: 0, alteredSentences: [] };
  private readonly out: string[] = [`# Research notes: BBC News 2004-2005`, ''];

  constructor(
    private readonly corpus: Corpus,
    seed: number,
  ) {
    this.rnd = prng(seed);
    this.pool = corpus.passages.filter(
      (p) => p.figures.length > 0 && p.text.length >= 50 && p.text.length <= 260 && !/["“”*_`\[\]<>#|\\]/.test(p.text) && /[.!?]$/.test(p.text.trim()) && !/^\d/.test(p.text),
    );
    this.quotable = corpus.passages.filter((p) => p.text.length >= 60 && p.text.length <= 300 && !/["“”*_`\[\]<>#|\\]/.test(p.text));
  }

  private pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.rnd() * xs.length)];
  }

  private add(...ls: string[]): void {
    for (const l of ls) this.out.push(l);
  }

  generate(targetLines: number): GeneratedNote {
    const { g, out } = this;
    let section = 0;
    while (out.length < targetLines) section = this.block(section);
    // Exactly targetLines lines.
    while (out.length > targetLines) out.pop();
    // do not cut a code block in half
    const fences = out.filter((l) => l.startsWith('```')).length;
    if (fences % 2 === 1) {
      while (out.length && !out[out.length - 1].startsWith('```')) out.pop();
      out.pop();
      g.codeBlocks--;
    }
    while (out.length < targetLines) this.add(this.restate());
    g.text = out.join('\n') + '\n';
    g.lines = out.length;
    return g;
  }

  /** One block: a heading, a paragraph, a list, a quote, a block quote or a code block; returns the section count. */
  private block(section: number): number {
    const kind = this.rnd();
    if (section === 0 || kind < 0.08) {
      this.add(`## ${TOPICS[section % TOPICS.length]}${section >= TOPICS.length ? ` ${Math.floor(section / TOPICS.length) + 1}` : ''}`, '');
      return section + 1;
    }
    if (kind < 0.5) {
      // a paragraph of 1-3 sentences on one line
      const k = 1 + Math.floor(this.rnd() * 3);
      const sents: string[] = [];
      for (let i = 0; i < k; i++) sents.push(this.restate());
      this.add(sents.join(' '), '');
    } else if (kind < 0.8) {
      // a list of 2-5 items
      const k = 2 + Math.floor(this.rnd() * 4);
      for (let i = 0; i < k; i++) this.add(`- ${this.restate()}`);
      this.add('');
    } else if (kind < 0.9) {
      this.add(this.quote(), '');
    } else if (kind < 0.94) {
      const p = this.pick(this.quotable);
      this.add(`> ${p.text.trim()}`, '', `[@${this.corpus.sources[p.source].key}]`, '');
      this.g.realQuotes++;
    } else {
      this.add('```python', `revenue = {"q4": 11.1e9, "q3": 10.9e9}  # 2004`, `growth = revenue["q4"] / revenue["q3"] - 1`, `print(f"{growth:.1%}")  # 2%`, '```', '');
      this.g.codeBlocks++;
    }
    return section;
  }

  /** A passage restated: its figures now and then altered or hedged, a lead word, a citation. */
  private restate(): string {
    const p = this.pick(this.pool);
    const src = this.corpus.sources[p.source];
    const alteredHere: string[] = [];
    let text = this.withFigures(p, alteredHere);
    const lead = this.pick(LEADS);
    if (lead) {
      // "Notably, the firm…" but "Notably, Campbell…": only a leading function word is lower-cased.
      const first = /^[A-Za-z']+/.exec(text)?.[0] ?? '';
      text = lead + (LOWERABLE.has(first) ? first.toLowerCase() + text.slice(first.length) : text);
    }
    text = this.cited(text, p, src);
    this.g.sentences++;
    if (alteredHere.length) this.g.alteredSentences.push({ text, figures: alteredHere });
    return text;
  }

  /** The passage's text with some figures altered (their new texts pushed to `altered`) or hedged. */
  private withFigures(p: Passage, altered: string[]): string {
    const { g, rnd } = this;
    let text = p.text.trim().replace(/\s+/g, ' ');
    // Work on the figures right to left so offsets stay valid.
    const figs: Figure[] = [...p.figures].sort((a, b) => b.start - a.start);
    for (const f of figs) {
      const a = f.start - p.start;
      const b = f.end - p.start;
      if (a < 0 || b > text.length || text.slice(a, b) !== f.text) continue;
      let repl = f.text;
      if (f.kind !== 'year' && /\d/.test(repl) && rnd() < 0.2) {
        repl = alterFigure(repl, rnd);
        g.altered++;
        altered.push(repl);
      }
      // (no hedge on a date: "almost October", "more than 8pm" say nothing a note would)
      if (!f.hedge && !isDateKind(f.kind) && rnd() < 0.15) {
        repl = `${this.pick(HEDGES)} ${repl}`;
        g.hedged++;
      }
      text = text.slice(0, a) + repl + text.slice(b);
    }
    return text;
  }

  /** A citation before the final punctuation, most of the time; now and then the wrong source, or a locator. */
  private cited(text: string, p: Passage, src: Source): string {
    const { g } = this;
    const r = this.rnd();
    if (r < 0.75) {
      let cite = src.key;
      if (this.rnd() < 0.06) {
        cite = this.pick(this.corpus.sources).key;
        g.wrongCite++;
      }
      g.cited++;
      return text.replace(/([.!?])$/, ` [@${cite}]$1`);
    }
    if (r < 0.8) {
      // a locator, as in pandoc
      g.cited++;
      return text.replace(/([.!?])$/, ` [@${src.key}, para. ${p.paragraph + 1}]$1`);
    }
    return text;
  }

  /** A quote of 6-13 words of a passage, misquoted (one word swapped) 40% of the time. */
  private quote(): string {
    const { rnd } = this;
    const p = this.pick(this.quotable);
    const src = this.corpus.sources[p.source];
    const words = p.text.trim().replace(/[.!?]$/, '').split(/\s+/);
    const n = Math.min(words.length, 6 + Math.floor(rnd() * 8));
    const at = Math.floor(rnd() * (words.length - n + 1));
    // (a figure is not cut from its scale: "$30" of "$30 trillion" states another value, no quote of it)
    let end = at + n;
    while (end < words.length && /\d$/.test(words[end - 1]) && SCALE_AFTER.test(words[end])) end++;
    const span = words.slice(at, end);
    if (rnd() < 0.4) {
      // a misquote: one word swapped
      const i = Math.floor(rnd() * span.length);
      span[i] = this.pick(['significantly', 'never', 'always', 'sharply', 'quietly', 'officially']);
      this.g.alteredQuotes++;
    } else this.g.realQuotes++;
    return `The article says that "${span.join(' ')}" [@${src.key}].`;
  }
}
