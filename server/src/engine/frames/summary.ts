// A claim frame in words, for people: what hover shows beside a verdict and what the CLI's JSON
// carries, so that a verdict can be checked by eye ("read as: Lenovo · revenue · a fall · 2004").
import type { ClaimFrame, Period } from './types';

export interface FrameSummary {
  /** Who or what the figure is about ("lenovo"), when its clause names anyone. */
  about?: string;
  /** What it measures: the head of the metric phrase, as its synonym class ("revenue" for sales and turnover). */
  measures?: string;
  /** "level", "rise", "fall", "change", "share", "rank", "age", "date", "duration", "multiple"; "… (from)" / "… (to)" for the ends of a change; "… (denied)" for a figure its verb denies; "… (added)" for an addition ("a further £100m"). */
  kind: string;
  /** When: "Q4 2004", "May 2003", "last year", "a target", "now"… */
  when?: string;
  /** What it is counted per: "a barrel", "a year". */
  per?: string;
}

export const MONTH_NAMES: readonly string[] = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const RELATIVE: Record<NonNullable<Period['relative']>, string> = { earlier: 'a year earlier', last: 'last year', this: 'this year', next: 'next year' };

/** A period in words: "Q4 2004", "May 2003", "last year", "over 3 years"… (undefined: none said). */
export function periodInWords(p: Period): string | undefined {
  const parts: string[] = [];
  if (p.quarter !== undefined) parts.push(`Q${p.quarter}`);
  if (p.half !== undefined) parts.push(`H${p.half}`);
  // (a deadline's date reads "by March 2006": when the figure is reached, not the stretch it covers)
  const by = p.deadline === true && (p.month !== undefined || p.year !== undefined) ? 'by ' : '';
  if (p.month !== undefined) parts.push(by + (p.day !== undefined ? `${p.day} ` : '') + MONTH_NAMES[p.month - 1]);
  // (a year of a list, "in 2001, 2002 and 2003", is the first of several: the figure covers more)
  if (p.year !== undefined) parts.push((p.month === undefined ? by : '') + String(p.year) + (p.listed ? ' and other years' : ''));
  if (p.relative) parts.push(RELATIVE[p.relative]);
  const span = p.span ?? p.stretch;
  if (span) parts.push(`over ${span.replace(/^(\d+(?:\.\d+)?)(\D+)$/, '$1 $2s')}`);
  if (p.annual) parts.push('full year');
  if (p.someQuarter) parts.push('the quarter');
  if (p.mode === 'plan') parts.push('a target or forecast');
  if (p.mode === 'hypothetical') parts.push('what would have happened');
  if (p.tense === 'now') parts.push('now');
  else if (p.tense === 'future') parts.push('in future');
  return parts.length ? parts.join(', ') : undefined;
}

/** Names are kept in lower case: "Lenovo", and short ones as acronyms ("UK", "BMG"). */
function display(name: string): string {
  return name.length <= 3 ? name.toUpperCase() : name.replace(/(^|[-\s])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
}

function kind(fr: ClaimFrame): string {
  const base = fr.role === 'change' ? (fr.direction === 'up' ? 'rise' : fr.direction === 'down' ? 'fall' : 'change') : fr.role;
  const k = fr.role === 'date' && fr.prep ? `${base} (${fr.prep})` : fr.end ? `${base} (${fr.end})` : base;
  // (a denial says what did not happen: "did not give £500" reads "level (denied)"; an addition, what
  // comes on top of an amount said elsewhere: "a further £100m" reads "level (added)")
  return fr.denied ? `${k} (denied)` : fr.added ? `${k} (added)` : k;
}

export function summarizeFrame(fr: ClaimFrame): FrameSummary {
  const out: FrameSummary = { kind: kind(fr) };
  if (fr.subject.length) {
    // in the sentence's order ("Elton John", not the order the frame reader met them in)
    const before = fr.names.slice(0, fr.namesBefore);
    const ordered = [...before.filter((n) => fr.subject.includes(n)), ...fr.subject.filter((n) => !before.includes(n))];
    out.about = ordered.map(display).join(' ');
  }
  if (fr.metric.length) out.measures = fr.metric[0];
  const w = periodInWords(fr.period);
  if (w) out.when = w;
  if (fr.per) out.per = fr.per;
  return out;
}

/** The summary as one line: "lenovo · revenue · fall · 2004". */
export function frameLine(s: FrameSummary): string {
  return [s.about, s.measures, s.kind + (s.per ? ` per ${s.per}` : ''), s.when].filter(Boolean).join(' · ');
}
