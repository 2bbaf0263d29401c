// `checkNote` alone on a saved note, as `npm run bench` times it (the BBC corpus indexed once, one
// warm-up check, then each run after two forced collections), without the bench's other phases: to
// compare two builds' check cost in alternating pairs in half the time of the whole bench.
//
//   npx esbuild test/bench/check-loop.ts --bundle --platform=node --main-fields=module,main --outfile=dist/check-loop.js
//   node --expose-gc dist/check-loop.js NOTE [runs=20] [--corpus DIR]
//
// Then, as the bench's "after a one-line edit" row, the same number of checks of the note with one
// line changed each time, through one NoteParser (the other chunks' parses cached).
// Prints one line of JSON: the medians of the runs' cpu (user + system, the whole process: V8's
// collector threads included) and wall, the fastest wall, the same after an edit, and the figures
// judged.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkNote, checkParsedNote } from '../../server/src/engine/check';
import { NoteParser } from '../../server/src/engine/notes';
import { buildCorpus, NodeFileSystem, readSources } from '../../server/src/engine/workspace';
import { collect, median, now } from './measure';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const at = args.indexOf('--corpus');
  const corpusDir = at >= 0 ? path.resolve(args.splice(at, 2)[1]) : path.resolve(__dirname, '../../shared/corpora/bbc-news');
  const [notePath, runsArg] = args;
  if (!notePath) {
    process.stderr.write('usage: node --expose-gc dist/check-loop.js NOTE [runs=20] [--corpus DIR]\n');
    process.exit(2);
  }
  const runs = Number(runsArg ?? 20);
  const note = fs.readFileSync(notePath, 'utf8');
  const paths = fs.readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(corpusDir, f));
  const { files } = await readSources(new NodeFileSystem(), paths);
  const { corpus } = buildCorpus(files);
  const figures = checkNote(note, corpus).figures.length; // warm-up (JIT, the store's frames)
  const cpu: number[] = [];
  const wall: number[] = [];
  for (let i = 0; i < runs; i++) {
    collect();
    const c0 = process.cpuUsage();
    const t0 = now();
    checkNote(note, corpus);
    wall.push(now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  // after an edit, as bench.ts benchCheck: one line changed each time, one parser throughout
  const lines = note.split('\n');
  const editable = lines.map((l, i) => (/^[A-Z]/.test(l) && l.length > 40 ? i : -1)).filter((i) => i >= 0);
  const editor = new NoteParser();
  checkParsedNote(editor.parse(note), corpus);
  const editCpu: number[] = [];
  const editWall: number[] = [];
  for (let i = 0; i < runs; i++) {
    const copy = [...lines];
    const line = editable[i % editable.length];
    copy[line] = copy[line].replace(/^(\S+)/, `$1 (edit ${i + 1})`);
    collect();
    const c0 = process.cpuUsage();
    const t0 = now();
    checkParsedNote(editor.parse(copy.join('\n')), corpus);
    editWall.push(now() - t0);
    const c = process.cpuUsage(c0);
    editCpu.push((c.user + c.system) / 1000);
  }
  const r1 = (x: number) => Math.round(x * 10) / 10;
  const out = { cpuMs: r1(median(cpu)), wallMs: r1(median(wall)), minWallMs: r1(Math.min(...wall)), editCpuMs: r1(median(editCpu)), editWallMs: r1(median(editWall)), runs, figures };
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

void main();
