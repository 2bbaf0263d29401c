// Claim frames of source passages, read lazily and kept for the life of the store they come from:
// a passage's frames, the words and names its figures can refer to, and the period its context sets.
// Built on the PassageStore interface only, so any store (in memory, persisted, a database) has them.
import { CHECK_MEMO, type CheckMemo } from '../memo';
import type { PassageStore } from '../store';
import type { Figure, Passage } from '../types';
import { ClaimFrame, FrameInput, Period, SentenceFramer, sentenceFrames } from './frame';
import { Lexicon, OPENING_PRONOUNS, VERB_GROUP_WORDS } from './lexicon';
import { FRAME_POLICY } from './policy';
import { FrameToken, frameTokens } from './tokens';

/** A figure's frame with what it can refer to: one side of an alignment (note or source). */
export interface FrameSide {
  frame: ClaimFrame;
  /** Lower-case words the figure can refer to: its sentence, the ones before it in its paragraph, the title. */
  referable: ReadonlySet<string>;
  /** The same, reaching into earlier paragraphs (sources only: news paragraphs are short). */
  referableWide?: ReadonlySet<string>;
  /**
   * Some of `referable`'s words, at hand without tokenizing a sentence: the figure's own sentence's
   * and the title's, while its tokens are made and `referable` is not (sources only; undefined
   * otherwise). A name found there needs no sentence before it read.
   */
  ownReferable?: ReadonlySet<string>;
  /** Names of the sentences before the figure's and of the title: who a figure can be about without naming them. */
  priorNames?: ReadonlySet<string>;
  /** Period of the sentences before: used only against a period the other side states itself. */
  inheritedPeriod: Period;
  /** Names of the source's opening sentences (title and lead): whom the whole story is about (sources only). */
  leadNames?: ReadonlySet<string>;
  /** Names of the sentences before the figure's in its paragraph, without the title (sources only). */
  paragraphNames?: ReadonlySet<string>;
  /** The source's full names, by their last word: "tomlinson" → {"chris"} (sources only). */
  fullNames?: ReadonlyMap<string, ReadonlySet<string>>;
}

interface PassageFrames {
  /** Its figures' frames, made in order as far as asked (a candidate is often one figure of several). */
  framer: SentenceFramer;
  tokens: FrameToken[];
}

/** Bounds the caches of a store with millions of passages; below it, nothing is ever dropped. */
const MAX_CACHED_PASSAGES = 200_000;

/** A model number hyphened to its maker's name, the maker captured: "cray-1", "mig-29" (two letters at least). */
const MODEL_NUMBER = /^([a-z]{2,})-\d/;

/** The years named in a token list (the period that earlier sentences set). */
function periodOfTokens(tokens: FrameToken[], figures: readonly Figure[]): Period {
  for (const t of tokens) {
    if (t.kind !== 'fig') continue;
    const g = figures[t.fig!];
    if (g.kind === 'year' && g.high === undefined) return { year: g.value };
  }
  return {};
}

/** Add the words of a passage's tokens (lower case and lemma; not its figures, nor punctuation) to a set of referable words. */
function addWords(made: Set<string>, tokens: readonly FrameToken[]): Set<string> {
  for (const t of tokens) {
    if (t.kind === 'fig' || t.kind === 'punct') continue;
    made.add(t.low).add(t.lemma);
    // a model named by its maker and a number ("the Cray-1", "the MiG-29") names the maker too
    const model = t.kind === 'name' ? MODEL_NUMBER.exec(t.low) : null;
    if (model) made.add(model[1]);
    // an adjective made from a name ("New York-based", "UK-listed") names it: "the New York firm"
    if (t.kind === 'word' && t.cap === true) {
      const dash = t.low.lastIndexOf('-');
      if (dash > 0) made.add(t.low.slice(0, dash));
    }
  }
  return made;
}

export class SourceFrames {
  readonly lex = new Lexicon();
  private readonly byPassage = new Map<Passage, PassageFrames>();
  private readonly tokenCache = new Map<Passage, FrameToken[]>();
  private readonly referable = new Map<Passage, ReadonlySet<string>>();
  private readonly referableWide = new Map<Passage, ReadonlySet<string>>();
  private readonly own = new Map<Passage, ReadonlySet<string>>();
  private readonly prior = new Map<Passage, ReadonlySet<string>>();
  private readonly periods = new Map<Passage, Period>();
  private readonly titles = new Map<number, Set<string>>();
  private readonly leads = new Map<number, ReadonlySet<string>>();
  private readonly fullNameMaps = new Map<number, ReadonlyMap<string, ReadonlySet<string>>>();
  /** What checks of this very corpus kept (engine/memo.ts): answered from when enabled, and added to. */
  private readonly memo: CheckMemo;
  /** How many frames made on demand for a figure referring back are being made, one inside another (frameReferredTo). */
  private referringDepth = 0;
  /**
   * The first source side and the first note sentence's framing input made here, kept for the life
   * of this object and never read. V8 gives a class's objects (and an object a function fills in)
   * hidden classes reached from the first one by transitions it holds weakly: once the last object
   * of a kind is gone, a full collection drops those classes and throws away every optimized
   * function compiled for them ("weak objects"), compiled again at the next check. A check's sides
   * and its note's objects are all gone when it ends, so each check of a store compiled again much
   * of what the last one had. The input holds the note sentence's framing context, and through it
   * that first check's run (one note's, until this object goes with its store).
   */
  private keptSide: FrameSide | undefined = undefined;
  private keptNoteInput: FrameInput | undefined = undefined;

  constructor(private readonly store: PassageStore) {
    this.memo = store.derived(CHECK_MEMO);
  }

  /**
   * Is a capitalised sentence opener an ordinary word? A word the sources write capitalised inside
   * sentences and never in lower case is a name ("Lenovo"); one they write in lower case is not
   * ("Output", "Shares"); one they never use is a name the note brings ("Google planned…"); one
   * they only ever open sentences with, WordNet decides ("Counties" is a word, "Bates" a name).
   */
  readonly ordinary = (low: string): boolean => {
    if (this.store.tokenizer.termOf(low) === '') return true;
    switch (this.store.writtenAs(low)) {
      case 'name':
        return false;
      case 'word':
        return true;
      case 'unseen':
        return this.lex.isInflectedVerb(low);
      default:
        return this.lex.ordinaryOpener(low);
    }
  };

  /** Tokens of any text (a note's sentence), read the way source passages are. */
  tokens(text: string, start: number, end: number, figures: readonly Figure[]): FrameToken[] {
    return frameTokens(text, start, end, figures, this.lex, this.ordinary);
  }

  /** Frames of the figures of one sentence of any text. */
  frames(text: string, tokens: FrameToken[], figures: readonly Figure[], before?: () => Iterable<[Figure, ClaimFrame]>): ClaimFrame[] {
    return figures.length ? sentenceFrames({ text, tokens, figures, lex: this.lex, before }) : [];
  }

  /** The same frames, each made when first asked (`frameAt`), in order: a frame reads only those before it. */
  framer(text: string, tokens: FrameToken[], figures: readonly Figure[], before?: () => Iterable<[Figure, ClaimFrame]>): SentenceFramer {
    const input: FrameInput = { text, tokens, figures, lex: this.lex, before };
    this.keptNoteInput ??= input;
    return new SentenceFramer(input);
  }

  private framesOf(p: Passage): PassageFrames {
    let pf = this.byPassage.get(p);
    if (!pf) {
      const tokens = this.tokensOf(p);
      pf = { tokens, framer: new SentenceFramer({ text: this.store.sources[p.source].text, tokens, figures: p.figures, lex: this.lex, before: () => this.figuresBefore(p) }) };
      if (this.byPassage.size > MAX_CACHED_PASSAGES) this.byPassage.clear();
      this.byPassage.set(p, pf);
      if (this.memo.enabled) {
        // (the frames the memo kept go on as made: a frame reads only those before it)
        const pid = this.store.pid(p);
        const kept = this.keptFrames(p, pid);
        if (kept) {
          pf.framer.frames.push(...kept);
          this.memo.grew();
        }
        this.memo.put('frames', pid, pf.framer.frames);
      }
    }
    return pf;
  }

  /**
   * The figures of the few passages before p in its paragraph with their frames, nearest last
   * figure first (what a value noun in p can refer back to: frame.ts valueAnaphor). Read lazily:
   * only a figure whose sentence refers back asks.
   */
  private *figuresBefore(p: Passage): Iterable<[Figure, ClaimFrame]> {
    for (let i = p.index - 1; i >= Math.max(0, p.index - FRAME_POLICY.referableBack); i--) {
      const q = this.store.sourcePassage(p.source, i)!;
      if (q.paragraph !== p.paragraph) return;
      for (let j = q.figures.length - 1; j >= 0; j--) yield [q.figures[j], this.frameReferredTo(q, j)];
    }
  }

  /**
   * The frame of q's figure j for a figure after it that refers back. Made on demand, it may refer
   * back in turn, passage after passage: past FRAME_POLICY.referringChainDepth such passages, the
   * unframed passages of q's paragraph up to q are framed in order first, each reading the frames
   * before it already made (the same frames, made without the stack growing with the paragraph).
   */
  private frameReferredTo(q: Passage, j: number): ClaimFrame {
    if (this.referringDepth >= FRAME_POLICY.referringChainDepth && !this.framedThrough(q, j)) this.frameInOrderUpTo(q);
    this.referringDepth++;
    try {
      return this.frameOf(q, j);
    } finally {
      this.referringDepth--;
    }
  }

  /** Is the frame of p's figure i made already (or kept by the memo)? */
  private framedThrough(p: Passage, i: number): boolean {
    if (i < 0) return true;
    const pf = this.byPassage.get(p);
    if (pf) return pf.framer.frames.length > i;
    if (!this.memo.enabled) return false;
    const kept = this.keptFrames(p, this.store.pid(p));
    return !!kept && i < kept.length;
  }

  /**
   * Frame every figure of the passages of q's paragraph before q, earliest first, from the first
   * one after FRAME_POLICY.referableBack framed through (all a frame reads back).
   */
  private frameInOrderUpTo(q: Passage): void {
    let first = q.index;
    for (let i = q.index - 1, framed = 0; i >= 0 && framed < FRAME_POLICY.referableBack; i--) {
      const prev = this.store.sourcePassage(q.source, i)!;
      if (prev.paragraph !== q.paragraph) break;
      if (this.framedThrough(prev, prev.figures.length - 1)) framed++;
      else {
        framed = 0;
        first = i;
      }
    }
    for (let i = first; i < q.index; i++) {
      const s = this.store.sourcePassage(q.source, i)!;
      if (s.figures.length) this.frameOf(s, s.figures.length - 1);
    }
  }

  /** The frames the memo keeps for passage p (not more than it has figures), if any. */
  private keptFrames(p: Passage, pid: number): ClaimFrame[] | undefined {
    const kept = this.memo.get('frames', pid) as ClaimFrame[] | undefined;
    return kept && kept.length <= p.figures.length ? kept : undefined;
  }

  /** The frame of p's figure i: the memo's, or made (with the passage's tokens). */
  private frameOf(p: Passage, i: number): ClaimFrame {
    const pf = this.byPassage.get(p);
    if (pf) return pf.framer.frameAt(i);
    if (this.memo.enabled) {
      const kept = this.keptFrames(p, this.store.pid(p));
      if (kept && i < kept.length) return kept[i];
    }
    return this.framesOf(p).framer.frameAt(i);
  }

  /** A context entry of passage (or source) `id` of one kind: the memo's, else made and kept there. */
  private memoized<K extends 'referable' | 'referableWide' | 'prior' | 'periods' | 'leads' | 'fullNames', V>(kind: K, id: number, make: () => V): V {
    if (!this.memo.enabled) return make();
    const kept = this.memo.get(kind, id) as V | undefined;
    if (kept !== undefined) return kept;
    const v = make();
    this.memo.put(kind, id, v);
    return v;
  }

  /**
   * Is the frame of p's figure f at hand without reading p's words: p framed already, or its frame
   * kept by the memo? (The wrong-source search reads the words of those that are not first.)
   */
  frameAtHand(p: Passage, f: Figure, at?: number): boolean {
    if (this.byPassage.has(p)) return true;
    if (!this.memo.enabled) return false;
    const i = at !== undefined && p.figures[at] === f ? at : p.figures.indexOf(f);
    const kept = this.keptFrames(p, this.store.pid(p));
    return !!kept && i >= 0 && i < kept.length;
  }

  /** Passages framed so far, and passages tokenized only (neighbours read for context): a benchmark's count of a check's work. */
  get counts(): { framed: number; tokenized: number } {
    return { framed: this.byPassage.size, tokenized: this.tokenCache.size };
  }

  /** A passage's tokens as frames read them (cached with its frames). */
  passageTokens(p: Passage): readonly FrameToken[] {
    return this.tokensOf(p);
  }

  /** A passage's tokens alone (its neighbours' words, without reading their frames). */
  private tokensOf(p: Passage): FrameToken[] {
    const hit = this.byPassage.get(p)?.tokens ?? this.tokenCache.get(p);
    if (hit) return hit;
    const tokens = this.tokens(this.store.sources[p.source].text, p.start, p.end, p.figures);
    if (this.tokenCache.size > MAX_CACHED_PASSAGES) this.tokenCache.clear();
    this.tokenCache.set(p, tokens);
    return tokens;
  }

  private title(source: number): Set<string> {
    let t = this.titles.get(source);
    if (!t) {
      t = new Set<string>();
      for (const m of this.store.sources[source].meta.title.toLowerCase().matchAll(/[a-z0-9\u00c0-\u024f]+/g)) t.add(m[0]);
      this.titles.set(source, t);
    }
    return t;
  }

  /**
   * The frame side of a source figure (`at`: its position in p.figures, when known). Its context
   * (the words and names of the sentences before, their period) is read only when an alignment asks
   * for it: most candidates are set aside on their own frame alone.
   */
  side(p: Passage, f: Figure, at?: number): FrameSide | undefined {
    const i = at !== undefined && p.figures[at] === f ? at : p.figures.indexOf(f);
    if (i < 0) return undefined;
    const side = new SourceFrames.Side(this, p, this.frameOf(p, i));
    this.keptSide ??= side;
    return side;
  }

  /**
   * A source figure's side: its frame, and its context read through getters on the prototype (an
   * object literal with getters is made by the runtime, a few microseconds each, and a check asks
   * for thousands of sides).
   */
  private static readonly Side = class implements FrameSide {
    constructor(
      private readonly of: SourceFrames,
      private readonly p: Passage,
      readonly frame: ClaimFrame,
    ) {}
    get referable(): ReadonlySet<string> {
      return this.of.referableOf(this.p, false);
    }
    get referableWide(): ReadonlySet<string> {
      return this.of.referableOf(this.p, true);
    }
    get ownReferable(): ReadonlySet<string> | undefined {
      return this.of.ownReferable(this.p);
    }
    get priorNames(): ReadonlySet<string> {
      return this.of.priorNames(this.p);
    }
    get inheritedPeriod(): Period {
      return this.of.inheritedPeriod(this.p);
    }
    get leadNames(): ReadonlySet<string> {
      return this.of.leadNames(this.p.source);
    }
    get paragraphNames(): ReadonlySet<string> {
      return this.of.paragraphNames(this.p);
    }
    get fullNames(): ReadonlyMap<string, ReadonlySet<string>> {
      return this.of.fullNames(this.p.source);
    }
  };

  /**
   * Words of the passage, the few before it, and the source's title: within its paragraph
   * (strict, for contradictions), or across paragraphs too (wide, for support).
   */
  private referableOf(p: Passage, wide: boolean): ReadonlySet<string> {
    const cache = wide ? this.referableWide : this.referable;
    let set = cache.get(p);
    if (!set && this.memo.enabled) {
      set = this.memoized(wide ? 'referableWide' : 'referable', this.store.pid(p), () => this.makeReferable(p, wide));
      if (cache.size > MAX_CACHED_PASSAGES) cache.clear();
      cache.set(p, set);
    }
    return set ?? this.makeReferable(p, wide);
  }

  /**
   * The words of p's own sentence and of its source's title (all of them in referableOf(p, false),
   * whichever way that is made), when p's tokens are made and its strict set is not (nor kept by
   * the memo): undefined otherwise.
   */
  private ownReferable(p: Passage): ReadonlySet<string> | undefined {
    if (this.referable.has(p)) return undefined;
    const tokens = this.byPassage.get(p)?.tokens ?? this.tokenCache.get(p);
    if (!tokens || (this.memo.enabled && this.memo.get('referable', this.store.pid(p)) !== undefined)) return undefined;
    let set = this.own.get(p);
    if (!set) {
      set = addWords(new Set(this.title(p.source)), tokens);
      if (this.own.size > MAX_CACHED_PASSAGES) this.own.clear();
      this.own.set(p, set);
    }
    return set;
  }

  private makeReferable(p: Passage, wide: boolean): ReadonlySet<string> {
    const cache = wide ? this.referableWide : this.referable;
    let set = cache.get(p);
    // a paragraph that opens with a pronoun ("It topped the US charts…") is about whom the one
    // before was: its first sentence reaches across that paragraph break
    if (!set && !wide && this.opensWithPronoun(p)) {
      set = this.referableOf(p, true);
      cache.set(p, set);
    }
    if (!set) {
      const made = new Set(this.title(p.source));
      for (let i = Math.max(0, p.index - FRAME_POLICY.referableBack); i <= p.index; i++) {
        const q = this.store.sourcePassage(p.source, i)!;
        if (!wide && q.paragraph !== p.paragraph) continue;
        addWords(made, this.tokensOf(q));
      }
      if (cache.size > MAX_CACHED_PASSAGES) cache.clear();
      cache.set(p, (set = made));
    }
    return set;
  }

  /**
   * Is p the first sentence of its paragraph (not of its source), and its first word a pronoun — or
   * "the" and a description that names no one before its verb ("The 28-year-old world number one
   * had said …" after "Lindsay Davenport has put …": FRAME_POLICY.describedOpenerWords)?
   */
  private opensWithPronoun(p: Passage): boolean {
    const prev = this.store.sourcePassage(p.source, p.index - 1);
    if (!prev || prev.paragraph === p.paragraph) return false;
    const tokens = this.tokensOf(p);
    const at = tokens.findIndex((t) => t.kind !== 'punct');
    const first = tokens[at];
    if (!first) return false;
    if (OPENING_PRONOUNS.has(first.low)) return true;
    if (first.low !== 'the') return false;
    for (let i = at + 1; i < tokens.length && i <= at + FRAME_POLICY.describedOpenerWords; i++) {
      const t = tokens[i];
      if (t.kind === 'name' || (t.kind === 'punct' && t.low !== '-')) return false;
      if (t.kind === 'word' && (t.verb || VERB_GROUP_WORDS.has(t.low))) return i > at + 1;
    }
    return false;
  }

  /**
   * The names of a source's opening sentences: what a news story is about ("Nintendo's new handheld
   * console, the DS, will launch…") is named there, and its later sentences need not repeat it.
   */
  private leadNames(source: number): ReadonlySet<string> {
    let set = this.leads.get(source);
    if (!set) {
      set = this.memoized('leads', source, () => {
        const made = new Set<string>();
        for (let i = 0, q: Passage | undefined; i < FRAME_POLICY.leadPassages && (q = this.store.sourcePassage(source, i)); i++)
          for (const t of this.tokensOf(q)) if (t.kind === 'name') made.add(t.low).add(t.lemma);
        return made;
      });
      this.leads.set(source, set);
    }
    return set;
  }

  /**
   * The full names of a source's first FRAME_POLICY.fullNamePassages passages, by their last word
   * ("Chris Tomlinson" → tomlinson: chris): news names a person in full once, then by the surname
   * alone, paragraphs later ("Olympian Tomlinson … had to settle for … 7.91m").
   */
  private fullNames(source: number): ReadonlyMap<string, ReadonlySet<string>> {
    let map = this.fullNameMaps.get(source);
    if (!map) {
      // (kept by the memo: made, it tokenizes up to fullNamePassages passages of the source)
      map = this.memoized('fullNames', source, () => {
        const made = new Map<string, Set<string>>();
        for (let i = 0, q: Passage | undefined; i < FRAME_POLICY.fullNamePassages && (q = this.store.sourcePassage(source, i)); i++) {
          const tokens = this.tokensOf(q);
          for (let k = 0; k < tokens.length; k++) {
            if (tokens[k].kind !== 'name' || tokens[k + 1]?.kind === 'name') continue;
            // k ends a run of names: its earlier words lead to it
            for (let j = k - 1; j >= 0 && tokens[j].kind === 'name'; j--) {
              let firsts = made.get(tokens[k].low);
              if (!firsts) made.set(tokens[k].low, (firsts = new Set()));
              firsts.add(tokens[j].low);
            }
          }
        }
        return made;
      });
      this.fullNameMaps.set(source, map);
    }
    return map;
  }

  /** Names of the few passages before p in its paragraph (not the title's). */
  private paragraphNames(p: Passage): Set<string> {
    const set = new Set<string>();
    for (let i = Math.max(0, p.index - FRAME_POLICY.referableBack); i < p.index; i++) {
      const q = this.store.sourcePassage(p.source, i)!;
      if (q.paragraph !== p.paragraph) continue;
      for (const t of this.tokensOf(q)) if (t.kind === 'name') set.add(t.lemma);
    }
    return set;
  }

  /** Names of the title and of the few passages before p in its paragraph (or before it, when a pronoun opens p's paragraph). */
  private priorNames(p: Passage): ReadonlySet<string> {
    let set = this.prior.get(p);
    if (!set) {
      set = this.memoized('prior', this.store.pid(p), () => {
        const made = new Set(this.title(p.source));
        const across = this.opensWithPronoun(p); // (the paragraph before, for a pronoun that opens this one)
        for (let i = Math.max(0, p.index - FRAME_POLICY.referableBack); i < p.index; i++) {
          const q = this.store.sourcePassage(p.source, i)!;
          if (q.paragraph !== p.paragraph && !across) continue;
          for (const t of this.tokensOf(q)) if (t.kind === 'name') made.add(t.lemma);
        }
        return made;
      });
      if (this.prior.size > MAX_CACHED_PASSAGES) this.prior.clear();
      this.prior.set(p, set);
    }
    return set;
  }

  /** The period set by the two passages before p in its paragraph (read once per passage: one may be a long list). */
  private inheritedPeriod(p: Passage): Period {
    let per = this.periods.get(p);
    if (!per) {
      per = this.memoized('periods', this.store.pid(p), () => {
        let made: Period = {};
        for (let i = p.index - 1; i >= Math.max(0, p.index - FRAME_POLICY.periodBack); i--) {
          const q = this.store.sourcePassage(p.source, i)!;
          if (q.paragraph !== p.paragraph) break;
          const own = periodOfTokens(this.tokensOf(q), q.figures);
          if (own.year !== undefined) {
            made = own;
            break;
          }
        }
        return Object.freeze(made); // shared by every side of the passage
      });
      if (this.periods.size > MAX_CACHED_PASSAGES) this.periods.clear();
      this.periods.set(p, per);
    }
    return per;
  }
}
