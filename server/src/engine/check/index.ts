// The checker's public face: `import … from '../engine/check'` resolves here.
export { checkNote, checkParsedNote, checkSteps } from './check';
export { reportSources } from './dependencies';
export type { ReportSources } from './dependencies';
export { asWritten, listAnd } from './findings';
export { normalizeWithMap } from './quotes';
export type { NormText } from './quotes';
export type { SourceNaming } from './names';
export type { KeptJudgments } from './reuse';
export { DEFAULT_RULES } from './report';
export type {
  CheckOptions,
  CitationResult,
  Evidence,
  FigureResult,
  FigureVerdict,
  Finding,
  Fix,
  NoteEdit,
  NoteReport,
  QuoteResult,
  RuleSetting,
} from './report';
