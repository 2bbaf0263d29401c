// A sentence as the frame builder reads it: words (with lemma and synonym class), names,
// punctuation, and each figure (with its hedge words) as a single token.
import { monthAlone } from '../figures/months';
import type { Figure } from '../types';
import { FRAME_POLICY as P } from './policy';
import { AWARD_CONCEPT, AWARD_NAMES, DEMONYM_DESCRIPTORS, DEMONYM_NOUNS, FUNCTION_WORDS, Lexicon, MONTHS, monthSpanWord, NAME_EQUIVALENTS, PARTICLE_ENDINGS, PARTIES, PERSON_TITLES, PHRASAL_CONCEPTS, PLURAL_SUBJECT_WORDS, PLURAL_VERBS_AFTER_NAME, POSSESSIVE, POSSESSIVE_WORDS, ROUND_PREFIXES, TWO_WORD_NAMES_BY_SECOND, WEEKDAYS } from './lexicon';

export type TokenKind = 'word' | 'name' | 'fig' | 'punct';

export interface FrameToken {
  kind: TokenKind;
  start: number;
  end: number;
  /** Lower-case surface form ('' for a figure). */
  low: string;
  /** Lemma ('' for figures and punctuation). */
  lemma: string;
  /** Synonym class of the lemma. */
  concept: string;
  // (the flags and the figure are read-only: a Token packs them into one integer behind getters —
  // assigning one throws in strict code, as a session-46 change found; make a new token instead)
  /** A function word ("the", "of", "was"…). */
  readonly func: boolean;
  /** Written with a capital. */
  readonly cap?: boolean;
  /** An inflected verb ("acquiring", "planned", "sold"), or a verb after "to": never a metric. */
  readonly verb?: boolean;
  /** For a figure token: index of the figure in the list given to `frameTokens`. */
  readonly fig?: number;
}

const TOKEN_KINDS: readonly TokenKind[] = ['word', 'name', 'fig', 'punct'];
/** `Token.bits`: the kind's index in TOKEN_KINDS (2 bits), then these flags, then a figure token's figure. */
const FUNC = 4;
const HAS_FLAGS = 8; // a word or a name: `cap` and `verb` are booleans (undefined on figures and punctuation)
const CAP = 16;
const VERB = 32;
/** A month or quarter named in words that is a figure ("in October", "the third quarter": figures/months.ts monthAlone): a word to every other figure's frame, its own figure's token to its own. */
const DATED = 64;
const FIG_SHIFT = 7;

/**
 * A FrameToken in six fields, the kind, the three flags and a figure's number packed into one
 * integer (read through getters; `kind` can be set). The source passages' tokens are the largest
 * structure a check keeps (134,000 of them in the language server at the end of `npm run bench`):
 * nine fields each were 96 bytes, six are 72 (docs/performance.md, Session 21).
 */
class Token implements FrameToken {
  constructor(
    public start: number,
    public end: number,
    public low: string,
    public lemma: string,
    public concept: string,
    private bits: number,
  ) {}
  get kind(): TokenKind {
    return TOKEN_KINDS[this.bits & 3];
  }
  set kind(k: TokenKind) {
    this.bits = (this.bits & ~3) | TOKEN_KINDS.indexOf(k);
  }
  get func(): boolean {
    return (this.bits & FUNC) !== 0;
  }
  get cap(): boolean | undefined {
    return this.bits & HAS_FLAGS ? (this.bits & CAP) !== 0 : undefined;
  }
  get verb(): boolean | undefined {
    return this.bits & HAS_FLAGS ? (this.bits & VERB) !== 0 : undefined;
  }
  get fig(): number | undefined {
    return (this.bits & 3) === 2 || (this.bits & DATED) !== 0 ? this.bits >>> FIG_SHIFT : undefined;
  }
  /** Read as a verb after all, with the concept it has as one (pricingVerbs). */
  markVerb(concept: string): void {
    this.concept = concept;
    this.bits |= HAS_FLAGS | VERB;
  }
}

/** A figure's token: the figure's number in the list, its span with its hedge words. */
function figToken(start: number, end: number, fig: number): FrameToken {
  return new Token(start, end, '', '', '', 2 | (fig << FIG_SHIFT));
}

function punctToken(start: number, end: number, low: string): FrameToken {
  return new Token(start, end, low, '', '', 3);
}

function wordToken(kind: TokenKind, start: number, end: number, low: string, lemma: string, concept: string, func: boolean, cap: boolean, verb: boolean, fig?: number): FrameToken {
  const dated = fig === undefined ? 0 : DATED | (fig << FIG_SHIFT);
  return new Token(start, end, low, lemma, concept, TOKEN_KINDS.indexOf(kind) | (func ? FUNC : 0) | HAS_FLAGS | (cap ? CAP : 0) | (verb ? VERB : 0) | dated);
}

/** The lower-case word after position i (over spaces), '' when none: one look ahead, bounded by the word's length. */
function nextWordAt(text: string, i: number, end: number): string {
  while (i < end && text.charCodeAt(i) === 32) i++;
  const m = /^[A-Za-z]+/.exec(text.slice(i, Math.min(end, i + 24)));
  return m ? m[0].toLowerCase() : '';
}

/** Is a capitalised word at the start of a sentence an ordinary word (the corpus writes it in lower case)? */
export type OrdinaryWord = (low: string) => boolean;

/**
 * A name's key: lower case, an acronym's plural s dropped ("H100s" → h100, "GPUs" → gpu, but
 * "PCS" stays), a nationality word read as its country ("Scottish" → scotland).
 */
function nameKey(raw: string, low: string): string {
  const k = raw.length > 2 && /^[A-Z0-9]+s$/.test(raw) ? low.slice(0, -1) : low;
  // "Americans", "Germans": a nationality's plural is its country too
  return NAME_EQUIVALENTS[k] ?? (k.endsWith('s') ? NAME_EQUIVALENTS[k.slice(0, -1)] : undefined) ?? k;
}

/** Possessives that open sentences without naming anyone ("Today's figures", "Last year's total"). */
const TIME_POSSESSIVES = new Set(['today', 'yesterday', 'tomorrow', 'year', 'week', 'month', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'tonight', 'season', 'quarter']);

// (capitals joined by "&" are one name: "AT&T", "M&S", "R&B" — session 47)
const WORD_OR_PUNCT = /[A-Za-z0-9\u00C0-\u024F]+(?:(?:['\u2019]|-(?=[A-Za-z0-9])|(?<=[A-Z])&(?=[A-Z]))[A-Za-z0-9\u00C0-\u024F]+)*|[^\sA-Za-z0-9\u00C0-\u024F]/g;

/**
 * A word token's reading, all but what its neighbours decide (whether a verb follows "to", and so
 * its concept as a verb or a noun): the same for every occurrence of a written form away from a
 * sentence's opening, so a lexicon keeps one per form (Lexicon.reading).
 */
export interface WordReading {
  kind: TokenKind;
  low: string;
  lemma: string;
  func: boolean;
  /** Written with a capital. */
  cap: boolean;
  /** An inflected verb form or a word only ever a verb (a verb wherever it stands). */
  verbal: boolean;
  /** The lemma's concept read as a verb, and as a noun (Lexicon.conceptAs). */
  conceptVerb: string;
  conceptNoun: string;
}

/** Where a sentence's opening word stands (its reading depends on the word after it and on the corpus). */
interface Opening {
  text: string;
  /** The position right after the word, and the end of the span read. */
  at: number;
  end: number;
  ordinary: OrdinaryWord;
  /** A number no figure reads follows it ("Channel 4's", "Radio 1 said"): a numbered name's first part. */
  numbered: boolean;
}

/**
 * The reading of word `raw` (`opening`: when it opens the sentence). Capitalised words are names
 * unless they open the sentence and are ordinary words, or are month names.
 */
function readWord(raw: string, opening: Opening | undefined, lex: Lexicon): WordReading {
  const c = raw.charCodeAt(0);
  let low = raw.toLowerCase().replace(/\u2019/g, "'");
  if (low.endsWith("'s")) low = low.slice(0, -2);
  const upper = c >= 65 && c <= 90;
  let kind: TokenKind = 'word';
  // "US-based", "UK-listed": an adjective made from a name, not a name
  const hyphenAdjective = raw.includes('-') && /-[a-z]+$/.test(raw);
  // a capitalised sentence opener is an ordinary word when the corpus writes it in lower case, or
  // when it is plainly a verb form or an adverb ("Counting other chips, …", "Overall, …")
  // (WordNet decides for the words it knows — "Prince", "Bates" are names; the corpus for the rest)
  // ("Prince's tour", "Lenovo's revenue": a capitalised possessive opener is a name, whatever else the word means)
  const possessive = /['\u2019]s$/.test(raw) && !TIME_POSSESSIVES.has(low);
  // ("Labour will hold…": a party opening a sentence, before a function word, is the party — not "Labour costs rose")
  const partyOpener = !!opening && PARTIES.has(low) && FUNCTION_WORDS.has(nextWordAt(opening.text, opening.at, opening.end));
  // ("Real are believed to still want £7m", "United were beaten": a capitalised opener in the
  // singular before a plural verb is a team or a firm named in the plural, as British copy does —
  // not a word of people or a quantity, which takes one too: "Police are", "Half were")
  const pluralNamed = !!opening && upper && !possessive && !low.endsWith('s') && !FUNCTION_WORDS.has(low) && !PLURAL_SUBJECT_WORDS.has(low) && PLURAL_VERBS_AFTER_NAME.has(nextWordAt(opening.text, opening.at, opening.end)) && !lex.isHuman(low);
  const openerWord = !!opening && !partyOpener && !pluralNamed && (FUNCTION_WORDS.has(low) || (low.length > 4 && low.endsWith('ly')) || (!possessive && opening.ordinary(low)));
  if (upper && MONTHS[low] === undefined && !monthSpanWord(low) && !WEEKDAYS.has(low) && !openerWord && !FUNCTION_WORDS.has(low)) kind = 'name';
  // ("Channel 4's average share …": an opener before a number the figures read as part of a name is that name's)
  if (upper && opening?.numbered && !FUNCTION_WORDS.has(low)) kind = 'name';
  // an acronym is a name even when it spells a word ("US", "IT"), a nationality too ("German unemployment")
  // (its possessive too: "the US's deficit")
  const bare = possessive ? raw.slice(0, -2) : raw;
  if (upper && bare.length > 1 && bare === bare.toUpperCase() && /[A-Z]{2}/.test(bare) && !(FUNCTION_WORDS.has(low) && low !== 'us')) kind = 'name';
  if (upper && NAME_EQUIVALENTS[low] !== undefined) kind = 'name';
  if (hyphenAdjective) kind = 'word';
  // ("We're talking about…", "They've said…": a pronoun or a verb contracted is a function word, never a name)
  const contraction = CONTRACTION.test(raw);
  if (contraction) kind = 'word';
  // a hyphenated word's head is its last part ("data-centre" → centre, "full-year" → year)
  // (not a round of a competition: a "quarter-final" is no final)
  // (nor a noun made from a phrasal verb: "make-up", "sell-off" — lexicon PARTICLE_ENDINGS)
  const whole = kind === 'word' && (ROUND_PREFIXES.some((p) => low.startsWith(p)) || (low.includes('-') && PARTICLE_ENDINGS.has(low.slice(low.lastIndexOf('-') + 1))));
  const head = kind === 'word' && low.includes('-') && !low.startsWith('non-') && !whole ? low.slice(low.lastIndexOf('-') + 1) : low;
  const lemma = kind === 'name' ? nameKey(raw.replace(/['\u2019]s$/, ''), low) : whole ? low.replace(/s$/, '') : lex.lemma(head);
  const func = kind === 'word' && (FUNCTION_WORDS.has(low) || contraction);
  const verbal = kind === 'word' && !func && (lex.isInflectedVerb(low) || lex.verbOnly(lemma));
  return { kind, low, lemma, func, cap: upper, verbal, conceptVerb: lex.conceptAs(lemma, true), conceptNoun: lex.conceptAs(lemma, false) };
}

/** A contracted pronoun or verb: "we're", "they've", "I'm", "she'd", "it'll", "don't" (straight or curly apostrophe). */
const CONTRACTION = /['\u2019](?:re|ve|ll|m|d)$|n['\u2019]t$/i;

/**
 * Tokens of text[start, end). `figures` are the figures of that span in order; the words of each
 * (its hedge included) become one token; each word is read by readWord.
 */
/** Where a figure's token starts and ends: its hedge included, before it ("some 300") or after it ("300-odd", "300 or so"). */
function figureSpan(f: Figure): [number, number] {
  if (f.hedgeStart === undefined) return [f.start, f.end];
  if (f.hedgeStart < f.start) return [f.hedgeStart, f.end];
  return [f.start, Math.max(f.end, f.hedgeStart + (f.hedgeText?.length ?? 0))];
}

export function frameTokens(text: string, start: number, end: number, figures: readonly Figure[], lex: Lexicon, ordinary: OrdinaryWord): FrameToken[] {
  const out: FrameToken[] = [];
  const re = new RegExp(WORD_OR_PUNCT.source, 'g');
  re.lastIndex = start;
  let fi = 0;
  let m: RegExpExecArray | null;
  const read = (w: string) => readWord(w, undefined, lex);
  while ((m = re.exec(text)) !== null && m.index < end) {
    const s = m.index;
    while (fi < figures.length && figures[fi].end <= s) fi++;
    const f = figures[fi];
    // (a hedge before the figure, "some 300", or after it, "300-odd", "300 or so": one token with it)
    const [from, to] = f ? figureSpan(f) : [0, 0];
    // (a month or quarter named in words, "in October", "the third quarter", stays the word it was
    // to the other figures' frames: its first word a token that carries its figure, `fig`, for its
    // own frame — never kind 'fig')
    const month = f !== undefined && monthAlone(f);
    if (f && !month && s >= from && s < to) {
      out.push(figToken(from, to, fi));
      // (a figure's possessive, "2004's total": a function word "'s", not a word "s" a metric may take)
      const poss = figurePossessive(text, to);
      if (poss) out.push(wordToken('word', to, to + poss, "'s", "'s", "'s", true, false, false));
      re.lastIndex = to + poss;
      fi++;
      continue;
    }
    const raw = m[0];
    // ("from mid-2006", "pre-2005 levels": a word glued to a figure by a hyphen ends where the figure
    // starts — the figure is a token of its own, read again from its start)
    // (the prefix a function word: "mid", "pre" say where in the year, not what is measured)
    if (f && from > s && from < s + raw.length) {
      const prefix = text.slice(s, from).replace(/-+$/, '');
      re.lastIndex = from;
      if (prefix) out.push(wordToken('word', s, s + prefix.length, prefix.toLowerCase(), prefix.toLowerCase(), prefix.toLowerCase(), true, false, false));
      continue;
    }
    const c = raw.charCodeAt(0);
    // (the letters WORD_OR_PUNCT reads as words: a dash, a curly quote or "…" is punctuation)
    const isWord = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f);
    if (!isWord) {
      // ("approvals -- loans agreed but not yet made -- stood": hyphens typed for a dash are one dash)
      const last = out[out.length - 1];
      if (raw === '-' && last?.kind === 'punct' && last.end === s && (last.low === '-' || last.low === '—')) {
        last.end = s + 1;
        last.low = '—';
        continue;
      }
      out.push(punctToken(s, s + raw.length, raw));
      continue;
    }
    const first = out.length === 0 || (out[out.length - 1].kind === 'punct' && /^["“'‘(\[*_]$/.test(out[out.length - 1].low) && out.length === 1);
    // (a word away from the opening reads the same wherever it stands: read once per written form)
    const r = first ? readWord(raw, { text, at: s + raw.length, end, ordinary, numbered: numberedAfter(text, s + raw.length, end, f) }, lex) : lex.reading(raw, read);
    const prev = out[out.length - 1];
    const verb = r.kind === 'word' && !r.func && (r.verbal || (prev !== undefined && prev.low === 'to'));
    const own = month && s === f!.start ? fi++ : undefined;
    out.push(wordToken(r.kind, s, s + raw.length, r.low, r.lemma, r.kind === 'name' ? r.lemma : verb ? r.conceptVerb : r.conceptNoun, r.func, r.cap, verb, own));
  }
  scareQuotes(out);
  demonymAnaphors(out);
  twoWordNames(out);
  pricingVerbs(out, figures, lex);
  countedAwards(out, lex);
  phrasalConcepts(out, lex);
  return out;
}

/** Does a number that is no figure (`next`, the next figure, does not start there) follow the word ending at `at`, after one space? */
function numberedAfter(text: string, at: number, end: number, next: Figure | undefined): boolean {
  if (at + 1 >= end || text.charCodeAt(at) !== 32) return false;
  const c = text.charCodeAt(at + 1);
  return c >= 48 && c <= 57 && next?.start !== at + 1;
}

/** Quotation marks a token may be. */
const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', '\u201c', '\u201d', "'", '\u2018', '\u2019']);

/**
 * Quotation marks around one or two words inside a phrase, a word or figure before and a word after
 * ('flagged up eight "critical" security holes'): dropped, so that the phrase reads on — the
 * figure's noun is "holes" (session 47). Quotes of speech, which end a clause or open one, stay.
 */
function scareQuotes(out: FrameToken[]): void {
  let drop: Set<number> | undefined;
  for (let i = 1; i < out.length; i++) {
    const before = out[i - 1];
    if (out[i].kind !== 'punct' || !QUOTE_MARKS.has(out[i].low) || before.kind === 'punct') continue;
    for (let n = 1; n <= P.scareQuoteWords; n++) {
      const close = out[i + n + 1];
      const after = out[i + n + 2];
      if (!close || out[i + n].kind === 'punct' || out[i + n].kind === 'fig') break;
      if (close.kind !== 'punct') continue;
      if (QUOTE_MARKS.has(close.low) && (after?.kind === 'word' || after?.kind === 'name') && !after.func) {
        (drop ??= new Set<number>()).add(i).add(i + n + 1);
        i += n + 1;
      }
      break;
    }
  }
  if (!drop) return;
  let w = 0;
  for (let i = 0; i < out.length; i++) if (!drop.has(i)) out[w++] = out[i];
  out.length = w;
}

/**
 * A word in -s right before a sum of money whose sense as a verb is another class (Lexicon.conceptAs:
 * VERB_SENSE_CLASS) is that verb: "Snappy Snaps charges £4.99 for a print" prices the print (cost),
 * where "charges of £500m" are write-downs. Read as written, "charges" could be either.
 */
function pricingVerbs(out: FrameToken[], figures: readonly Figure[], lex: Lexicon): void {
  for (let i = 0; i + 1 < out.length; i++) {
    const t = out[i];
    const n = out[i + 1];
    if (t.kind !== 'word' || t.verb || t.func || !t.low.endsWith('s') || n.kind !== 'fig' || figures[n.fig!]?.kind !== 'currency') continue;
    const c = lex.conceptAs(t.lemma, true);
    if (c !== t.concept && t instanceof Token) t.markVerb(c);
  }
}

/**
 * A named award counted right after a figure ("won three Oliviers", "five Oscars"; AWARD_NAMES):
 * the prizes it counts — a word of the class of "prize" and "award", so that it meets "won three
 * prizes", and no name a source must state ("at the Oscars" alone is the ceremony: left a name).
 */
function countedAwards(out: FrameToken[], lex: Lexicon): void {
  for (let i = 1; i < out.length; i++) {
    const t = out[i];
    if (t.kind === 'name' && out[i - 1].kind === 'fig' && AWARD_NAMES.has(t.low)) out[i] = wordToken('word', t.start, t.end, t.low, AWARD_CONCEPT, lex.concept(AWARD_CONCEPT), false, true, false);
  }
}

/** The length of a possessive ending right after a figure ("'s", "’s"), else 0. */
function figurePossessive(text: string, at: number): number {
  const a = text.charCodeAt(at);
  if (a !== 39 && a !== 0x2019) return 0;
  const b = text.charCodeAt(at + 1);
  if ((b === 115 || b === 83) && !/[\p{L}\p{N}]/u.test(text[at + 2] ?? '')) return 2;
  return 0;
}

/**
 * Idioms whose words mean one thing together (PHRASAL_CONCEPTS: "took their own life" is a
 * suicide, "went on sale" a release): the idiom's last word takes that thing's synonym class, so
 * a metric or context read at any of its words meets the source's plain word. One look back from
 * each last word.
 */
function phrasalConcepts(out: FrameToken[], lex: Lexicon): void {
  for (let i = 1; i < out.length; i++) {
    const t = out[i];
    if (t.kind !== 'word') continue;
    for (const p of PHRASAL_CONCEPTS) {
      const w = p.words;
      if (t.lemma !== w[w.length - 1] || i < w.length - 1 || p.notBefore?.has(out[i + 1]?.low ?? '')) continue;
      let ok = true;
      for (let q = 0; q < w.length - 1 && ok; q++) {
        const u = out[i - (w.length - 1) + q];
        ok = u.kind === 'word' && (w[q] === POSSESSIVE ? POSSESSIVE_WORDS.has(u.low) : u.lemma === w[q]);
      }
      if (ok) {
        // (every word of it: the metric may be read at its verb — "turn" of "turn over", "over" a function word)
        const concept = lex.concept(p.concept);
        for (let q = i - (w.length - 1); q <= i; q++) if (!POSSESSIVE_WORDS.has(out[q].low)) out[q].concept = concept;
        break;
      }
    }
  }
}

/**
 * "the Briton regained", "against the Argentine.", "the 31-year-old Dane": someone named before,
 * referred to by nationality — a word, not a name. Not "the Kenyan judiciary" (an adjective before its noun).
 */
function demonymAnaphors(out: FrameToken[]): void {
  for (let i = 1; i < out.length; i++) {
    const t = out[i];
    if (t.kind !== 'name' || !DEMONYM_NOUNS.has(t.low)) continue;
    // back past an age or a describing word ("the 31-year-old Dane", "the veteran Scot"), a few tokens at most
    let j = i - 1;
    while (j > 0 && i - j <= P.demonymDescriptors && (DEMONYM_DESCRIPTORS.has(out[j].low) || (out[j].kind === 'fig' && out[j + 1]?.low === '-'))) j--;
    if (out[j].low !== 'the') continue;
    const next = out[i + 1];
    if (next && next.kind !== 'punct' && !next.func && !next.verb) continue;
    t.kind = 'word';
  }
}

/**
 * Two-word names read as other names' keys (TWO_WORD_NAMES): "Man Utd" as Manchester United, "the
 * European Union" as the EU. The second word a name; the first a name or a capitalised word (a "Man"
 * opening the sentence may have been read as a word — a verb even). Both made afresh as name tokens:
 * a Token's flags are read-only.
 */
function twoWordNames(out: FrameToken[]): void {
  for (let i = 1; i < out.length; i++) {
    const t = out[i];
    const prev = out[i - 1];
    if (t.kind !== 'name' || !(prev.kind === 'name' || (prev.kind === 'word' && prev.cap))) continue;
    const keys = TWO_WORD_NAMES_BY_SECOND.get(t.low)?.get(prev.low);
    if (keys === undefined) continue;
    out[i - 1] = wordToken('name', prev.start, prev.end, prev.low, keys[0], keys[0], false, true, false);
    out[i] = wordToken('name', t.start, t.end, t.low, keys[1], keys[1], false, true, false);
  }
}

/** The names of a sentence, read in one pass. */
export interface SentenceNames {
  /** Each name once, in the order it is first named. */
  names: string[];
  /** The token where each of `names` is first named (ascending). */
  firstNamedAt: number[];
  /** A name followed by more of one name ("Jane Hutt", "Sony Ericsson") → the run's last word. */
  leads: Map<string, string>;
  /** Names of `leads` whose run reaches its last word past a possessive: "Manchester United's Brown" — an owner, no first name of Brown's. */
  owners: Set<string>;
  /** Names after a title ("Ms Hutt", "Sir Elton"). */
  titled: Set<string>;
}

export function sentenceNames(tokens: readonly FrameToken[]): SentenceNames {
  const out: SentenceNames = { names: [], firstNamedAt: [], leads: new Map(), owners: new Set(), titled: new Set() };
  const seen = new Set<string>();
  tokens.forEach((t, i) => {
    if (t.kind !== 'name') return;
    if (i > 0 && PERSON_TITLES.has(tokens[i - 1].low)) out.titled.add(t.lemma);
    if (seen.has(t.lemma)) return;
    seen.add(t.lemma);
    out.names.push(t.lemma);
    out.firstNamedAt.push(i);
  });
  // (a name possessive: the token "United's" is longer than its lower-case form, its "'s" set apart)
  const possessive = (q: number) => tokens[q].end - tokens[q].start > tokens[q].low.length;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].kind !== 'name' || tokens[i + 1]?.kind !== 'name') continue;
    let j = i + 1;
    while (tokens[j + 1]?.kind === 'name') j++;
    let owned = false;
    for (let q = j - 1; q >= i; q--) {
      owned ||= possessive(q);
      if (out.leads.has(tokens[q].lemma)) continue;
      out.leads.set(tokens[q].lemma, tokens[j].lemma);
      if (owned) out.owners.add(tokens[q].lemma);
    }
    i = j;
  }
  return out;
}
