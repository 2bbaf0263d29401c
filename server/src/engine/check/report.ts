// What a check returns: a verdict for every figure, quote and citation of a note, the findings
// (diagnostics) they raise, and the fixes that repair them. Plain data, no editor types.
import type { BibEntry, Bibliography } from '../bibliography';
import type { NoteCitation, NoteFigure, NoteQuote, ParsedNote } from '../notes';
import type { Figure, Passage, RuleCode, Severity, Source } from '../types';
import type { ClaimFrame } from '../frames/frame';
import type { SourceNaming } from './names';
import type { KeptJudgments } from './reuse';

export type RuleSetting = Severity | 'off';

export const DEFAULT_RULES: Record<RuleCode, RuleSetting> = {
  'figure-mismatch': 'warning',
  'quote-not-found': 'warning',
  'unknown-source': 'error',
  'ambiguous-source': 'error',
  'figure-wrong-source': 'information',
  'figure-unverified': 'hint',
  'citation-without-source': 'information',
  'check-limit': 'information',
};

export interface CheckOptions {
  /** Relative tolerance for figures hedged with about/nearly/roughly (default 0.1). */
  hedgeTolerance?: number;
  rules?: Partial<Record<RuleCode, RuleSetting>>;
  /** Bibliography entries whose keys notes may cite (bibliography/). */
  bibliography?: Bibliography;
  /**
   * A note longer than this (characters) gets one check-limit finding at its start and is not
   * checked further (default DEFAULT_MAX_NOTE_CHARS in policy.ts; Infinity: no limit).
   */
  maxNoteChars?: number;
  /**
   * The previous check of the same note against the same store (its report's `judgments`): the
   * figures whose block, scope and pages are unchanged keep their judgments (reuse.ts). The caller
   * passes it only while the store and the folder's settings are those of that check.
   */
  previous?: KeptJudgments;
  /**
   * Keep the figures' judgments in the report (`judgments`) for the next check of the note: the
   * language server, which checks a note again at each edit, asks for them, and so does the CLI
   * with a cache folder (cli/keptJudgments.ts); a single check (`--no-cache`) does not pay for them.
   */
  keepJudgments?: boolean;
}

export interface Evidence {
  source: Source;
  passage: Passage;
  /** The source's figure this evidence rests on, when it is a figure. */
  figure?: Figure;
  /** Exact span in the source text: the figure, the quoted words, or the passage. */
  start: number;
  end: number;
  score: number;
}

export type FigureVerdict = 'supported' | 'contradicted' | 'unverified';

/** An edit to the note, by offsets into its text. */
export interface NoteEdit {
  start: number;
  end: number;
  newText: string;
}

export interface Fix {
  title: string;
  edits: NoteEdit[];
  preferred?: boolean;
}

export interface FigureResult {
  figure: NoteFigure;
  verdict: FigureVerdict;
  /** Supporting passages (supported), or the contradicting figure first (contradicted). */
  evidence: Evidence[];
  /** Sources in scope; null when the whole corpus was searched. */
  scope: Source[] | null;
  /** Set when the figure is right but stated in another source than the one cited. */
  wrongSource?: Evidence;
  /** Set when the figure is stated in a cited paged source, but not on the cited pages: where it is. */
  wrongPage?: Evidence;
  /** The cited pages, as written for people ("p. 4"), with wrongPage. */
  citedPages?: string;
  fixes: Fix[];
  /** What the note's figure claims, as read (subject, metric, role, period, bound). */
  frame?: ClaimFrame;
  /** The same for the source figure the verdict rests on, to show the two side by side. */
  sourceFrame?: ClaimFrame;
}

export interface QuoteResult {
  quote: NoteQuote;
  verdict: 'found' | 'not-found';
  /** Where the quote is (found), or the closest passage (not found). */
  evidence: Evidence[];
  /** The source's exact words closest to a misquote, when close enough to offer as a fix. */
  suggestion?: string;
  /** Found, but in a source outside the cited ones. */
  foundElsewhere?: Evidence;
  scope: Source[] | null;
}

export interface CitationResult {
  citation: NoteCitation;
  source: Source | null;
  ambiguous?: Source[];
  /** The bibliography entry of the key, when it has one (with or without a source). */
  entry?: BibEntry;
}

export interface Finding {
  start: number;
  end: number;
  severity: Severity;
  code: RuleCode;
  message: string;
  fixes: Fix[];
  /** The source passage the finding refers to, if any. */
  related?: Evidence;
}

export interface NoteReport {
  note: ParsedNote;
  figures: FigureResult[];
  quotes: QuoteResult[];
  citations: CitationResult[];
  diagnostics: Finding[];
  /** How the note names each source (the key it cites it with; names.ts); absent when the note was not checked. */
  names?: SourceNaming;
  /** The figures' judgments, for the next check of the same note (CheckOptions.previous); only with CheckOptions.keepJudgments. */
  judgments?: KeptJudgments;
}
