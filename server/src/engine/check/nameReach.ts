// Could a source figure have every name of a note's sentence within its reach — `align`'s
// namesMissingWide 0 (alignment.ts) — judged from its text alone, before any frame is made? The
// test is never false where `align` could find every name reached: each way `align` reaches a name
// leaves a trace in the lower-case text of the figure's reach (its passage, the few before it —
// FRAME_POLICY.referableBack —, its source's title: SourceFrames.referableOf), and that trace is
// looked for:
//   - the name among the reach's words or their lemmas: a word's lower-case form holds it; a lemma
//     is the word cut back and given another ending by wink-lemmatizer's rules ("companies" →
//     company, "women" → woman, "wolves" → wolf, "making" → make), or one of WordNet's exceptions
//     ("mice" → mouse), and a name's key is a nationality's country (NAME_EQUIVALENTS: "Scottish" →
//     scotland) or an acronym without its plural s ("GPUs" → gpu);
//   - each part of a compound ("uk-us"): the first part's trace;
//   - the last word of a run of names the note leads the name into ("Ms Hutt" for "Jane Hutt");
//   - an acronym (3 to 6 letters) spelled by the initials of names of the source figure's
//     sentence: a capital of each letter in that sentence (or a nationality there whose country
//     starts with it);
//   - a name of that sentence a letter apart (spellingSlip, 5 letters or more): it holds the first
//     or the last half of the note's name, or is a nationality's country a letter apart.
// verdict.ts wrongSource frames the candidates whose text passes first: when none of them could
// name its source, none can (test/unit/name-traces.test.ts holds the test to the frames' own reach).
/* eslint-disable @typescript-eslint/no-require-imports */
import { NAME_EQUIVALENTS } from '../frames/lexicon';
import { FRAME_POLICY } from '../frames/policy';
import type { DerivedKey } from '../store';
import type { Passage, Source } from '../types';
import { passageOf } from '../lazyPassages';
import { spellingSlip } from './alignment';
import { ALIGN_POLICY as A } from './policy';

/**
 * wink-lemmatizer's rules, as the ending a lemma ends in and the endings the word had: a lemma made
 * by one is the word's stem plus that ending (a rule that only cuts leaves the lemma inside the word).
 */
const LEMMA_ENDINGS: readonly (readonly [lemmaEnding: string, wordEndings: readonly string[]])[] = [
  ['y', ['ies']],
  ['s', ['ses', 'zes']],
  ['f', ['ves']],
  ['man', ['men']],
  // (verbs: "es", "ed", "ing" cut and an "e" put back; adjectives: "er", "est"; Lexicon.silentE too)
  ['e', ['es', 'ed', 'ing', 'er', 'est']],
];

/** The words WordNet's exception lists lemmatize to each lemma ("mice" under mouse): made once per store. */
export class LemmaForms {
  private readonly byLemma = new Map<string, string[]>();

  constructor() {
    // (each required by name, as frames/wordnet.ts requires them: the bundle holds them once)
    const tables = [require('wink-lexicon/src/wn-noun-exceptions.js'), require('wink-lexicon/src/wn-verb-exceptions.js'), require('wink-lexicon/src/wn-adjective-exceptions.js')] as Record<string, string>[];
    for (const words of tables) {
      for (const w in words) {
        const lemma = words[w];
        const list = this.byLemma.get(lemma);
        if (list) list.push(w);
        else this.byLemma.set(lemma, [w]);
      }
    }
  }

  /** nationalitiesOf, kept: every figure of a sentence naming thousands asks it for each name. */
  private readonly nationalityMemo = [new Map<string, string[]>(), new Map<string, string[]>()];

  /** The nationalities whose country is `key` (or a letter apart from it, `slip`): nationalitiesOf, once per key. */
  nationalities(key: string, slip: boolean): string[] {
    const memo = this.nationalityMemo[slip ? 1 : 0];
    let out = memo.get(key);
    if (!out) {
      if (memo.size >= MAX_KEPT_NATIONALITIES) memo.clear();
      memo.set(key, (out = nationalitiesOf(key, slip)));
    }
    return out;
  }

  /** Strings one of which a text holds when a word of it lemmatizes to `lemma` (the lemma itself, its stems with their endings, the exceptions). */
  traces(lemma: string): string[] {
    const out = [lemma];
    for (const [ending, words] of LEMMA_ENDINGS) if (lemma.endsWith(ending)) for (const w of words) out.push(lemma.slice(0, lemma.length - ending.length) + w);
    for (const w of this.byLemma.get(lemma) ?? []) out.push(w);
    return out;
  }
}

/** Names whose nationalities LemmaForms keeps, beyond which it starts again (a store's life of notes). */
const MAX_KEPT_NATIONALITIES = 100_000;

/** The exception lists inverted, kept with the store (wrongSource asks for each figure it searches). */
export const LEMMA_FORMS: DerivedKey<LemmaForms> = { name: 'lemma forms', create: () => new LemmaForms() };

/** The nationalities (NAME_EQUIVALENTS' words) whose country is `key`, or a letter apart from it when `slip`. */
function nationalitiesOf(key: string, slip: boolean): string[] {
  const out: string[] = [];
  for (const w in NAME_EQUIVALENTS) {
    const v = NAME_EQUIVALENTS[w];
    if (v === key || (slip && spellingSlip(key, v))) out.push(w);
  }
  return out;
}

/** What one name of the note can be reached through. */
interface NameTraces {
  name: string;
  /** One of these in the reach's text: a word or lemma of the reach is the name (or its run's last word). */
  words: string[];
  /** One of these in the sentence's text: a name there a letter apart. */
  slips: string[];
  /** Spelled by the initials of names of the sentence (an acronym of 3 to 6 letters). */
  acronym: boolean;
}

/**
 * Which traces a source's title holds, each looked for once per store: a source of one line has
 * the whole of it for a title (sources.ts), and a wrong-source search reads the reach of up to
 * WRONG_SOURCE_LIMIT candidates of each figure — each had lowered and searched the title anew
 * (a million-character line was seconds a figure).
 */
export class TitleTraces {
  private readonly bySource = new Map<Source, { lower: string; held: Map<string, boolean> }>();

  /** Does the lower-case title of `source` hold `trace`? */
  holds(source: Source, trace: string): boolean {
    let t = this.bySource.get(source);
    if (!t) this.bySource.set(source, (t = { lower: lowerCase(source.meta.title), held: new Map() }));
    let held = t.held.get(trace);
    if (held === undefined) t.held.set(trace, (held = t.lower.includes(trace)));
    return held;
  }
}

/** The titles' traces, kept with the store. */
export const TITLE_TRACES: DerivedKey<TitleTraces> = { name: 'title traces', create: () => new TitleTraces() };

export class NameReach {
  /**
   * One reach kept for the life of the process, of no name and never read: a check makes one a
   * note figure and drops them all, and V8 holds the hidden class its objects share only through
   * them (engine/shapes.ts), so a full collection between checks dropped it and threw away the
   * optimized `mayReachAll` ("weak objects", compiled again at every check). (Public only because
   * the compiler rejects a private field no code reads.)
   */
  static readonly kept: NameReach = new NameReach([], undefined, undefined as unknown as LemmaForms);
  private readonly names: NameTraces[];

  /** For the names of a note figure's sentence (its frame's `names`), and the last words its runs of names lead to (`leads`). */
  constructor(names: readonly string[], leads: ReadonlyMap<string, string> | undefined, forms: LemmaForms, private readonly titles = new TitleTraces()) {
    this.names = names.map((x) => {
      const words = [...forms.traces(x), ...forms.nationalities(x, false)];
      // (a compound's parts must all be reached: the first one's traces stand for them)
      const first = x.includes('-') ? x.split('-').find((part) => part.length > 0) : undefined;
      if (first !== undefined) words.push(...forms.traces(first), ...forms.nationalities(first, false));
      const head = leads?.get(x);
      if (head !== undefined) words.push(...forms.traces(head), ...forms.nationalities(head, false));
      const slips: string[] = [];
      if (x.length >= A.misspeltNameMin) {
        const half = x.length >> 1;
        slips.push(x.slice(0, half), x.slice(half), ...forms.nationalities(x, true));
      }
      return { name: x, words, slips, acronym: x.length >= A.acronymMin && x.length <= A.acronymMax };
    });
  }

  /** Could the figures of passage `p` of `source` have every name within their reach? Never false when align could find them all. */
  mayReachAll(source: Source, p: Passage): boolean {
    if (this.names.length === 0) return true;
    // (that passage alone: the source's others are not made for it)
    const from = passageOf(source, Math.max(0, p.index - FRAME_POLICY.referableBack))!.start;
    // (the passages' text and the title apart: no trace spans the two)
    const reach = lowerCase(source.text.slice(from, p.end));
    const raw = source.text.slice(p.start, p.end);
    const sentence = lowerCase(raw);
    let initials: Set<string> | undefined;
    // (loops, not closures made at each call: V8 keeps a closure's optimized code only while a
    // closure of it lives, so a full collection between checks dropped it — alignment.ts NameSearch)
    names: for (const n of this.names) {
      for (const w of n.words) if (reach.includes(w) || this.titles.holds(source, w)) continue names;
      for (const w of n.slips) if (sentence.includes(w)) continue names;
      if (n.acronym) {
        initials ??= capitalsOf(raw);
        if (n.name.split('').every((c) => initials!.has(c) || nationalityStarts(sentence, c))) continue;
      }
      return false;
    }
    return true;
  }
}

/** Lower case, a curly apostrophe straight, as frame tokens read words. */
function lowerCase(text: string): string {
  return text.toLowerCase().replace(/\u2019/g, "'");
}

/** The letters a name of the sentence can start with, but for nationalities: its capitals. */
function capitalsOf(raw: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 65 && c <= 90) out.add(String.fromCharCode(c + 32));
  }
  return out;
}

/** Does the sentence name a nationality whose country starts with letter c ("Dutch" for n: netherlands)? */
function nationalityStarts(lower: string, c: string): boolean {
  for (const w in NAME_EQUIVALENTS) if (NAME_EQUIVALENTS[w][0] === c && lower.includes(w)) return true;
  return false;
}
