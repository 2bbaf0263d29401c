// `grounded check` with a cache folder: a note whose outcome is not kept is checked, but when the
// corpus the probe found is the one whose summary the result cache keeps (the same fingerprint), the
// report lists its sources from the summary's rows — as a replay does — instead of making every key
// and title JSON again (cli/check.ts summaryRows). The report stays byte-identical to an uncached
// check's; a corpus that changed lists its own sources (and keeps its summary for the next run).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { grounded, writeSource } from '../helpers/cliRuns';
import { ResultCache, RESULT_VERSION } from '../../server/src/cli/resultCache';
import { decode } from '../../server/src/engine/persist/binary';
import { DiskCacheStore } from '../../server/src/engine/persist';

const ACME = 'Acme report\n\nAcme sold 12,500 widgets in 2023, up 4.5% on the year before.\n';
const BETA = '---\ntitle: Beta review\n---\n\nBeta hired 2,000 engineers in 2022.\n';
const NOTE = 'Acme sold 15,500 widgets in 2023 [@acme]. Beta hired 2,000 engineers [@beta].\n';

const check = (dir: string, cache: string | undefined) => grounded(dir, ['check', '--sources', 'sources', ...(cache ? ['--cache', cache] : ['--no-cache']), '--format', 'json', 'n.md']);
const inCache = (cache: string, part: string) => fs.readdirSync(cache).filter((f) => f.includes(part));
const dropOutcomes = (cache: string) => inCache(cache, '.check.').forEach((f) => fs.rmSync(path.join(cache, f)));

/** The corpus summary the cache folder keeps, rewritten with every title marked (its fingerprint and rows otherwise as kept). */
async function markTitles(cache: string): Promise<void> {
  const [file] = inCache(cache, '.corpus.');
  const blob = decode<{ fingerprint: string }>(fs.readFileSync(path.join(cache, file)), RESULT_VERSION);
  assert.ok(!('reject' in blob));
  const results = new ResultCache({ store: new DiskCacheStore(cache), name: file.slice(0, file.indexOf('.corpus.')) });
  const kept = (await results.corpus(blob.meta.fingerprint))!;
  await results.saveCorpus(blob.meta.fingerprint, { ...kept, titleJson: (i) => JSON.stringify(`kept row ${i}`) });
}

describe("grounded check lists a kept corpus summary's sources when the corpus is the one it summarises", () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grounded-summary-rows-'));
    writeSource(dir, 'sources/acme.txt', ACME);
    writeSource(dir, 'sources/beta.md', BETA);
    fs.writeFileSync(path.join(dir, 'n.md'), NOTE);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('the note checked again (its outcome not kept): the report byte-identical to an uncached check, the sources from the summary', async () => {
    const cache = path.join(dir, '.cache');
    const uncached = await check(dir, undefined);
    await check(dir, cache);
    dropOutcomes(cache);
    const again = await check(dir, cache);
    assert.deepEqual([again.code, again.stdout, again.stderr], [uncached.code, uncached.stdout, '']);
    assert.equal(inCache(cache, '.check.').length, 1, 'its outcome kept again');
    // the rows listed are the summary's (here marked), not made again from the sources
    await markTitles(cache);
    dropOutcomes(cache);
    const listed = await check(dir, cache);
    assert.deepEqual(JSON.parse(listed.stdout).sources.map((s: { title: string }) => s.title), ['kept row 0', 'kept row 1']);
    assert.deepEqual(JSON.parse(listed.stdout).notes, JSON.parse(uncached.stdout).notes);
  });

  it('a source changed: the corpus is another, its own sources listed (and summarised for the next run)', async () => {
    const cache = path.join(dir, '.cache');
    await check(dir, cache);
    await markTitles(cache);
    writeSource(dir, 'sources/beta.md', BETA.replace('Beta review', 'Beta annual review'), 30);
    const uncached = await check(dir, undefined);
    const changed = await check(dir, cache);
    assert.equal(changed.stdout, uncached.stdout);
    assert.match(changed.stdout, /"title": "Beta annual review"/);
    dropOutcomes(cache);
    assert.equal((await check(dir, cache)).stdout, uncached.stdout);
  });
});
