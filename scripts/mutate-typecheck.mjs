// The TypeScript check of a mutation run made without Stryker's checker (MUTATE_TYPECHECK=after):
// every mutant of the JSON reports in .stryker/report is applied to its file in a TypeScript
// language service over server/tsconfig.json, and one that makes the file fail to compile becomes
// a CompileError, as Stryker's checker would have classed it (and it leaves the score). Only the
// mutated file is checked, not the files that import it: a mutant whose error shows only there
// keeps its status (a survivor stays a survivor, so the score is never raised by that).
//   node scripts/mutate-typecheck.mjs [report.json …]    # default: every report not checked yet
//   node scripts/mutate-typecheck.mjs --compare R.json   # against a run made with Stryker's checker: agreement, nothing written
import fs from 'node:fs';
import path from 'node:path';
import { createMutantChecker, lineStarts } from './mutate-ts.mjs';

const dir = '.stryker/report';
const compare = process.argv.includes('--compare');
const args = process.argv.slice(2).filter((a) => a !== '--compare');
const reports = args.length
  ? args
  : fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => path.join(dir, f)) : [];

const checker = createMutantChecker();
const errorsWith = checker.errorsWith;

/** Offset of a report location (line and column from 1) in `text`. */
function offset(lineStarts, { line, column }) {
  return lineStarts[line - 1] + column - 1;
}

const agreement = {};
let checked = 0;
let compileErrors = 0;
for (const r of reports) {
  const report = JSON.parse(fs.readFileSync(r, 'utf8'));
  if (report.groundedTypecheck && !compare) continue;
  for (const [name, entry] of Object.entries(report.files)) {
    const file = path.resolve(name);
    const original = fs.readFileSync(file, 'utf8');
    if (original !== entry.source) {
      console.error(`${name}: changed since ${r} was written; its mutants are not checked`);
      continue;
    }
    const starts = lineStarts(original);
    const before = new Set(errorsWith(file, original));
    for (const m of entry.mutants) {
      if (!['Killed', 'Survived', 'Timeout', 'NoCoverage', 'RuntimeError'].includes(m.status) && !(compare && m.status === 'CompileError')) continue;
      const a = offset(starts, m.location.start);
      const b = offset(starts, m.location.end);
      const errors = errorsWith(file, original.slice(0, a) + m.replacement + original.slice(b)).filter((e) => !before.has(e));
      checked++;
      if (compare) {
        const key = `stryker ${m.status === 'CompileError' ? 'CompileError' : 'compiles'}, here ${errors.length ? 'CompileError' : 'compiles'}`;
        agreement[key] = (agreement[key] ?? 0) + 1;
        if ((m.status === 'CompileError') !== !!errors.length) console.log(`${key}: ${name}:${m.location.start.line} ${m.mutatorName} → ${m.replacement} ${errors[0] ?? m.statusReason ?? ''}`.slice(0, 300));
        continue;
      }
      if (errors.length) {
        compileErrors++;
        m.statusReason = `TypeScript (scripts/mutate-typecheck.mjs): ${errors[0]}`;
        m.status = 'CompileError';
      }
    }
    checker.reset(file);
  }
  if (compare) continue;
  report.groundedTypecheck = true;
  fs.writeFileSync(r, JSON.stringify(report));
}
if (compare) console.log(agreement);
console.log(`${checked} mutants type-checked, ${compileErrors} do not compile`);
