// One check of one note: the note, the index as the retrieval layer presents it, the options,
// and what is cached for as long as this check runs (the tokens of each sentence, which every
// figure of the sentence needs). Nothing outlives the run but its report.
import type { ParsedNote } from '../notes';
import type { PassageStore } from '../store';
import type { Token } from '../text';
import { Retrieval } from './retrieval';

export class CheckRun {
  readonly index: Retrieval;
  private readonly sentenceTokenCache: Token[][] = [];

  constructor(
    readonly note: ParsedNote,
    store: PassageStore,
    /** Relative tolerance for hedged figures. */
    readonly tolerance: number,
  ) {
    this.index = new Retrieval(store);
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
}
