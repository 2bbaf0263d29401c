// One check of one note: the note, the index as the retrieval layer presents it, the options,
// and what is cached for as long as this check runs (the tokens and claim frames of each
// sentence, which every figure of the sentence needs). Nothing outlives the run but its report.
import { figuresBySentence, type NoteFigure, type ParsedNote } from '../notes';
import type { SentenceFramer } from '../frames/frame';
import type { FrameSide } from '../frames/sourceFrames';
import { type FrameToken, sentenceNames } from '../frames/tokens';
import { ARTICLES, PERSONAL_OPENERS } from '../frames/lexicon';
import type { ClaimFrame } from '../frames/types';
import type { PassageStore } from '../store';
import type { Token } from '../text';
import type { Figure, Passage } from '../types';
import type { Bibliography } from '../bibliography';
import { SourceNames } from './names';
import { Retrieval } from './retrieval';
import type { Scoreline, ScorelineVerdict } from './scorelines';
import { ConceptTraces, TextWords } from './othersBound';
import { LEMMA_FORMS } from './nameReach';

/** Sentences before a note figure's, in its block, whose words it may refer to ("The plan … was quoted as 250,000"). */
const NOTE_CONTEXT_SENTENCES = 8;

/** A source figure whose value agrees with a note figure's, in a cited source, its frame not set aside. */
export interface AgreeingPlace {
  passage: Passage;
  figure: Figure;
  /** Every name of the note's sentence is within the source figure's reach (alignment namesMissingWide). */
  named: boolean;
}

/** A source figure that would support a note figure but for its date, and the year its frame dates it by. */
export interface DatedPlace {
  passage: Passage;
  figure: Figure;
  year: number | undefined;
  score: number;
}

/** Names a sentence takes from the one before it that named someone, and the runs they lead into (CheckRun.inheritedNames). */
export interface InheritedNames {
  names: readonly string[];
  leads: ReadonlyMap<string, string>;
}

export class CheckRun {
  readonly index: Retrieval;
  /** figuresAgree at the check's tolerance (one function for the store's lifetime: Retrieval.agreeAt). */
  readonly exactAgree: (a: Figure, b: Figure) => boolean;
  /** How messages and fixes name sources: as the note cites them (names.ts). */
  readonly names: SourceNames;
  private readonly sentenceTokenCache: Token[][] = [];
  private readonly frameTokenCache = new Map<number, FrameToken[]>();
  private readonly noteSides = new Map<NoteFigure, FrameSide>();
  private readonly sentenceFrames = new Map<number, NoteSentenceFrames>();
  /** inheritedNames by sentence (undefined: none). */
  private readonly inherited = new Map<number, InheritedNames | undefined>();
  /** The scoreline verdict behind each set the cited sources' scorelines decided (matches.ts joins a match's sets). */
  readonly scorelineVerdicts = new Map<NoteFigure, ScorelineVerdict>();
  /** Each note sentence's scorelines, by the scores they hold: read once a sentence (scorelines.ts judgeScoreline). */
  readonly noteScorelines = new Map<number, ReadonlyMap<Figure, Scoreline>>();
  /** The source figures of its very value in its cited sources, for each figure left unverified (coQuoted.ts). */
  readonly agreeing = new Map<NoteFigure, readonly AgreeingPlace[]>();
  /** The source figures in its cited sources that would support it but for their date, for each figure left unverified (periodSlips.ts). */
  readonly datedOtherwise = new Map<NoteFigure, readonly DatedPlace[]>();
  private bySentence: Map<number, NoteFigure[]> | null = null;
  private traces: ConceptTraces | null = null;
  /** Each passage's words as the wrong-source search's bounds read them, for every figure searched (its lower-case text and the concepts found in it so far). */
  private readonly passageWords = new Map<Passage, TextWords>();

  /**
   * The traces each concept leaves in a text, for the wrong-source search's bounds (othersBound.ts):
   * made once per run for every figure searched, not once a figure (they are the Lexicon's and the
   * lemmatizer's alone; the concepts asked are the note's, bounded by its frames).
   */
  conceptTraces(): ConceptTraces {
    return (this.traces ??= new ConceptTraces(this.index.frames.lex, this.index.cache(LEMMA_FORMS)));
  }

  /**
   * A passage's words for the wrong-source search's bounds (othersBound.ts TextWords): made once a
   * run, not once a figure searched — what a concept's traces find in its text is the text's and
   * the traces' alone, and a passage stating a common value (a year) is reached by many figures.
   */
  wordsOf(p: Passage): TextWords {
    let w = this.passageWords.get(p);
    if (!w) this.passageWords.set(p, (w = TextWords.of(this.index.sourceOf(p).text.slice(p.start, p.end), this.conceptTraces())));
    return w;
  }

  /** The other figures of f's sentence, the nearest `reach` on each side of it (all of them in a sentence of up to 2 × reach + 1). */
  siblingsNear(f: NoteFigure, reach: number): NoteFigure[] {
    const all = this.figuresOf(f.sentence);
    if (all.length <= 2 * reach + 1) return all.filter((g) => g !== f);
    const i = figureIndex(all, f);
    return all.slice(Math.max(0, i - reach), i + reach + 1).filter((g) => g !== f);
  }

  /** The note's figures in one sentence (grouped once per run). */
  figuresOf(si: number): NoteFigure[] {
    this.bySentence ??= figuresBySentence(this.note);
    return this.bySentence.get(si) ?? [];
  }

  constructor(
    readonly note: ParsedNote,
    store: PassageStore,
    /** Relative tolerance for hedged figures. */
    readonly tolerance: number,
    bibliography?: Bibliography,
  ) {
    this.index = new Retrieval(store);
    this.names = new SourceNames(this.index, bibliography);
    this.exactAgree = this.index.agreeAt(tolerance);
  }

  /** Tokens of a note sentence (cached: every figure of the sentence needs them). */
  sentenceTokens(si: number): Token[] {
    let toks = this.sentenceTokenCache[si];
    if (!toks) {
      const s = this.note.sentences[si];
      toks = this.sentenceTokenCache[si] = this.index.tokenize(this.note.figureText, s.start, s.end);
    }
    return toks;
  }

  /** A note sentence's tokens as claim frames read them (cached: its figures' frames and scorelines need them). */
  sentenceFrameTokens(si: number): FrameToken[] {
    let toks = this.frameTokenCache.get(si);
    if (!toks) {
      const s = this.note.sentences[si];
      toks = this.index.frames.tokens(this.note.figureText, s.start, s.end, this.figuresOf(si));
      this.frameTokenCache.set(si, toks);
    }
    return toks;
  }

  /**
   * The note figure's frame side: the frames of its sentence, read the way source passages are,
   * with the words of the block's earlier sentences as what it can refer to. Not their periods:
   * each sentence of a note is a claim of its own ("won in 1991 and 1995. She also won…").
   * The sentence's figures are framed in order only as far as asked (a frame reads only those
   * before it: `SentenceFramer`), so a sentence of thousands of figures, of which a check judges
   * the first few, frames those few.
   */
  noteSide(f: NoteFigure): FrameSide {
    const hit = this.noteSides.get(f);
    if (hit) return hit;
    const sentence = this.noteSentenceFrames(f.sentence);
    const side: FrameSide = {
      frame: sentence.framer.frameAt(figureIndex(this.figuresOf(f.sentence), f)),
      get referable() {
        return sentence.words();
      },
      inheritedPeriod: {},
    };
    this.noteSides.set(f, side);
    return side;
  }

  /**
   * The names of the nearest sentence before the figure's, in its block, that names anyone (up to
   * NOTE_CONTEXT_SENTENCES back) — only those it opens with, past its articles, when it opens with
   * names — and the runs they lead into (frames/tokens.ts sentenceNames): whom a sentence naming
   * nobody is about ("Kelly Holmes won the 1,000m … Her winning time there was 2:35.39"). A
   * sentence opening with a personal pronoun is about whom one before it named: read past. Undefined
   * when the figure's own sentence names someone, or none before it does. Read by the wrong-source
   * search only (verdict.ts inheritedSide).
   */
  inheritedNames(f: NoteFigure): InheritedNames | undefined {
    if (this.noteSide(f).frame.names.length) return undefined;
    // (once a sentence: each of its figures asks, and a sentence of many figures reads the ones before once)
    if (!this.inherited.has(f.sentence)) this.inherited.set(f.sentence, this.namesBefore(f.sentence));
    return this.inherited.get(f.sentence);
  }

  private namesBefore(si: number): InheritedNames | undefined {
    const { note } = this;
    const block = note.blocks[note.sentences[si].block].sentences;
    const at = positionIn(block, si);
    for (let b = at - 1; b >= Math.max(0, at - NOTE_CONTEXT_SENTENCES); b--) {
      const tokens = this.sentenceFrameTokens(block[b]);
      let from = 0;
      while (from < tokens.length && ARTICLES.has(tokens[from].low)) from++;
      let to = from;
      while (to < tokens.length && tokens[to].kind === 'name') to++;
      if (to === from && PERSONAL_OPENERS.has(tokens[0]?.low ?? '')) continue;
      const all = sentenceNames(tokens);
      // ("Tolvia Brandt won the 1,000m at the Lisbon meet" is about Brandt, wherever she ran)
      const names = to > from ? all.names.filter((_, k) => all.firstNamedAt[k] >= from && all.firstNamedAt[k] < to) : all.names;
      if (!names.length) continue;
      const leads = new Map([...all.leads].filter(([a, b]) => names.includes(a) && names.includes(b)));
      return { names, leads };
    }
    return undefined;
  }

  /** A note sentence's framer and the words its figures can refer to (made once per run). */
  private noteSentenceFrames(si: number): NoteSentenceFrames {
    const cached = this.sentenceFrames.get(si);
    if (cached) return cached;
    const { note } = this;
    const s = note.sentences[si];
    const figs = this.figuresOf(si);
    const toks = this.sentenceFrameTokens(si);
    const block = note.blocks[s.block].sentences;
    const at = positionIn(block, si);
    // (the figures of the sentences before in its block, nearest last first: what "the figure" refers back to)
    const self = this;
    function* before(): Iterable<[NoteFigure, ClaimFrame]> {
      for (let b = at - 1; b >= Math.max(0, at - NOTE_CONTEXT_SENTENCES); b--) {
        const prev = self.figuresOf(block[b]);
        for (let j = prev.length - 1; j >= 0; j--) yield [prev[j], self.noteSide(prev[j]).frame];
      }
    }
    // (the words it can refer to, read only when an alignment asks — one in hundreds does: made
    // then, once for the sentence's figures)
    let referable: Set<string> | undefined;
    const words = (): Set<string> => {
      if (referable) return referable;
      const made = new Set<string>();
      const addWords = (ts: typeof toks) => {
        for (const t of ts) if (t.kind !== 'fig' && t.kind !== 'punct') made.add(t.low).add(t.lemma);
      };
      addWords(toks);
      // the few sentences before it in its block (bounded: a block of thousands of sentences stays linear)
      for (let b = Math.max(0, at - NOTE_CONTEXT_SENTENCES); b < at; b++) {
        addWords(this.sentenceFrameTokens(block[b]));
      }
      return (referable = made);
    };
    const made: NoteSentenceFrames = { framer: this.index.frames.framer(note.figureText, toks, figs, before), words };
    this.sentenceFrames.set(si, made);
    return made;
  }
}

/** A note sentence's figures framed in order as far as asked, and the words they can refer to. */
interface NoteSentenceFrames {
  framer: SentenceFramer;
  words(): ReadonlySet<string>;
}

/** Where figure f is in its sentence's figures (in note order: a binary search by its start). */
function figureIndex(figs: readonly NoteFigure[], f: NoteFigure): number {
  let lo = 0;
  let hi = figs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (figs[mid].start < f.start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < figs.length && figs[i].start === f.start; i++) if (figs[i] === f) return i;
  return figs.indexOf(f);
}

/** Where x is in an ascending list (binary search: a block may hold thousands of sentences). */
function positionIn(list: readonly number[], x: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
