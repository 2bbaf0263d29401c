// Does a fix's text say the source's value? The text a quick fix writes into a note, read back by
// the extractor in the note's own sentence, must give the value it was rendered from — at the
// precision it is written with, and only as coarse as the renderer's caps allow (render.ts writes
// every decimal a value has up to EXACT_DECIMALS, a time's up to TIME_DECIMALS; a named fraction is
// within NAMED_FRACTION_SLACK). A text that reads as another value, another kind, or no figure at all
// ("Sales 2.5 times last year", "7,500–7,800:03:15") is no fix. Linear in the sentence.
import type { Figure } from '../types';
import { kindBit } from './agree';
import { extractFigures } from './extract';
import { EXACT_DECIMALS, TIME_DECIMALS } from './render';
import { NAMED_FRACTION_SLACK } from './renderFamilies';

/** Relative float noise two equal values may differ by. */
const SAME = 1e-9;

/**
 * The figures `text` reads in [from, to) — where a fix wrote — give `want` ([value, high]) in the
 * kind and unit of `like`: one figure (a range its both ends), or a range as two figures, one an end
 * ("2:05:00–2:10:00": a clock carries no range, each end does).
 */
export function readsBack(text: string, from: number, to: number, like: Figure, want: readonly [number, number | undefined]): boolean {
  const read = extractFigures(text).filter((r) => r.end > from && r.start < to);
  if (read.length === 0 || read.some((r) => r.start < from || r.end > to || !sameQuantity(r, like))) return false;
  const [value, high] = want;
  if (read.length === 1) {
    const r = read[0];
    return near(r, r.value, value) && (high === undefined ? r.high === undefined : r.high !== undefined && near(r, r.high, high));
  }
  return read.length === 2 && high !== undefined && read.every((r) => r.high === undefined) && near(read[0], read[0].value, value) && near(read[1], read[1].value, high);
}

/** Same kind (a count, a number and a size are one: "68" for "67.4"), and same unit except a size ("70B" may be written "1T"). */
function sameQuantity(r: Figure, like: Figure): boolean {
  const plain = kindBit('number');
  if (r.kind !== like.kind && !(kindBit(r.kind) === plain && kindBit(like.kind) === plain)) return false;
  return r.kind === 'size' || like.kind === 'size' || (r.unit ?? '') === (like.unit ?? '');
}

/** Is `got` (read from r) the value `want` as r is written? Exact, but for the digits past the renderer's caps. */
function near(r: Figure, got: number, want: number): boolean {
  const diff = Math.abs(got - want);
  if (diff <= SAME * Math.max(1, Math.abs(want))) return true;
  if (r.fraction) return diff < NAMED_FRACTION_SLACK;
  const cap = r.clock || r.joined ? TIME_DECIMALS : EXACT_DECIMALS;
  return r.decimals >= cap && diff <= (0.5 + SAME) * 10 ** -r.decimals * (r.scale || 1);
}
