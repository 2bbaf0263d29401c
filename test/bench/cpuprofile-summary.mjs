// Summarise a V8 .cpuprofile (node --cpu-prof): self time and inclusive time per function.
//   node test/bench/cpuprofile-summary.mjs FILE.cpuprofile [top=25] [filter-regex]
// With a filter, only time under frames whose name matches it (e.g. "checkNote") is counted.
import * as fs from 'node:fs';

const [file, topArg, filter] = process.argv.slice(2);
const top = Number(topArg ?? 25);
const prof = JSON.parse(fs.readFileSync(file, 'utf8'));
const nodes = new Map(prof.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
// sample durations
const dt = new Map();
for (let i = 0; i < prof.samples.length; i++) {
  const id = prof.samples[i];
  dt.set(id, (dt.get(id) ?? 0) + (prof.timeDeltas[i + 1] ?? prof.timeDeltas[i] ?? 0) / 1000);
}
const label = (n) => {
  const cf = n.callFrame;
  const url = cf.url ? cf.url.replace(/^.*\/(server|node_modules)\//, '$1/').replace(/^file:\/\//, '') : '';
  return `${cf.functionName || '(anonymous)'} ${url ? `${url.split('/').slice(-2).join('/')}:${cf.lineNumber + 1}` : ''}`.trim();
};
const re = filter ? new RegExp(filter) : null;
const self = new Map();
const incl = new Map();
let total = 0;
for (const [id, ms] of dt) {
  const chain = [];
  for (let x = id; x !== undefined; x = parent.get(x)) chain.push(nodes.get(x));
  if (re && !chain.some((n) => re.test(n.callFrame.functionName))) continue;
  total += ms;
  const l = label(nodes.get(id));
  self.set(l, (self.get(l) ?? 0) + ms);
  const seen = new Set();
  for (const n of chain) {
    const k = label(n);
    if (seen.has(k)) continue;
    seen.add(k);
    incl.set(k, (incl.get(k) ?? 0) + ms);
  }
}
const show = (title, m) => {
  console.log(`\n${title} (of ${total.toFixed(0)} ms sampled${re ? ` under /${filter}/` : ''})`);
  for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${v.toFixed(0).padStart(8)} ms ${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`);
};
show('Self time', self);
show('Inclusive time', incl);
