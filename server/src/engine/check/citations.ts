// Citation keys: which source each citation of a note names (found, ambiguous or unknown), and
// for an unknown key, the sources the writer may have meant. One resolver per check: each distinct
// key is resolved once, and suggestions are sought for at most MAX_KEY_SUGGESTION_LOOKUPS of them
// (the store keeps them for the next checks: a note is checked again at each edit).
import type { Bibliography } from '../bibliography';
import type { NoteCitation } from '../notes';
import { editDistance, editsAllowed, withinOneEdit } from '../similarity';
import type { DerivedKey } from '../store';
import type { Source } from '../types';
import { KEY_CHARS_PER_EDIT, KEY_MIN_COMPARED, KEY_SUGGESTION_SPREAD, KEY_TOKEN_COVERAGE, MAX_KEPT_KEY_SUGGESTIONS, MAX_KEY_SUGGESTION_LOOKUPS, MAX_KEY_SUGGESTIONS, MAX_SUGGESTED_KEY_CHARS } from './policy';
import type { CitationResult } from './report';
import type { Retrieval } from './retrieval';

export class CitationResolver {
  private readonly resolved = new Map<string, Omit<CitationResult, 'citation'>>();
  private readonly suggested = new Map<string, KeySuggestion[]>();

  constructor(
    private readonly index: Retrieval,
    private readonly bibliography?: Bibliography,
  ) {}

  /**
   * The source a citation names. A bibliography entry's key names the source its `file` links to;
   * otherwise the store resolves the key (id, alias, file name, prefix); a key only the
   * bibliography knows names a work without source text.
   */
  resolve(c: NoteCitation): CitationResult {
    let r = this.resolved.get(c.key);
    if (!r) {
      r = this.resolveKey(c.key);
      this.resolved.set(c.key, r);
    }
    return { citation: c, ...r };
  }

  private resolveKey(key: string): Omit<CitationResult, 'citation'> {
    const entry = this.bibliography?.entry(key);
    const linked = entry && this.bibliography!.sourceOf(entry, this.index.sources);
    if (entry && linked) return { source: linked, entry };
    const k = this.index.resolveKey(key);
    if (k.kind === 'found') return entry ? { source: k.source, entry } : { source: k.source };
    if (entry) return { source: null, entry };
    return k.kind === 'ambiguous' ? { source: null, ambiguous: k.candidates } : { source: null };
  }

  /** suggestKeys, once per key; none once MAX_KEY_SUGGESTION_LOOKUPS keys have been looked up. */
  similar(key: string): KeySuggestion[] {
    let s = this.suggested.get(key);
    if (!s) {
      s = this.suggested.size < MAX_KEY_SUGGESTION_LOOKUPS ? this.keptSuggestions(key) : [];
      this.suggested.set(key, s);
    }
    return s;
  }

  /** suggestKeys, as the store keeps them for the checks to come (at most MAX_KEPT_KEY_SUGGESTIONS keys). */
  private keptSuggestions(key: string): KeySuggestion[] {
    const kept = this.index.cache(KEY_SUGGESTIONS);
    let s = kept.get(key);
    if (!s) {
      s = suggestKeys(this.index, key);
      if (kept.size >= MAX_KEPT_KEY_SUGGESTIONS) kept.clear();
      kept.set(key, s);
    }
    return s;
  }
}

/** The suggestions sought for unknown keys against a store, by key (CitationResolver.keptSuggestions). */
const KEY_SUGGESTIONS: DerivedKey<Map<string, KeySuggestion[]>> = { name: 'key suggestions', create: () => new Map() };

/** A source an unknown key may have meant, and the key to write for it. */
export interface KeySuggestion {
  source: Source;
  /** A key that resolves to the source, in the form the writer used (an id or alias, a file name, a file-name prefix). */
  key: string;
  /** How close, from 0 to 1. */
  score: number;
}

const STOP = new Set(['the', 'of', 'and', 'a', 'an', 'in', 'on', 'for', 'to', 'with', 'by', 'from', 'at']);

/** "river-survey-2022" → river, survey, 2022; "Smith2020" → smith, 2020. */
function keyTokens(s: string): string[] {
  return s
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+|(?<=\p{L})(?=\p{N})|(?<=\p{N})(?=\p{L})/u)
    .filter((t) => t.length > 0 && !STOP.has(t));
}

/** Do two words match: equal, within one edit (4+ letters), or one the start of the other (4+ letters)? */
function tokensMatch(a: string, b: string): boolean {
  if (a === b) return true;
  if (/^\d+$/.test(a) || /^\d+$/.test(b)) return false;
  if (Math.min(a.length, b.length) >= 4 && (a.startsWith(b) || b.startsWith(a))) return true;
  return a.length >= 4 && b.length >= 4 && withinOneEdit(a, b);
}

/**
 * How much of the key's words a source's names and title share (numbers count half, so that a
 * year alone never suggests a source); 0 unless a word that is not a number matches.
 */
function tokenOverlap(query: string[], names: string[][]): number {
  const pool = names.flat();
  let matched = 0;
  let total = 0;
  let words = 0;
  for (const t of query) {
    const w = /^\d+$/.test(t) ? 0.5 : 1;
    total += w;
    if (pool.some((p) => tokensMatch(t, p))) {
      matched += w;
      if (w === 1) words++;
    }
  }
  return words > 0 && total > 0 ? matched / total : 0;
}

/** A source's ways of being cited, and their words and its title's (computed once per store). */
interface CitableNames {
  /** Its id, aliases and file name, those that name it alone. */
  names: string[];
  nameTokens: string[][];
  titleTokens: string[];
}

const CITABLE_NAMES: DerivedKey<CitableNames[]> = {
  name: 'citable names',
  create: (store) =>
    store.sources.map((s) => {
      const names = [...new Set([s.meta.id, ...s.meta.aliases, s.key].filter((k): k is string => !!k))].filter((k) => {
        const r = store.resolveKey(k);
        return r.kind === 'found' && r.source === s;
      });
      return { names, nameTokens: names.map(keyTokens), titleTokens: keyTokens(s.meta.title) };
    }),
};

/** The closest way to cite one source for an unknown key, by edit distance or shared words; null when neither is close. */
function suggestFor(index: Retrieval, key: string, query: string[], s: Source, n: CitableNames): KeySuggestion | null {
  const low = key.toLowerCase();
  const found: KeySuggestion[] = [];
  const consider = (k: string, score: number) => void found.push({ source: s, key: k, score });
  const allowed = editsAllowed(low, KEY_CHARS_PER_EDIT);
  // a misspelt id, alias or file name
  for (const name of n.names) {
    if (Math.abs(name.length - low.length) > allowed) continue;
    const d = editDistance(low, name.toLowerCase());
    if (d <= allowed) consider(name, 1 - d / Math.max(low.length, name.length, 1));
  }
  // a misspelt file-name prefix ("@009" for 001-…): compared with as much of the file name
  const head = s.key.toLowerCase().slice(0, Math.max(low.length, KEY_MIN_COMPARED));
  if (low.length < s.key.length) {
    const d = editDistance(low, head);
    if (d <= allowed) consider(index.prefixKey(s), 1 - d / Math.max(low.length, head.length, 1));
  }
  // the same words in another order or with some left out ("river-survey-2022" for river-valley-survey)
  if (query.length > 1 || (query.length === 1 && query[0].length >= 4)) {
    const overlap = tokenOverlap(query, [...n.nameTokens, n.titleTokens]);
    if (overlap >= KEY_TOKEN_COVERAGE) {
      // cite it by the name that shares the most words with the key (its id on a tie)
      const byName = n.names.map((name, i) => ({ name, o: tokenOverlap(query, [n.nameTokens[i]]) })).sort((a, b) => b.o - a.o);
      consider(byName[0]?.o ? byName[0].name : index.shortKey(s), overlap * 0.95);
    }
  }
  // the best way; on a tie, the first considered (an id before a file name)
  return found.reduce<KeySuggestion | null>((a, b) => (!a || b.score > a.score ? b : a), null);
}

/** The sources an unknown key may have meant, closest first: by edit distance and by shared words, over ids, aliases, file names and titles. */
export function suggestKeys(index: Retrieval, key: string): KeySuggestion[] {
  if (key.length > MAX_SUGGESTED_KEY_CHARS) return [];
  const all: KeySuggestion[] = [];
  const names = index.cache(CITABLE_NAMES);
  const query = keyTokens(key);
  for (const s of index.sources) {
    const k = suggestFor(index, key, query, s, names[s.index]);
    if (k) all.push(k);
  }
  all.sort((a, b) => b.score - a.score || a.key.localeCompare(b.key));
  const top = all[0]?.score ?? 0;
  return all.filter((k) => k.score >= top - KEY_SUGGESTION_SPREAD).slice(0, MAX_KEY_SUGGESTIONS);
}
