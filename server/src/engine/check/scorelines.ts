// Match results read as scorelines: "Sharapova beat Kuznetsova 6-2 6-4" is one claim about one
// match — who played, who won, the score of each set in order — not two loose figures. A note's
// scoreline is compared with the scorelines of the cited sources that name the same players (at
// least two of them), with the same winner when both sides say who won: the set in the same
// position agrees or not. A word-window alignment cannot do this: every set of every match in an
// article is a "6-4" near the same names.
import type { NoteFigure } from '../notes';
import type { FrameToken } from '../frames/tokens';
import { LOSS_WORDS, PASSIVE_AUXILIARIES, WIN_WORDS } from '../figures/familyTables';
import { HALF_TIME_WORDS } from '../frames/lexicon';
import type { DerivedKey } from '../store';
import type { Figure, Passage, Source } from '../types';
import { SCORELINE_POLICY as P } from './policy';
import type { CheckRun } from './run';

/** One scoreline: consecutive scores ("6-3 7-6 (7-4)") and the words of its stretch of sentence. */
export interface Scoreline {
  /** The scores in order. */
  sets: Figure[];
  /** Name keys of its stretch, in order, and where each first stands (token index). */
  names: Map<string, number>;
  /** The win and loss words of its stretch, in order: where each stands and whether the first-named won. */
  outcome: { at: number; win: boolean }[];
  /** A score on the way, not the result ("a 15-6 deficit", "led 10-3 at half-time"). */
  interim: boolean;
  /** Capitalised words that are no name token, and where each first stands ("Arsenal" opening a sentence). */
  capWords: Map<string, number>;
  /** Names after "in" or "at": where it was played or what it was ("at Spurs", "in Paris"). */
  venues: Set<string>;
  /** A score at half-time ("led 10-3 at half-time", "at the interval"). */
  atHalfTime: boolean;
  /** A headline's result, its stretch the two sides' names and the score alone ("Clyde 0-5 Celtic"): each side's name keys. */
  sides?: [string[], string[]];
  /** Token indexes of its stretch: its first, and the one past its last. */
  start: number;
  end: number;
}

export interface ScorelineVerdict {
  /** 'unverified': the same match with the winner the other way round ("Quill beat Vey 6-4 6-2" / "Vey beat Quill 6-4 6-2"). */
  verdict: 'supported' | 'contradicted' | 'unverified';
  passage: Passage;
  figure: Figure;
  /** The note's scoreline the set belongs to, and the source's it was judged against (matches.ts). */
  noteSets: readonly Figure[];
  sourceSets: readonly Figure[];
}

/**
 * The verdict on a note's score from the scorelines of the cited sources, or null when they do
 * not decide it (no scoreline names the players, or more than one could be the match meant).
 */
export function judgeScoreline(run: CheckRun, f: NoteFigure, scope: readonly Source[]): ScorelineVerdict | null {
  const mine = noteScoreline(run, f);
  if (!mine) return null;
  const named = [...mine.names.keys()];
  const venues = [...mine.venues];
  // (a capitalised word opening the note's sentence may be a side the tokens did not take for a
  // name, "Arsenal scraped a 5-3 win": a side when the source's scoreline names it)
  const maybe = [...mine.capWords.keys()].filter((w) => !mine.names.has(w));
  if (named.length + maybe.length + (venues.length > 0 || mine.atHalfTime ? 1 : 0) < P.minPlayers || named.length > P.maxPlayers) return null;
  const position = mine.sets.indexOf(f);

  const matches: { line: Scoreline; passage: Passage }[] = [];
  const reversed: { line: Scoreline; passage: Passage }[] = [];
  const cached = run.index.cache(SOURCE_SCORELINES);
  let examined = 0;
  for (const source of scope) {
    for (const passage of cached.passagesOf(source)) {
      if (++examined > P.maxPassages) return null;
      for (const line of cached.linesOf(run, source, passage)) {
        // (a score on the way is no result, nor a result one on the way)
        if (line.interim !== mine.interim) continue;
        const players = maybe.some((w) => line.names.has(w)) ? named.concat(maybe.filter((w) => line.names.has(w))) : named;
        const met = players.filter((p) => line.names.has(p));
        // (a headline's result names both sides and nothing else: the note naming each side is the
        // same match, whatever else it names — the scorer, the competition)
        const bothSides = !!line.sides && line.sides.every((side) => side.some((p) => players.includes(p)));
        // (one side named, and where it was played named alike: "Arsenal scraped a 5-3 win at Spurs" /
        // "Arsenal's display at Spurs, … they ran out 5-4 winners")
        // (…or the moment of a score on the way: "France trailed 17-3 at half-time" / "France were 17-6 down at half-time")
        const sameVenue = venues.length > 0 && venues.every((v) => line.venues.has(v));
        const sameMoment = mine.interim && line.atHalfTime && mine.atHalfTime;
        const oneSide = met.length >= 1 && met.length === players.length && (sameVenue || sameMoment);
        if (!bothSides && !oneSide && (met.length < P.minPlayers || met.length < players.length - P.playersMissing)) continue;
        // (the first and the last name met: two keys of one person, "Petra" and "Quill", say nothing of who won)
        const a = met[0];
        const b = met[met.length - 1];
        const noteWinner = a !== b ? winner(mine, a, b) : undefined;
        const sourceWinner = a !== b ? winner(line, a, b) : undefined;
        if (noteWinner && sourceWinner && noteWinner !== sourceWinner) {
          reversed.push({ line, passage });
          continue;
        }
        matches.push({ line, passage });
      }
    }
  }
  const same = matches.find(({ line }) => line.sets.some((g, i) => sameSet(g, f) && (i === position || line.sets.length !== mine.sets.length)));
  if (same) return { verdict: 'supported', passage: same.passage, figure: same.line.sets.find((g) => sameSet(g, f))!, noteSets: mine.sets, sourceSets: same.line.sets };
  // the players' match, won by the other: the score supports no claim of the note's winner (and
  // no frame of the same digits may support it: the note has the result the wrong way round)
  if (!matches.length && reversed.length === 1) {
    const { line, passage } = reversed[0];
    const g = line.sets.find((x) => sameSet(x, f)) ?? line.sets[Math.min(position, line.sets.length - 1)];
    return { verdict: 'unverified', passage, figure: g, noteSets: mine.sets, sourceSets: line.sets };
  }
  // (no scoreline names the players: the one a story brings in right after naming them all, told
  // by a pronoun or a description — "… ousting eighth seed Mariano Zabaleta. He showed admirable
  // resolve to win a rain-affected match 6-7 6-4 6-4": introducedLine)
  const introduced = !matches.length && !reversed.length ? introducedLine(run, mine, named, scope) : undefined;
  if (introduced) {
    const { line, passage } = introduced;
    const agreeing = mine.sets.filter((g, i) => sameSet(g, line.sets[i])).length;
    if (agreeing === mine.sets.length) return { verdict: 'supported', passage, figure: line.sets[position], noteSets: mine.sets, sourceSets: line.sets };
    // (a misquote of a set, the others in their places: nothing else says it is the match)
    if (agreeing < P.introducedSetsAgreeing) return null;
    return { verdict: 'contradicted', passage, figure: line.sets[position], noteSets: mine.sets, sourceSets: line.sets };
  }
  if (matches.length !== 1) return null;
  const { line, passage } = matches[0];
  if (line.sets.length !== mine.sets.length) return null;
  return { verdict: 'contradicted', passage, figure: line.sets[position], noteSets: mine.sets, sourceSets: line.sets };
}

/**
 * The one scoreline of the cited sources, of as many sets as the note's (two at least), that the
 * story brings in right after naming every player of the note: the note's names all among those
 * given before it since the scoreline before (SourceScorelines.namesBefore) and its own sentence's,
 * which names none of them or names one beside any other ("Lopez, who lost … to Roger Federer in
 * last year's final, won 6-2 3-6 6-3", after "Lopez … by beating Thailand's Paradorn Srichaphan").
 * A sentence naming only others ("… Safin … after coming through …") or two such scorelines: none.
 */
function introducedLine(run: CheckRun, mine: Scoreline, named: readonly string[], scope: readonly Source[]): { line: Scoreline; passage: Passage } | undefined {
  if (named.length < P.minPlayers || mine.sets.length < 2) return undefined;
  const cached = run.index.cache(SOURCE_SCORELINES);
  let found: { line: Scoreline; passage: Passage } | undefined;
  let examined = 0;
  for (const source of scope) {
    for (const passage of cached.passagesOf(source)) {
      if (++examined > P.maxPassages) return undefined;
      const lines = cached.linesOf(run, source, passage);
      for (let k = 0; k < lines.length; k++) {
        const line = lines[k];
        if (line.interim !== mine.interim || line.sets.length !== mine.sets.length) continue;
        if (line.names.size && !named.some((x) => line.names.has(x))) continue;
        const before = cached.namesBefore(run, source, passage, k);
        if (!named.every((x) => before.has(x) || line.names.has(x))) continue;
        if (found) return undefined;
        found = { line, passage };
      }
    }
  }
  return found;
}

/** The name keys of tokens [from, to). */
function namesIn(toks: readonly FrameToken[], from: number, to: number): Set<string> {
  const out = new Set<string>();
  for (let i = from; i < Math.min(to, toks.length); i++) if (toks[i].kind === 'name') for (const part of toks[i].low.split('-')) out.add(part);
  return out;
}

/**
 * The scoreline of the note's sentence that holds score f: the sentence's scorelines are read once
 * per check (`CheckRun.noteScorelines`), not once for each of its scores judged.
 */
function noteScoreline(run: CheckRun, f: NoteFigure): Scoreline | undefined {
  let bySet = run.noteScorelines.get(f.sentence);
  if (!bySet) {
    const made = new Map<Figure, Scoreline>();
    for (const line of scorelines(run.sentenceFrameTokens(f.sentence), run.figuresOf(f.sentence))) for (const g of line.sets) if (!made.has(g)) made.set(g, line);
    run.noteScorelines.set(f.sentence, (bySet = made));
  }
  return bySet.get(f);
}

/** The sets of the note's scoreline that holds score f, in order (matches.ts), or undefined. */
export function noteScorelineSets(run: CheckRun, f: NoteFigure): readonly Figure[] | undefined {
  return f.kind === 'score' ? noteScoreline(run, f)?.sets : undefined;
}

/** The sets of the scoreline of a cited source's passage that holds its score g, in order (matches.ts), or undefined. */
export function sourceScorelineSets(run: CheckRun, source: Source, passage: Passage, g: Figure): readonly Figure[] | undefined {
  if (g.kind !== 'score') return undefined;
  return run.index.cache(SOURCE_SCORELINES).linesOf(run, source, passage).find((line) => line.sets.includes(g))?.sets;
}

/**
 * A set of a scoreline whose note names one player at most ("Quill lost 6-3 6-1"): which match it
 * is, only the scoreline of the same match could say, and judgeScoreline needs both players — so
 * no frame and no neighbouring set contradicts it (verdict.ts vetoes, counterparts.ts).
 */
export function leftToScorelines(run: CheckRun, f: NoteFigure): boolean {
  return f.kind === 'score' && run.noteSide(f).frame.names.length < P.minPlayers && run.figuresOf(f.sentence).some((g) => g !== f && g.kind === 'score');
}

/**
 * The scorelines of the store's passages, kept with the store: which passages of a source hold a
 * score (found once per source), and each one's scorelines (read once per passage), so that a
 * note of many scores citing a long source reads it once, not once per score.
 */
class SourceScorelines {
  private readonly withScores = new Map<Source, Passage[]>();
  private readonly lines = new Map<Passage, Scoreline[]>();
  private readonly before = new Map<Scoreline, ReadonlySet<string>>();

  passagesOf(source: Source): Passage[] {
    let list = this.withScores.get(source);
    if (!list) {
      list = source.passages.filter((p) => p.figures.some((g) => g.kind === 'score'));
      this.withScores.set(source, list);
    }
    return list;
  }

  linesOf(run: CheckRun, source: Source, passage: Passage): Scoreline[] {
    let lines = this.lines.get(passage);
    if (!lines) {
      lines = scorelines(run.index.frames.tokens(source.text, passage.start, passage.end, passage.figures), passage.figures);
      if (this.lines.size >= P.maxCachedPassages) {
        this.lines.clear();
        this.before.clear();
      }
      this.lines.set(passage, lines);
    }
    return lines;
  }

  /**
   * The name keys a story gives before the k-th scoreline of a passage (introducedLine): from the
   * scoreline before it in the passage, or, for the first, from the passage's start and the few
   * passages before it, back to one with a score (P.introducedPassagesBack). Read once a scoreline.
   */
  namesBefore(run: CheckRun, source: Source, passage: Passage, k: number): ReadonlySet<string> {
    const lines = this.linesOf(run, source, passage);
    const line = lines[k];
    let names = this.before.get(line);
    if (!names) {
      const own = namesIn(run.index.frames.tokens(source.text, passage.start, passage.end, passage.figures), k > 0 ? lines[k - 1].end : 0, line.start);
      if (k === 0) {
        for (let b = passage.index - 1; b >= 0 && b >= passage.index - P.introducedPassagesBack; b--) {
          const prev = source.passages[b];
          if (prev.figures.some((g) => g.kind === 'score')) break;
          for (const x of namesIn(run.index.frames.tokens(source.text, prev.start, prev.end, prev.figures), 0, Infinity)) own.add(x);
        }
      }
      this.before.set(line, (names = own));
    }
    return names;
  }
}

const SOURCE_SCORELINES: DerivedKey<SourceScorelines> = { name: 'scorelines', create: () => new SourceScorelines() };

/** The same set, or the same set told from the other side ("6-4" and "4-6": reports differ in whose games come first). */
function sameSet(a: Figure, b: Figure): boolean {
  return (a.value === b.value && a.high === b.high) || (a.value === b.high && a.high === b.value);
}

/**
 * Who won, of the two players: the first named if a win word follows them, the other after a loss
 * word — the later named where the word comes right after it ("against Belgium (Egypt won 4-0 on
 * Wednesday)": Egypt won; not "praise on Italy after seeing his side stutter to a 28-17 victory").
 */
function winner(line: Scoreline, a: string, b: string): string | undefined {
  const ia = line.names.get(a) ?? line.capWords.get(a)!;
  const ib = line.names.get(b) ?? line.capWords.get(b)!;
  const word = line.outcome.find((o) => o.at > Math.min(ia, ib));
  if (!word) return undefined;
  const first = (ia <= ib) === (word.at !== Math.max(ia, ib) + 1) ? a : b;
  const other = first === a ? b : a;
  return word.win ? first : other;
}

/**
 * The scorelines of a run of tokens: maximal runs of score tokens with nothing between them but
 * brackets and commas, each with the stretch of its sentence that no other scoreline is nearer to.
 */
function scorelines(toks: readonly FrameToken[], figures: readonly Figure[]): Scoreline[] {
  const runs: { sets: Figure[]; from: number; to: number }[] = [];
  let cur: { sets: Figure[]; from: number; to: number } | null = null;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const g = t.kind === 'fig' && t.fig !== undefined ? figures[t.fig] : undefined;
    if (g && g.kind === 'score') {
      if (cur) {
        cur.sets.push(g);
        cur.to = i;
      } else runs.push((cur = { sets: [g], from: i, to: i }));
    } else if (!(cur && t.kind === 'punct' && SCORELINE_JOINERS.has(t.low))) cur = null;
  }
  return runs.map((r, k) => {
    // (each walk stops at the neighbouring scoreline: the walks of a passage cover it once)
    const start = sentenceStart(toks, r.from, k > 0 ? runs[k - 1].to + 1 : 0);
    const end = sentenceEnd(toks, r.to, k + 1 < runs.length ? runs[k + 1].from : toks.length);
    const names = new Map<string, number>();
    const venues = new Set<string>();
    const capWords = new Map<string, number>();
    const outcome: { at: number; win: boolean }[] = [];
    let interim = false;
    let atHalfTime = false;
    // (a name after "in" or "at" is where it was played or what it was, not a side: "in Paris", "in the Heineken Cup")
    let venue = false;
    for (let i = start; i < end; i++) {
      const t = toks[i];
      if (t.kind === 'name') {
        if (!venue) for (const part of t.low.split('-')) if (!names.has(part)) names.set(part, i);
        if (venue) for (const part of t.low.split('-')) venues.add(part);
        continue;
      }
      venue = (t.kind === 'word' && VENUE_PREPOSITIONS.has(t.low)) || (venue && t.low === 'the');
      if (t.kind === 'word' && t.cap && !t.func && !venue && !capWords.has(t.low)) capWords.set(t.low, i);
      if (t.kind === 'word') {
        if (WIN_WORDS.has(t.low)) outcome.push({ at: i, win: !(i > 0 && PASSIVE_AUXILIARIES.has(toks[i - 1].low)) });
        else if (LOSS_WORDS.has(t.low)) outcome.push({ at: i, win: false });
        if (INTERIM_SCORE_WORDS.has(t.low)) interim = true;
        if (HALF_TIME_WORDS.has(t.low)) atHalfTime = true;
      }
    }
    return { sets: r.sets, names, capWords, venues, outcome, interim, atHalfTime, sides: headlineSides(toks, start, end, r.from, r.to), start, end };
  });
}

/** The two sides of a headline's result, when the stretch is only names, the score, and names ("Dundee Utd 4-1 Aberdeen"). */
function headlineSides(toks: readonly FrameToken[], start: number, end: number, from: number, to: number): [string[], string[]] | undefined {
  const side = (a: number, b: number): string[] | undefined => {
    const keys: string[] = [];
    for (let i = a; i < b; i++) {
      if (toks[i].kind !== 'name') return undefined;
      keys.push(...toks[i].low.split('-'));
    }
    return keys.length ? keys : undefined;
  };
  const before = side(start, from);
  const after = side(to + 1, end);
  return before && after ? [before, after] : undefined;
}

/** Prepositions before a venue or a competition, whose names are no side of the match ("in Paris", "at Wimbledon", "in the Heineken Cup"). */
const VENUE_PREPOSITIONS = new Set(['in', 'at']);

/** Words of a score on the way, not the result: "a 15-6 deficit", "trailed 10-3 at half-time". */
export const INTERIM_SCORE_WORDS: ReadonlySet<string> = new Set(['half-time', 'halftime', 'interval', 'deficit', 'trailed', 'trailing']);


/** Punctuation that may stand between the sets of one scoreline: "6-3, 7-6 (7-4)". */
const SCORELINE_JOINERS = new Set([',', '(', ')', '[', ']']);
const SENTENCE_ENDS = new Set(['.', '!', '?', ';', '…']);

/** Where the sentence holding token i starts, or `floor` if that is later. */
function sentenceStart(toks: readonly FrameToken[], i: number, floor: number): number {
  while (i > floor && !(toks[i - 1].kind === 'punct' && SENTENCE_ENDS.has(toks[i - 1].low))) i--;
  return i;
}

/** Where the sentence holding token i ends, or `ceiling` if that is earlier. */
function sentenceEnd(toks: readonly FrameToken[], i: number, ceiling: number): number {
  while (i < ceiling && !(toks[i].kind === 'punct' && SENTENCE_ENDS.has(toks[i].low))) i++;
  return i;
}
