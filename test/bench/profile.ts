// Runs one phase of the benchmark in a loop, for `node --cpu-prof`:
//
//   npx esbuild test/bench/profile.ts --bundle --platform=node --main-fields=module,main --outfile=/tmp/grounded-profile.js
//   node --cpu-prof --cpu-prof-dir=/tmp/prof /tmp/grounded-profile.js index|extract|check|tokens|lsp-check [runs]
//   node test/bench/cpuprofile-summary.mjs /tmp/prof/*.cpuprofile
//
// Reading the corpus (and, for `check` and `tokens`, building it) happens before the measured loop;
// the summary shows where the loop's time goes. `tokens` reads every passage of the corpus into
// the claim frames' tokens (frames/tokens.ts), each run with a fresh lexicon (its per-word caches
// empty, WordNet loaded before the clock starts): the cpu of each run is printed. `extract` does a cold
// index's extraction workers' work (`runExtract`: sources, records, the postings' scan) on the whole
// corpus, as runs of 200 files, a fresh scanner per run of the loop: the cpu of each run is printed.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkNote } from '../../server/src/engine/check';
import { SourceFrames } from '../../server/src/engine/frames/sourceFrames';
import { buildCorpus, NodeFileSystem, readSources } from '../../server/src/engine/workspace';
import { SegmentScanner } from '../../server/src/engine/indexer';
import { runExtract } from '../../server/src/engine/workers/extractJob';
import { generateNote } from './note';

const phase = process.argv[2] ?? 'check';
const runs = Number(process.argv[3] ?? 5);
const dir = process.env.GROUNDED_BENCH_CORPUS ?? path.resolve(__dirname, '../../shared/corpora/bbc-news');
const alt = path.resolve(process.cwd(), '../shared/corpora/bbc-news');
const corpusDir = fs.existsSync(dir) ? dir : alt;
const paths = fs.readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(corpusDir, f));
const t = () => performance.now();
async function main(): Promise<void> {
  const { files } = await readSources(new NodeFileSystem(), paths);
  if (phase === 'index') {
    for (let i = 0; i < runs; i++) {
      const t0 = t();
      buildCorpus(files);
      process.stderr.write(`buildCorpus ${(t() - t0).toFixed(0)} ms\n`);
    }
  } else if (phase === 'extract') {
    const bytes = paths.map((p) => fs.readFileSync(p));
    for (let i = 0; i < runs; i++) {
      const scanner = new SegmentScanner(1);
      const c0 = process.cpuUsage();
      for (let k = 0; k < paths.length; k += 200) {
        const run = bytes.slice(k, k + 200);
        const ends = new Int32Array(run.length);
        let end = 0;
        run.forEach((b, j) => (ends[j] = end += b.length));
        runExtract({ paths: paths.slice(k, k + 200), ends, bytes: new Uint8Array(Buffer.concat(run)) }, scanner);
      }
      const c = process.cpuUsage(c0);
      process.stderr.write(`extract ${paths.length} files: ${((c.user + c.system) / 1000).toFixed(0)} ms cpu\n`);
    }
  } else if (phase === 'tokens') {
    const { corpus } = buildCorpus(files);
    const passages = corpus.sources.flatMap((s) => s.passages);
    for (let i = 0; i < runs; i++) {
      const frames = new SourceFrames(corpus);
      frames.lex.lemma('warm'); // (WordNet loaded)
      const c0 = process.cpuUsage();
      let n = 0;
      for (const p of passages) n += frames.tokens(corpus.sources[p.source].text, p.start, p.end, p.figures).length;
      const c = process.cpuUsage(c0);
      process.stderr.write(`tokens ${n} of ${passages.length} passages: ${((c.user + c.system) / 1000).toFixed(0)} ms cpu\n`);
    }
  } else {
    const { corpus } = buildCorpus(files);
    const note = generateNote(corpus).text;
    for (let i = 0; i < runs; i++) {
      const t0 = t();
      checkNote(note, corpus);
      process.stderr.write(`checkNote ${(t() - t0).toFixed(0)} ms\n`);
    }
  }
}

void main();
