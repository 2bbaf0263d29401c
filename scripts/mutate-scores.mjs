// Mutation scores per folder and overall, from the JSON reports of `npm run mutate` runs
// (.stryker/report/*.json; for a file in several reports, the newest report's results count).
// Score = killed (timeouts included) ÷ (killed + survived + no coverage), as Stryker counts it;
// mutants that do not compile, and static ones (ignoreStatic), are not in it.
//   node scripts/mutate-scores.mjs              # table per folder, then overall
//   node scripts/mutate-scores.mjs --survivors   # and every survivor: file:line mutator → replacement
import fs from 'node:fs';
import path from 'node:path';

const dir = '.stryker/report';
const reports = fs.existsSync(dir)
  ? fs.readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => path.join(dir, f))
      .sort((a, b) => fs.statSync(a).mtimeMs - fs.statSync(b).mtimeMs)
  : [];
/** file → its mutants, from the newest report that has the file */
const files = new Map();
for (const r of reports) for (const [file, { mutants }] of Object.entries(JSON.parse(fs.readFileSync(r, 'utf8')).files)) files.set(file, mutants);

const tally = () => ({ files: 0, mutants: 0, killed: 0, survived: 0, noCoverage: 0, compileError: 0, ignored: 0 });
const add = (t, mutants) => {
  t.files++;
  for (const m of mutants) {
    t.mutants++;
    if (m.status === 'Killed' || m.status === 'Timeout') t.killed++;
    else if (m.status === 'Survived') t.survived++;
    else if (m.status === 'NoCoverage') t.noCoverage++;
    else if (m.status === 'CompileError') t.compileError++;
    else t.ignored++;
  }
};
const score = (t) => (t.killed + t.survived + t.noCoverage ? ((100 * t.killed) / (t.killed + t.survived + t.noCoverage)).toFixed(1) + '%' : '-');

const folders = new Map();
const all = tally();
for (const [file, mutants] of [...files].sort()) {
  const folder = path.dirname(file.replace(/^.*?server\/src\//, ''));
  if (!folders.has(folder)) folders.set(folder, tally());
  add(folders.get(folder), mutants);
  add(all, mutants);
}
const row = (name, t) => `| ${name} | ${t.files} | ${t.killed} | ${t.survived} | ${t.noCoverage} | ${t.compileError} | ${t.ignored} | ${score(t)} |`;
console.log('| folder | files | killed | survived | no coverage | compile errors | static/ignored | score |\n| --- | --- | --- | --- | --- | --- | --- | --- |');
for (const [folder, t] of folders) console.log(row(folder, t));
console.log(row('**all measured**', all));

if (process.argv.includes('--survivors')) {
  for (const [file, mutants] of [...files].sort()) {
    for (const m of mutants.filter((x) => x.status === 'Survived' || x.status === 'NoCoverage')) {
      console.log(`${file.replace(/^.*?server\/src\//, '')}:${m.location.start.line} ${m.status === 'NoCoverage' ? '(no coverage) ' : ''}${m.mutatorName} → ${JSON.stringify(m.replacement ?? '')}`);
    }
  }
}
