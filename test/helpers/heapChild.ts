// A child process for test/unit/index-memory.test.ts: indexes the sources in DIR (a folder on disk,
// no cache: every source built in the run, then put in columns as a cold index does) and writes a
// heap snapshot of the index to FILE. Usage: heapChild.ts DIR FILE
import * as v8 from 'node:v8';
import { folderSet, NodeFileSystem, SourceIndex } from '../../server/src/engine/workspace';

/** The text of the ith source: a title line and two paragraphs with figures, none with front matter. */
export function heapChildText(i: number): string {
  return [
    `Plant number ${i} report`,
    `The plant at site ${i} made ${1000 + i * 7} crates in ${2000 + (i % 20)}, up ${i % 30}% on the year before.`,
    `Its owner said ${i % 9} new lines would open, costing about $${(i % 50) + 1}.5 million.`,
  ].join('\n\n');
}

async function main(): Promise<void> {
  const [dir, file] = process.argv.slice(2);
  const index = new SourceIndex(new NodeFileSystem(), { sets: [folderSet(dir)], exclude: [], maxSourceSizeKB: 1024 });
  await index.update();
  v8.writeHeapSnapshot(file);
  // (the index is live until here)
  process.stdout.write(`${index.corpus.sources.length}\n`);
}

if (require.main === module) {
  main().catch((e) => {
    process.stderr.write(`${(e as Error).stack ?? e}\n`);
    process.exit(1);
  });
}
