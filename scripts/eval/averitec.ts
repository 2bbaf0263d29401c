// Precision on real fact-checked claims: ../shared/corpora/averitec-numeric/claims.jsonl.
// Each claim becomes a one-sentence note citing its own evidence (one source per claim). On a
// SUPPORTED claim, a `contradicted` figure is a false alarm; on a REFUTED claim it is a catch
// (though many claims are refuted on non-numeric grounds, so recall here is a floor).
// Run: npx tsx scripts/eval/averitec.ts [--show N]
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkNote } from '../../server/src/engine/check';
import { Corpus } from '../../server/src/engine/corpus';
import { buildSource } from '../../server/src/engine/sources';

const file = path.resolve(__dirname, '../../../shared/corpora/averitec-numeric/claims.jsonl');
if (!fs.existsSync(file)) {
  console.log(`skipped: ${file} not found`);
  process.exit(0);
}
const show = Number(process.argv[process.argv.indexOf('--show') + 1]) || 0;
interface Claim { id: string; claim: string; label: 'SUPPORTED' | 'REFUTED' | 'NEI'; evidence: string[] }
const claims: Claim[] = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));

const stats: Record<string, { claims: number; figures: number; contradicted: number; supported: number; claimsWithContradiction: number }> = {};
const falseAlarms: string[] = [];
const catches: string[] = [];
for (const c of claims) {
  // Evidence answers only (the questions are the annotators' words, not the source's).
  const text = c.evidence.map((e) => e.replace(/^Q:[^\n]*\n/, '').replace(/^A:\s*/, '')).join('\n\n');
  const corpus = new Corpus([buildSource(0, `/ev/${c.id}.txt`, `Evidence\n\n${text}\n`)]);
  const claimText = c.claim.replace(/\s+/g, ' ').replace(/\[/g, '(').replace(/\]/g, ')');
  const r = checkNote(`${claimText} [@${c.id}]\n`, corpus);
  const s = (stats[c.label] ??= { claims: 0, figures: 0, contradicted: 0, supported: 0, claimsWithContradiction: 0 });
  s.claims++;
  s.figures += r.figures.length;
  const contra = r.figures.filter((f) => f.verdict === 'contradicted');
  s.contradicted += contra.length;
  s.supported += r.figures.filter((f) => f.verdict === 'supported').length;
  // GROUNDED_EVAL_DUMP=1: every figure's verdict, one line each (to diff two engine versions)
  if (process.env.GROUNDED_EVAL_DUMP) for (const f of r.figures) console.error(`${c.id}\t${c.label}\t${f.figure.text}\t${f.verdict}`);
  if (contra.length) {
    s.claimsWithContradiction++;
    const line = `${c.id} ${contra.map((f) => `${f.figure.text} vs ${f.evidence[0].figure?.text}`).join('; ')} | ${claimText.slice(0, 160)} || ${contra[0].evidence[0].passage.text.slice(0, 200)}`;
    (c.label === 'SUPPORTED' ? falseAlarms : catches).push(line);
  }
}
console.log('label      claims  figures  supported  contradicted  claims-with-contradiction');
for (const [label, s] of Object.entries(stats)) {
  console.log(`${label.padEnd(10)} ${String(s.claims).padStart(6)} ${String(s.figures).padStart(8)} ${String(s.supported).padStart(10)} ${String(s.contradicted).padStart(13)} ${String(s.claimsWithContradiction).padStart(12)} (${((100 * s.claimsWithContradiction) / s.claims).toFixed(1)}%)`);
}
const sup = stats.SUPPORTED;
const ref = stats.REFUTED;
if (sup && ref) {
  const p = ref.claimsWithContradiction / (ref.claimsWithContradiction + sup.claimsWithContradiction);
  console.log(`\nclaim-level precision of "contradicted" (REFUTED vs SUPPORTED claims flagged): ${(100 * p).toFixed(1)}%`);
  console.log(`false-alarm rate on SUPPORTED claims: ${((100 * sup.claimsWithContradiction) / sup.claims).toFixed(1)}%`);
}
if (show) {
  console.log('\nfalse alarms (SUPPORTED claims flagged):');
  for (const l of falseAlarms.slice(0, show)) console.log('  ' + l);
  console.log('\ncatches (REFUTED claims flagged):');
  for (const l of catches.slice(0, show)) console.log('  ' + l);
}
