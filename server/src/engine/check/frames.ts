// What a figure's surroundings say about what it measures, beyond its words: a rate ("per year"),
// the date or period it belongs to ("in 2018", "over the past two years"), and for a date, the
// role its preposition gives it ("by 2026" vs "since 2026"). Two figures in different frames are
// not the same quantity, so one cannot contradict the other.
import type { Figure } from '../types';
import { DATE_PREP_REACH, PERIOD_REACH, RATE_REACH } from './policy';

export interface Frame {
  /** Rate units around the figure ("per year", "monthly", "per capita"). */
  rates: Set<string>;
  /**
   * When the figure is anchored in time, if a date or period is right next to it: "y2018" for
   * "… in 2018", "d2year" for "over the past two years", "d3month" for "three months ago".
   */
  when?: string;
  /** For a date: the preposition that gives it its role ("by", "in", "since"…). */
  prep?: string;
}

/** Rate phrases; a fresh regex per call, since a `g` regex carries its position. */
function rateRegex(): RegExp {
  return /\b(?:(?:per|every|each|a|an)\s+(year|month|week|day|hour|annum|quarter|capita|person|head)|(annual|annually|yearly|monthly|weekly|daily|hourly|quarterly))\b/gi;
}
const RATE_UNIT: Readonly<Record<string, string>> = {
  annum: 'year', annual: 'year', annually: 'year', yearly: 'year', monthly: 'month', weekly: 'week', daily: 'day', hourly: 'hour',
  quarterly: 'quarter', person: 'capita', head: 'capita',
};
const DATE_PREP = /\b(by|in|since|until|till|before|after|from|to|through|during|between|and|for|of|as\s+of)\s+(?:the\s+)?(?:(?:end|start|beginning|middle|close|first\s+half|second\s+half)\s+of\s+)?(?:(?:early|late|mid)[-\s])?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(?:\d{1,2},?\s+)?)?$/i;

/** The frame of figure f in text, looking no further than [floor, ceil) (its sentence or passage). */
export function frameOf(text: string, f: Figure, siblings: readonly Figure[], floor: number, ceil: number): Frame {
  const a = Math.max(floor, (f.hedgeStart ?? f.start) - RATE_REACH);
  const b = Math.min(ceil, f.end + RATE_REACH);
  const rates = new Set<string>();
  const around = text.slice(a, f.hedgeStart ?? f.start) + ' ' + text.slice(f.end, b);
  const rate = rateRegex();
  let m: RegExpExecArray | null;
  while ((m = rate.exec(around)) !== null) {
    const u = (m[1] ?? m[2]).toLowerCase();
    rates.add(RATE_UNIT[u] ?? u);
  }
  const frame: Frame = { rates };
  if (f.kind === 'year' || f.kind === 'quarter') {
    const pm = DATE_PREP.exec(text.slice(Math.max(floor, f.start - DATE_PREP_REACH), f.start));
    frame.prep = pm ? pm[1].toLowerCase().replace(/\s+/g, ' ') : undefined;
  } else {
    let best = Infinity;
    for (const g of siblings) {
      if (g === f || (g.kind !== 'year' && g.kind !== 'quarter' && g.kind !== 'duration')) continue;
      const d = g.start >= f.end ? g.start - f.end : f.start - g.end;
      if (d >= 0 && d <= PERIOD_REACH && d < best) {
        best = d;
        frame.when = g.kind === 'duration' ? `d${g.value}${g.unit ?? ''}` : `y${g.value}`;
      }
    }
  }
  return frame;
}

/** Do the two figures' frames show they measure different things (rate vs total, other year, other role)? */
export function framesDiffer(n: Frame, s: Frame): boolean {
  if (n.rates.size || s.rates.size) {
    if (n.rates.size !== s.rates.size) return true;
    for (const r of n.rates) if (!s.rates.has(r)) return true;
  }
  if (n.when !== undefined && s.when !== undefined && n.when !== s.when) return true;
  if (n.prep !== s.prep) return true;
  return false;
}
