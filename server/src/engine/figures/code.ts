// Inline code spans and fenced code blocks, which the scan (extract.ts) skips whole. The work is
// bounded per extraction: the next blank line is searched for once per stretch of text (not once
// per backtick), and the backtick runs are indexed by length the first time a code span is looked
// for, so a text with a million backticks and no blank line stays linear.
import { atLineStartStrict } from './chars';

export class CodeSpans {
  /** The text up to one character past `end`: a '\n\n' that starts before `end` is found in it, no later one. */
  private readonly upToEnd: string;
  /** The last blank-line search: no '\n\n' starts in [paraFrom, paraLimit), and paraLimit is its answer. */
  private paraFrom = -1;
  private paraLimit = -1;
  /** Maximal backtick runs starting in [lo, end) (lengths clipped at end): length → starts, ascending. */
  private runs: Map<number, number[]> | null = null;

  constructor(
    private readonly text: string,
    private readonly lo: number,
    private readonly end: number,
  ) {
    this.upToEnd = end + 1 < text.length ? text.slice(0, end + 1) : text;
  }

  /** Skip an inline code span or a fenced code block starting at a backtick; returns where scanning resumes. */
  skip(p: number): number {
    const { text, end } = this;
    let i = p;
    while (i < end && text.charCodeAt(i) === 96) i++;
    const len = i - p;
    if (len >= 3 && atLineStartStrict(text, p)) return this.skipFence(i, '`'.repeat(len));
    // inline: the next run of exactly `len` backticks, within the paragraph; unmatched, literal backticks
    const close = this.runOfLength(len, i, this.paragraphEnd(i));
    return close < 0 ? i : close + len;
  }

  /** Where the paragraph around i ends: the first '\n\n' at or after i, or `end`. */
  private paragraphEnd(i: number): number {
    if (i >= this.paraFrom && i <= this.paraLimit) return this.paraLimit;
    const para = this.upToEnd.indexOf('\n\n', i);
    this.paraFrom = i;
    this.paraLimit = para < 0 || para > this.end ? this.end : para;
    return this.paraLimit;
  }

  /** Start of the first maximal run of exactly `len` backticks that starts in [from, limit), or -1. */
  private runOfLength(len: number, from: number, limit: number): number {
    const starts = (this.runs ??= this.indexRuns()).get(len);
    if (!starts) return -1;
    let a = 0;
    let b = starts.length;
    while (a < b) {
      const m = (a + b) >> 1;
      if (starts[m] < from) a = m + 1;
      else b = m;
    }
    return a < starts.length && starts[a] < limit ? starts[a] : -1;
  }

  private indexRuns(): Map<number, number[]> {
    const { text, end } = this;
    const runs = new Map<number, number[]>();
    for (let i = this.lo; i < end; i++) {
      if (text.charCodeAt(i) !== 96) continue;
      const s = i;
      while (i < end && text.charCodeAt(i) === 96) i++;
      const list = runs.get(i - s);
      if (list) list.push(s);
      else runs.set(i - s, [s]);
    }
    return runs;
  }

  /** A fenced block: up to the end of the line with the closing fence (at the start of a line). */
  private skipFence(i: number, fence: string): number {
    const { text, end } = this;
    let k = i;
    for (;;) {
      const nl = text.indexOf('\n', k);
      if (nl < 0 || nl >= end) return end;
      let j = nl + 1;
      while (j < end && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j++;
      if (text.startsWith(fence, j)) {
        const close = text.indexOf('\n', j);
        return close < 0 ? end : close;
      }
      k = nl + 1;
    }
  }
}
