// Every figure the extractor finds in a folder of sources, one line each (file, offsets, text,
// value, kind, unit, hedge): a refactoring of the extractor diffs two dumps.
// Run: npx tsx scripts/eval/figures-dump.ts DIR > out.txt
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildSource } from '../../server/src/engine/sources';

const dir = process.argv[2];
if (!dir) throw new Error('usage: figures-dump.ts DIR');
for (const name of fs.readdirSync(dir).sort()) {
  if (!/\.(txt|md)$/.test(name)) continue;
  const src = buildSource(0, name, fs.readFileSync(path.join(dir, name), 'utf8'));
  for (const p of src.passages)
    for (const f of p.figures)
      console.log([name, f.start, f.end, JSON.stringify(f.text), f.value, f.high ?? '', f.kind, f.unit ?? '', f.hedge ?? '', f.hedgeText ?? '', f.scale, f.decimals, f.words ? 'w' : '', f.vague ? 'v' : ''].join('\t'));
}
