// Development aid: a note's figures' verdicts after each stage of checkSteps (check.ts), to see which stage moves one.
// Run: npx tsx scripts/dev/stages-debug.ts SOURCES_DIR NOTE.md [LINE...]
import { devRun } from './devRun';
import { CitationResolver } from '../../server/src/engine/check/citations';
import { checkedFigures } from '../../server/src/engine/check/limits';
import { judgeFigureSteps, coSupport } from '../../server/src/engine/check/verdict';
import { counterparts } from '../../server/src/engine/check/counterparts';
import { periodSlips, slippedYears } from '../../server/src/engine/check/periodSlips';
import { relativeYears } from '../../server/src/engine/check/relativeYears';
import { restated } from '../../server/src/engine/check/restated';
import { conversions } from '../../server/src/engine/check/conversions';
import { coQuoted } from '../../server/src/engine/check/coQuoted';
import { slots } from '../../server/src/engine/check/slots';
import { drain } from '../../server/src/engine/steps';
import type { FigureResult } from '../../server/src/engine/check/report';
import type { Source } from '../../server/src/engine/types';

const { note, run, lines } = devRun(process.argv.slice(2));
const resolver = new CitationResolver(run.index);
const citations = note.citations.map((c) => resolver.resolve(c));
run.names.cite(citations);
const cited = new Map(citations.map((c) => [c.citation, c.source]));
drain(run.index.frames.lex.loadSteps());
const judged: FigureResult[] = [];
for (const f of checkedFigures(note).figures) {
  const srcs = [...new Set(note.sentences[f.sentence].citations.map((c) => cited.get(c)).filter((x): x is Source => !!x))];
  judged.push(drain(judgeFigureSteps(run, f, srcs.length ? srcs : null)));
}
const lineOf = (r: FigureResult) => note.text.slice(0, r.figure.start).split('\n').length;
const show = (stage: string) => {
  for (const r of judged) if (!lines.size || lines.has(lineOf(r))) console.log(`${stage.padEnd(14)} L${lineOf(r)} ${r.figure.text.padEnd(12)} ${r.verdict.padEnd(12)} ${(r.evidence[0] as any)?.figure?.text ?? ''} «${((r.evidence[0] as any)?.passage?.text ?? '').slice(0, 90)}»`);
};
show('judged');
for (const [name, stage] of [['counterparts', counterparts], ['periodSlips', periodSlips], ['slippedYears', slippedYears], ['relativeYears', relativeYears], ['restated', restated], ['conversions', conversions], ['coQuoted', coQuoted], ['slots', slots], ['coSupport', coSupport]] as const) {
  const before = judged.map((r) => r.verdict + ((r.evidence[0] as any)?.figure?.text ?? ''));
  stage(run, judged);
  if (judged.some((r, i) => r.verdict + ((r.evidence[0] as any)?.figure?.text ?? '') !== before[i])) show(name);
}
