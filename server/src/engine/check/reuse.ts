// What a check keeps of its figures' judgments for the next check of the same note, so that an
// edit re-judges only the figures whose reading it can change (the language server passes the last
// report's `judgments` with each re-check; the CLI with a cache folder keeps them in the result
// cache for the next run against the same corpus, cli/keptJudgments.ts, and without one keeps nothing).
//
// A figure's judgment (verdict.ts judgeFigureSteps, before the passes over the whole note) reads:
// its block's text — its sentence, the block's earlier sentences its frame may refer to, the
// block's citations a fix names, and at most VERDICT_POLICY.restReach characters after it (the
// "the rest" test) —, the sources in its scope and the pages cited, and, note-wide, the store, the
// hedge tolerance, the bibliography, and the names the note gives the sources of its evidence in
// its fixes (the key that first cites each: names.ts). So a judgment is kept under the key of its
// block (a SHA-256 digest of its kind, raw and figure text, sentences, citations and figures, every
// offset relative to the block's start), its place in the block, its scope and its pages, with the
// names of its evidence's sources; it is taken again only by a figure of an identical key, in a
// check with the same store, tolerance and bibliography that names those sources alike, and its
// offsets (the figure, its fixes' edits) are moved to the new block's start. What is kept is the
// judgment as judgeFigureSteps made it, before the passes over the whole note amend it (those run
// again over kept and fresh judgments alike). A scoreline's judgment (it holds the note's other
// sets) is never kept. Only a check asked to keep its judgments (CheckOptions.keepJudgments) makes
// keys and copies.
import { createHash } from 'node:crypto';
import type { Bibliography } from '../bibliography';
import { figuresBySentence, type NoteFigure, type ParsedNote } from '../notes';
import type { PassageStore } from '../store';
import type { Source } from '../types';
import type { PageScope } from './pages';
import { VERDICT_POLICY } from './policy';
import type { FigureResult, Fix } from './report';
import type { AgreeingPlace, CheckRun, DatedPlace } from './run';

/** A kept judgment, its offsets relative to its block's start. */
interface Kept {
  result: FigureResult;
  /** The names its fixes give the sources of its evidence (names.ts), as "index=name" each. */
  names: string;
  agreeing?: readonly AgreeingPlace[];
  datedOtherwise?: readonly DatedPlace[];
}

/** The judgments of one check, for the next check of the same note (NoteReport.judgments). */
export interface KeptJudgments {
  readonly store: PassageStore;
  readonly tolerance: number;
  readonly bibliography: Bibliography | undefined;
  /** By block key (Judgments.blockKey), then by the figure's place, scope and pages in it. */
  readonly byBlock: ReadonlyMap<string, ReadonlyMap<string, Kept>>;
}

/** The judgments of one check: those it may take from the previous check's, and those it keeps for the next. */
export class Judgments {
  private readonly previous: ReadonlyMap<string, ReadonlyMap<string, Kept>> | undefined;
  private readonly kept = new Map<string, Map<string, Kept>>();
  private readonly blocks = new Map<number, Block>();
  private bySentence: Map<number, NoteFigure[]> | undefined;

  constructor(
    private readonly note: ParsedNote,
    private readonly store: PassageStore,
    private readonly tolerance: number,
    private readonly bibliography: Bibliography | undefined,
    previous: KeptJudgments | undefined,
    /** Keep this check's judgments for the next (CheckOptions.keepJudgments); else none is kept, and nothing is spent on keys or copies for it. */
    private readonly keeping: boolean,
  ) {
    const same = previous && previous.store === store && previous.tolerance === tolerance && previous.bibliography === bibliography;
    this.previous = same ? previous.byBlock : undefined;
  }

  /** The previous check's judgment of a figure of the same key, moved to this figure (and its run's records of it restored), if any. */
  take(run: CheckRun, f: NoteFigure, scope: Source[] | null, pages: PageScope | undefined): FigureResult | undefined {
    if (!this.previous) return undefined;
    const block = this.blockOf(f);
    const key = placeKey(f, block.base, scope, pages);
    const hit = block.previous?.get(key);
    if (!hit || hit.names !== namesOf(run, hit.result)) return undefined;
    if (this.keeping) block.kept.set(key, hit);
    if (hit.agreeing) run.agreeing.set(f, hit.agreeing);
    if (hit.datedOtherwise) run.datedOtherwise.set(f, hit.datedOtherwise);
    return copyResult(hit.result, f, block.base);
  }

  /** Keep a fresh judgment of `f` for the next check (unless it is a scoreline's, or a fix of it edits outside its block); returns it. */
  keep(run: CheckRun, f: NoteFigure, scope: Source[] | null, pages: PageScope | undefined, r: FigureResult): FigureResult {
    if (!this.keeping || run.scorelineVerdicts.has(f)) return r;
    const block = this.blockOf(f);
    if (r.fixes.some((x) => x.edits.some((e) => e.start < block.base || e.end > block.end))) return r;
    block.kept.set(placeKey(f, block.base, scope, pages), { result: copyResult(r, f, -block.base), names: namesOf(run, r), agreeing: run.agreeing.get(f), datedOtherwise: run.datedOtherwise.get(f) });
    return r;
  }

  /** What this check keeps for the next (nothing unless keeping). */
  done(): KeptJudgments | undefined {
    if (!this.keeping) return undefined;
    return { store: this.store, tolerance: this.tolerance, bibliography: this.bibliography, byBlock: this.kept };
  }

  /** The figure's block: its key (made once per block), and what was and is kept under it. */
  private blockOf(f: NoteFigure): Block {
    const b = this.note.sentences[f.sentence].block;
    let block = this.blocks.get(b);
    if (!block) {
      const { key, end } = this.blockKey(b);
      let kept = this.kept.get(key);
      if (!kept) this.kept.set(key, (kept = new Map()));
      block = { base: this.note.blocks[b].start, end, previous: this.previous?.get(key), kept };
      this.blocks.set(b, block);
    }
    return block;
  }

  /** A block's key: everything a judgment of one of its figures reads of the note, offsets relative to its start. */
  private blockKey(b: number): { key: string; end: number } {
    const { note } = this;
    const block = note.blocks[b];
    const base = block.start;
    const first = block.sentences[0] ?? 0;
    const figures = block.sentences.flatMap((si) => this.figuresIn(si));
    // the text a judgment reads: the block, and the reach of "the rest" after its last figure
    let end = block.end;
    for (const g of figures) end = Math.max(end, g.end + VERDICT_POLICY.restReach);
    end = Math.min(note.text.length, end);
    const rel = (n: number | undefined) => (n === undefined ? null : n - base);
    const cite = (c: ParsedNote['citations'][number]) => [c.key, c.locator ?? null, rel(c.start), rel(c.end), rel(c.groupStart), rel(c.groupEnd)];
    const described = JSON.stringify([
      block.kind,
      block.inBlockquote,
      note.text.slice(base, end),
      note.figureText.slice(base, end),
      block.citations.map(cite),
      block.sentences.map((si) => {
        const s = note.sentences[si];
        return [rel(s.start), rel(s.end), s.citations.map(cite)];
      }),
      figures.map((g) => ({ ...g, start: rel(g.start), end: rel(g.end), hedgeStart: rel(g.hedgeStart), sentence: g.sentence - first })),
    ]);
    // (kept as a digest: a report keeps a key per block, and the text is the note's again)
    return { key: createHash('sha256').update(described).digest('base64'), end };
  }

  /** The note's figures in one sentence (grouped once). */
  private figuresIn(si: number): NoteFigure[] {
    this.bySentence ??= figuresBySentence(this.note);
    return this.bySentence.get(si) ?? [];
  }
}

/** A block of the note as judgments are kept: where it starts, how far its judgments read, and the judgments under its key. */
interface Block {
  base: number;
  end: number;
  previous: ReadonlyMap<string, Kept> | undefined;
  kept: Map<string, Kept>;
}

/** A figure's key within its block: its place, the sources in its scope and the pages cited. */
function placeKey(f: NoteFigure, base: number, scope: Source[] | null, pages: PageScope | undefined): string {
  return `${f.start - base}:${f.end - base}:${scope ? scope.map((s) => s.index).join(',') : '*'}:${pages ? JSON.stringify([...pages]) : ''}`;
}

/** The names this check gives the sources of a judgment's evidence (its fixes' titles and citations name them). */
function namesOf(run: CheckRun, r: FigureResult): string {
  const sources = [...r.evidence.map((e) => e.source), r.wrongSource?.source, r.wrongPage?.source];
  return sources.map((s) => (s ? `${s.index}=${run.names.shortKey(s)}` : '')).join('\u0000');
}

/** A judgment's copy for figure `f`, its fixes' edits moved by `shift` (the passes over the note amend copies, never what is kept). */
function copyResult(r: FigureResult, f: NoteFigure, shift: number): FigureResult {
  const fixes: Fix[] = r.fixes.map((x) => ({ ...x, edits: x.edits.map((e) => ({ ...e, start: e.start + shift, end: e.end + shift })) }));
  return { ...r, figure: f, evidence: [...r.evidence], fixes };
}
