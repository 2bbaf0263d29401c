// A Stryker ignorer plugin for scripts/mutate-sample.mjs: of the code inside the sample's ranges
// (stryker.config.mjs gives Stryker one range per sampled mutant's node), it ignores every node that
// is not a sampled mutant's node and holds none, so only the mutants of the sampled nodes run. (A
// range also takes the nodes inside it, and an ignorer can only ignore a node with all it holds.)
import fs from 'node:fs';
import path from 'node:path';
import { declareValuePlugin, PluginKind } from '@stryker-mutator/api/plugin';

/** absolute file → its sampled nodes' locations (line from 1, column from 0, as Babel's) */
let byFile;
function sampled(file) {
  if (!byFile) {
    byFile = new Map();
    const sample = JSON.parse(fs.readFileSync(process.env.MUTATE_SAMPLE, 'utf8'));
    for (const m of sample.mutants.filter((x) => x.compiles)) {
      const f = path.resolve(m.file);
      if (!byFile.has(f)) byFile.set(f, []);
      byFile.get(f).push({ start: { line: m.start.line + 1, column: m.start.column }, end: { line: m.end.line + 1, column: m.end.column } });
    }
  }
  return byFile.get(path.resolve(file)) ?? [];
}

const before = (a, b) => a.line < b.line || (a.line === b.line && a.column <= b.column);
const same = (a, b) => a.line === b.line && a.column === b.column;

export const strykerPlugins = [
  declareValuePlugin(PluginKind.Ignore, 'grounded-sample', {
    shouldIgnore(nodePath) {
      const loc = nodePath.node.loc;
      const file = nodePath.hub?.file?.opts?.filename;
      if (!loc || !file) return undefined;
      const keep = sampled(file).some((s) => (same(s.start, loc.start) && same(s.end, loc.end)) || (before(loc.start, s.start) && before(s.end, loc.end)));
      return keep ? undefined : 'not in the sample (scripts/mutate-sample.mjs)';
    },
  }),
];
