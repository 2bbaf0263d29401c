// Clause structure the frame readers need: boundaries (commas soft, dashes and brackets hard),
// parentheticals and asides a figure's context skips, coordinated clauses, determiners.
import { FRAME_POLICY as P } from './policy';
import type { FrameToken } from './tokens';
import type { FrameInput } from './types';

/** Conjunctions that open a coordinated clause after a comma: what lies beyond is another claim. */
export const COORDINATORS = new Set(['and', 'but', 'while', 'whereas', 'although', 'though']);

/**
 * A coordinator at i opens the conjunct the figure at k leads ("… acted vindictively and 61% that
 * he was right", "over £5,000 to headquarters and over £1,000 to local parties"): only function
 * words between them, and another figure earlier in the sentence whose claim the words before are.
 */
export function opensConjunct(toks: FrameToken[], i: number, k: number): boolean {
  for (let j = i + 1; j < k; j++) if (!toks[j].func) return false;
  for (let j = i - 1; j >= 0; j--) if (toks[j].kind === 'fig') return true;
  return false;
}

/** Words between "of"/"on" and the noun they introduce ("47% of the money", "8.5 on its test"). */
export const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'your', 'all', 'this', 'that', 'these', 'those']);

/** Spaced dashes that open and close an aside ("spending - which drives two thirds of it - grew"): read past by the metric, role and mode readers. */
export const DASHES: ReadonlySet<string> = new Set(['-', '—', '–']);

export function isBoundary(t: FrameToken): 'hard' | 'soft' | undefined {
  if (t.kind !== 'punct') return undefined;
  const c = t.low;
  if (c === ';' || c === ':' || c === '—' || c === '–' || c === '(' || c === ')' || c === '[' || c === ']') return 'hard';
  if (c === '-') return 'hard';
  if (c === ',') return 'soft';
  return undefined;
}

/** Index of the matching close of a parenthetical that opens at i ("(" or a spaced dash), or -1. */
function parenEnd(toks: FrameToken[], i: number, text: string): number {
  const open = toks[i].low;
  if (open === '(') {
    for (let j = i + 1; j < toks.length && j < i + P.maxParenTokens; j++) if (toks[j].low === ')') return j;
    return -1;
  }
  if ((open === '-' || open === '—' || open === '–') && isSpacedDash(toks[i], text)) {
    for (let j = i + 1; j < toks.length && j < i + P.maxParenTokens; j++) if ((toks[j].low === '-' || toks[j].low === '—' || toks[j].low === '–') && isSpacedDash(toks[j], text)) return j;
  }
  return -1;
}

function isSpacedDash(t: FrameToken, text: string): boolean {
  return text.charCodeAt(t.start - 1) === 32 && text.charCodeAt(t.end) === 32;
}

/** Words that open a relative clause between commas (", which lives inside WhatsApp,"): an aside. */
const RELATIVES = new Set(['which', 'who', 'whose', 'whom', 'where']);

/** The parentheticals of a sentence as [open, close] token index pairs (not nested). */
export function parentheticals(toks: FrameToken[], text: string): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < toks.length; i++) {
    if (toks[i].kind !== 'punct') continue;
    let j = parenEnd(toks, i, text);
    // a short apposition between commas (", a rival,"): an aside too
    if (j < 0 && toks[i].low === ',' && DETERMINERS.has(toks[i + 1]?.low ?? '')) {
      for (let q = i + 2; q < toks.length && q <= i + P.appositionTokens; q++) {
        if (toks[q].kind === 'fig' || toks[q].verb) break;
        if (toks[q].low === ',') {
          j = q;
          break;
        }
      }
    }
    if (j < 0 && toks[i].low === ',' && RELATIVES.has(toks[i + 1]?.low ?? '')) {
      for (let q = i + 2; q < toks.length && q < i + P.maxParenTokens; q++) {
        if (toks[q].low === ',') {
          // an aside only if it holds no figure of its own
          if (!toks.slice(i, q).some((t) => t.kind === 'fig')) j = q;
          break;
        }
      }
    }
    if (j > i) {
      out.push([i, j]);
      i = j;
    }
  }
  return out;
}

/** How many of the ascending positions come before k. */
export function countBefore(positions: number[], k: number): number {
  let lo = 0;
  let hi = positions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (positions[mid] < k) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A sentence's parentheticals (disjoint, in order), found by where they open, close or lie. */
export class Parens {
  private readonly opening = new Map<number, [number, number]>();
  private readonly closing = new Map<number, [number, number]>();
  constructor(readonly list: [number, number][]) {
    for (const p of list) {
      this.opening.set(p[0], p);
      this.closing.set(p[1], p);
    }
  }

  /** The parenthetical token k lies inside (strictly). */
  around(k: number): [number, number] | undefined {
    const list = this.list;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid][0] < k) lo = mid + 1;
      else hi = mid;
    }
    const p = list[lo - 1];
    return p && k < p[1] ? p : undefined;
  }

  /** The parenthetical that opens (walking right) or closes (walking left) at token i. */
  at(i: number, dir: 1 | -1): [number, number] | undefined {
    return (dir > 0 ? this.opening : this.closing).get(i);
  }
}

/**
 * A place adverbial ("in the UK", "in Europe") whose last name is token j, every name a place: its
 * names and the token of its "in"; undefined when none ends there. Read past by the metric
 * (metric.ts) and kept as whose figure it is (frame.ts placeBefore); with `prep` "with", a partner
 * ("the deficit with the EU", frame.ts partnerBefore).
 */
export function placeEndingAt(input: FrameInput, j: number, prep = 'in'): { names: string[]; start: number } | undefined {
  const { tokens, lex } = input;
  const names: string[] = [];
  let q = j;
  for (; q >= 0 && tokens[q].kind === 'name' && names.length < P.placeAfterNames; q--) {
    if (lex.nameKind(tokens[q].lemma) !== 'place') return undefined;
    names.unshift(tokens[q].lemma);
  }
  if (!names.length) return undefined;
  if (q >= 0 && tokens[q].low === 'the') q--;
  return q >= 0 && tokens[q].low === prep ? { names, start: q } : undefined;
}
