// Plain data shared by the engine, the language server and the CLI. No editor types here.

/** What a figure measures, as far as its written form tells. */
export type FigureKind =
  | 'count' // 350,000 / 2.5m / a billion / 70,000 people
  | 'currency' // $14.3 billion / £600m / €2bn / 14.3 billion dollars
  | 'percent' // 25.6% / +11.4% / 25.6 percent
  | 'year' // 2024 / by the end of 2024
  | 'quarter' // Q2 2025
  | 'duration' // 12-18 months / 3 years
  | 'size' // 70B / 2T (model sizes, parameter counts written with a suffix)
  | 'multiplier' // double / half / 3x / fourfold
  | 'number' // 82.0 / 8.5 (a bare score or measure)
  | 'ordinal' // 19th / 2,838th / sixth / finished third / number one (a rank; value = the number)
  | 'score' // 2-1 / a 5-0 win / 22-6 (a result; value = first number, high = second)
  | 'odds' // 5-1 / 9/4 / a 7-2 shot: betting odds (value the first number, high the second)
  | 'date' // 27 February / May 1st, with no year (value = month × 100 + day)
  | 'measure' // 9.2Mbps / 38mph / 508m tall (a physical quantity; unit says which)
  | 'time'; // 8am / 10.30pm / 1830 GMT: a time of day (value = minutes after midnight)

/**
 * How a hedge word changes what a figure claims.
 * approx: about, nearly, almost, roughly, around, approximately, close to
 * over: over, more than, exceeding, at least, above        (value is a lower bound)
 * under: under, less than, up to, at most, below           (value is an upper bound)
 */
export type Hedge = 'approx' | 'over' | 'under';

export interface Figure {
  /** Offsets into the text the figure was extracted from: [start, end). */
  start: number;
  end: number;
  /** The figure exactly as written, e.g. "$14.3 billion", "350, 000", "12 to 18 months". Hedge words excluded. */
  text: string;
  /** Canonical value: 350000, 14.3e9, 25.6 (for 25.6%), 2024 (a year), 0.5 (half), 2 (double). For a range, its low end. */
  value: number;
  /**
   * High end of a range ("12-18 months" → value 12, high 18; "the 1960s" → 1960, 1969). For a
   * score, the second number ("2-1" → value 2, high 1): a score may well have high < value.
   */
  high?: number;
  kind: FigureKind;
  /**
   * Unit when one is written: 'USD' | 'GBP' | 'EUR' | ... for currency; 'month' | 'year' | 'week' |
   * 'day' | 'hour' for durations; 'percent'; 'B' | 'T' | 'M' for sizes; for measures the unit as
   * normalised ('Mbps', 'kbps', 'GHz', 'mph', 'km/h', 'km', 'm', 'm/s', 'kg', 'C' …).
   */
  unit?: string;
  hedge?: Hedge;
  /** The hedge words as written ("nearly", "more than") and where they start. */
  hedgeText?: string;
  hedgeStart?: number;
  /** Scale word or suffix multiplier applied to the mantissa (1e3 for "k", 1e9 for "billion"), 1 when none. */
  scale: number;
  /** Digits written after the decimal point in the mantissa ("14.3" → 1, "82.0" → 1, "350,000" → 0). */
  decimals: number;
  /** True when the figure is written in words ("two", "a billion", "tens of trillions"). */
  words?: boolean;
  /** True when the figure is vague by nature ("tens of trillions", "hundreds of millions"). */
  vague?: boolean;
  /**
   * A share written as a fraction ("two-thirds", "a quarter", "one in ten"): kind 'percent', value
   * the percentage (66.67, 25, 10). It is approximate by nature: it agrees with any percentage
   * within the hedge tolerance.
   */
  fraction?: boolean;
  /** A fiscal or season year written "2003/04" or "2003-04": kind 'year', value 2003, high 2004. */
  fiscal?: boolean;
  /** A time written on a clock's face ("1:47.97", "2:08:30"): kind 'duration', unit 'second', value in seconds. */
  clock?: boolean;
  /** A time written in parts ("one minute 53 secs", "2 hours 18 minutes"): kind 'duration', value in its last part's unit. */
  joined?: boolean;
}

/** A sentence of a source, with its place in the file. */
export interface Passage {
  /** Index of the source in the corpus. */
  source: number;
  /** Index of this passage within its source. */
  index: number;
  /** Offsets into the source's text: [start, end). */
  start: number;
  end: number;
  /** Paragraph number within the source (0-based). */
  paragraph: number;
  /** Line (0-based) where the passage starts. */
  line: number;
  /** For a paged source (a PDF): the page (1-based) the passage starts on. */
  page?: number;
  text: string;
  /** Figures in this passage; offsets are into the source's text. */
  figures: Figure[];
}

export interface SourceMeta {
  title: string;
  url?: string;
  author?: string;
  date?: string;
  id?: string;
  aliases: string[];
}

export interface Source {
  /** Index in the corpus. */
  index: number;
  /** Absolute file path (or a virtual path for in-memory sources). */
  path: string;
  /** File name without extension: the default citation key. */
  key: string;
  meta: SourceMeta;
  /** The whole file text, front matter included (offsets refer to it). */
  text: string;
  /** Offset where the body starts (after front matter). */
  bodyStart: number;
  /** Starts of lines in text, for offset → line/column. */
  lineStarts: number[];
  passages: Passage[];
  /**
   * How the text was read from the file: absent for plain text and markdown (the text is the
   * file's); 'html', 'pdf', 'docx' when it was extracted (offsets then refer to the extracted text).
   */
  format?: 'html' | 'pdf' | 'docx';
  /** For a paged source: the offset in `text` where each page starts (page n at pages[n - 1]). */
  pages?: number[];
  /** A problem worth a warning that did not stop the file being indexed (e.g. invalid front matter). */
  problem?: string;
}

/** 0-based line and character, like LSP. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export type RuleCode =
  | 'figure-mismatch'
  | 'figure-unverified'
  | 'figure-wrong-source'
  | 'quote-not-found'
  | 'unknown-source'
  | 'ambiguous-source'
  /** A bibliography key with no source file to check against. */
  | 'citation-without-source'
  /** Part of the note was not checked: too many figures in a sentence or the note, too many quotes, or the note is too large. */
  | 'check-limit';

export interface Warning {
  path: string;
  message: string;
}
