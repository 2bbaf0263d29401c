// `grounded check` with a cache folder: a note whose outcome is not kept is checked, but when the
// corpus the probe found is the one whose summary the result cache keeps (the same fingerprint), the
// report lists its sources from the summary's rows — as a replay does — instead of making every key
// and title JSON again (cli/check.ts summaryRows). And the summary keeps the JSON report's list of
// the sources as last written (for the folder the run was in: its paths are relative to it), which
// the next JSON report of that corpus from that folder copies whole (report.ts formatJson `listing`).
// The report stays byte-identical to an uncached check's; a corpus that changed lists its own
// sources (and keeps its summary for the next run).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { grounded, writeSource } from '../helpers/cliRuns';
import { ResultCache, RESULT_VERSION } from '../../server/src/cli/resultCache';
import { formatJson, formatJsonPieces, sourceRows } from '../../server/src/cli/report';
import { main } from '../../server/src/cli/main';
import { NodeFileSystem } from '../../server/src/engine/workspace';
import { decode, encode } from '../../server/src/engine/persist/binary';
import { DiskCacheStore, MemoryCacheStore } from '../../server/src/engine/persist';

const ACME = 'Acme report\n\nAcme sold 12,500 widgets in 2023, up 4.5% on the year before.\n';
const BETA = '---\ntitle: Beta review\n---\n\nBeta hired 2,000 engineers in 2022.\n';
const NOTE = 'Acme sold 15,500 widgets in 2023 [@acme]. Beta hired 2,000 engineers [@beta].\n';

const check = (dir: string, cache: string | undefined) => grounded(dir, ['check', '--sources', 'sources', ...(cache ? ['--cache', cache] : ['--no-cache']), '--format', 'json', 'n.md']);
const inCache = (cache: string, part: string) => fs.readdirSync(cache).filter((f) => f.includes(part));
const dropOutcomes = (cache: string) => inCache(cache, '.check.').forEach((f) => fs.rmSync(path.join(cache, f)));

/** The corpus summary the cache folder keeps (one), its fingerprint and the result cache that reads it. */
async function keptSummary(cache: string) {
  const files = inCache(cache, '.corpus.');
  assert.equal(files.length, 1);
  const blob = decode<{ fingerprint: string }>(fs.readFileSync(path.join(cache, files[0])), RESULT_VERSION);
  assert.ok(!('reject' in blob));
  const results = new ResultCache({ store: new DiskCacheStore(cache), name: files[0].slice(0, files[0].indexOf('.corpus.')) });
  const fingerprint = blob.meta.fingerprint;
  return { results, fingerprint, summary: (await results.corpus(fingerprint))! };
}

/** The corpus summary the cache folder keeps, rewritten with every title marked and no listing (its fingerprint and rows otherwise as kept). */
async function markTitles(cache: string): Promise<void> {
  const { results, fingerprint, summary } = await keptSummary(cache);
  await results.saveCorpus(fingerprint, { ...summary, titleJson: (i) => JSON.stringify(`kept row ${i}`) });
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

  it('the JSON report keeps its list of sources with the summary, for its folder: the next report from there copies it, one from another folder writes its own', async () => {
    const cache = path.join(dir, '.cache');
    const uncached = await check(dir, undefined);
    await check(dir, cache);
    let { summary } = await keptSummary(cache);
    const listing = summary.listing!(dir)!;
    assert.ok(listing, 'kept for the folder the run was in');
    assert.equal(summary.listing!(path.join(dir, 'sub')), undefined, 'and for no other');
    assert.ok(uncached.stdout.endsWith(`${Buffer.from(listing).toString('utf8')}\n`), 'the report\'s list of sources, to its closing brace');
    assert.match(Buffer.from(listing).toString('utf8'), /^,\n {2}"sources": \[/);
    // replayed, and checked again (its outcome not kept): byte-identical; the listing copied (here marked)
    assert.equal((await check(dir, cache)).stdout, uncached.stdout);
    dropOutcomes(cache);
    assert.equal((await check(dir, cache)).stdout, uncached.stdout);
    const { results, fingerprint } = await keptSummary(cache);
    const marked = Buffer.from(Buffer.from(listing).toString('utf8').replace('Beta review', 'Beta marked'), 'utf8');
    await results.saveCorpus(fingerprint, summary, { cwd: dir, bytes: marked });
    assert.match((await check(dir, cache)).stdout, /"title": "Beta marked"/, 'a replay copies it');
    dropOutcomes(cache);
    assert.match((await check(dir, cache)).stdout, /"title": "Beta marked"/, 'a check of the same corpus copies it');
    // from another folder: its own paths, and the summary keeps that folder's list from then on
    const sub = path.join(dir, 'sub');
    fs.mkdirSync(sub);
    const subArgs = ['check', '--sources', '../sources', '--cache', '../.cache', '--format', 'json', '../n.md'];
    const fromSub = await grounded(sub, subArgs);
    const subUncached = await grounded(sub, ['check', '--sources', '../sources', '--no-cache', '--format', 'json', '../n.md']);
    assert.equal(fromSub.stdout, subUncached.stdout);
    assert.match(fromSub.stdout, /"path": "\.\.\/sources\/acme\.txt"/);
    ({ summary } = await keptSummary(cache));
    assert.equal(summary.listing!(dir), undefined);
    assert.ok(subUncached.stdout.endsWith(`${Buffer.from(summary.listing!(sub)!).toString('utf8')}\n`));
    assert.equal((await grounded(sub, subArgs)).stdout, subUncached.stdout);
  });

  it('a report in text keeps no listing; the next JSON report writes one', async () => {
    const cache = path.join(dir, '.cache');
    await grounded(dir, ['check', '--sources', 'sources', '--cache', cache, 'n.md']);
    assert.equal((await keptSummary(cache)).summary.listing!(dir), undefined);
    const uncached = await check(dir, undefined);
    assert.equal((await check(dir, cache)).stdout, uncached.stdout);
    assert.ok((await keptSummary(cache)).summary.listing!(dir));
  });

  it('formatJson: the list it is given for the folder, or the one it writes (given to `made`) — the same bytes', () => {
    const sources = [
      { key: 'acme', path: path.join(dir, 'sources', 'acme.txt'), title: 'Acme "report"' },
      { key: 'beta', path: path.join(dir, 'sources', 'beta.md'), title: 'Beta — review' },
    ];
    let made: Uint8Array | undefined;
    const fresh = formatJson([], sourceRows(sources), dir, '\n', (l) => (made = Uint8Array.from(l)));
    assert.ok(made && fresh.toString('utf8').endsWith(`${Buffer.from(made).toString('utf8')}\n`));
    let again = 0;
    const copied = formatJson([], { ...sourceRows(sources), listing: (cwd) => (cwd === dir ? made : undefined) }, dir, '\n', () => again++);
    assert.deepEqual([copied, again], [fresh, 0], 'copied, not made again');
    const none = formatJson([], sourceRows([]), dir, '', (l) => (made = Uint8Array.from(l)));
    assert.equal(Buffer.from(made!).toString('utf8'), ',\n  "sources": []\n}');
    assert.deepEqual(JSON.parse(none.toString('utf8')), { version: 1, notes: [], sources: [] });
  });

  it('formatJsonPieces: a kept list is written as the bytes it was read in (not copied), after the notes\' part and before `end`; joined, formatJson\'s bytes', () => {
    const sources = [{ key: 'acme', path: path.join(dir, 'sources', 'acme.txt'), title: 'Acme' }];
    let made: Uint8Array | undefined;
    const fresh = formatJsonPieces([], sourceRows(sources), dir, '\n', (l) => (made = Uint8Array.from(l)));
    assert.equal(fresh.length, 1, 'a list made here: one piece');
    const kept = new Uint8Array(made!.length + 16).subarray(8, 8 + made!.length);
    kept.set(made!);
    const pieces = formatJsonPieces([], { ...sourceRows(sources), listing: () => kept }, dir, '\n');
    assert.equal(pieces.length, 3);
    assert.equal(pieces[1].buffer, kept.buffer, 'the kept bytes themselves');
    assert.deepEqual([pieces[1].byteOffset, pieces[1].length], [kept.byteOffset, kept.length]);
    assert.deepEqual(Buffer.concat(pieces), fresh[0]);
    assert.deepEqual(formatJson([], { ...sourceRows(sources), listing: () => kept }, dir, '\n'), fresh[0]);
  });

  it('grounded check --format json writes the report in pieces (outBytes) — with the kept list, the same bytes as one string', async () => {
    fs.writeFileSync(path.join(dir, 'n.md'), NOTE);
    const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'grounded-pieces-'));
    try {
      const args = ['check', '--sources', 'sources', '--cache', cache, '--format', 'json', 'n.md'];
      const run = async (bytes: boolean) => {
        let text = '';
        const pieces: Uint8Array[] = [];
        const io = { cwd: dir, out: (x: string) => void (text += x), err: () => undefined, tty: false, color: false, env: { ...process.env }, ...(bytes && { outBytes: (b: Uint8Array) => void pieces.push(Uint8Array.from(b)) }) };
        const code = await main(args, new NodeFileSystem(), io);
        return { code, out: bytes ? Buffer.concat(pieces).toString('utf8') : text, pieces: pieces.length };
      };
      const uncached = await check(dir, undefined);
      const first = await run(false);
      dropOutcomes(cache);
      const second = await run(true);
      assert.ok(second.pieces >= 3, 'the kept list in a piece of its own');
      const replayed = await run(true);
      for (const r of [first, second, replayed]) assert.deepEqual([r.code, r.out], [uncached.code, uncached.stdout]);
    } finally {
      fs.rmSync(cache, { recursive: true, force: true });
    }
  });

  it('the result cache: a summary\'s keys and titles (apart from its checksum, each with its CRC-32) left in the file when it keeps the list for the folder asked, read and checked when first asked; read and checked at once for another folder — damaged, the summary discarded there and the column refused here', async () => {
    const cacheDir = path.join(dir, '.rc');
    const disk = new DiskCacheStore(cacheDir);
    let parts = 0;
    // (the store's own reads, counted: what is left in the file is read through readRest)
    const store: typeof disk = Object.assign(Object.create(disk), {
      readHead: async (...a: Parameters<typeof disk.readHead>) => {
        const h = await disk.readHead(...a);
        return h && h.readRest ? { ...h, readRest: (part: Uint8Array) => (parts++, h.readRest!(part)) } : h;
      },
    });
    const log: string[] = [];
    const results = new ResultCache({ store, name: 'n', version: 3, log: (m) => log.push(m) });
    const rows = { count: 2, keyJson: (i: number) => ['"acme"', '"beta"'][i], titleJson: (i: number) => ['"Acme report"', '"Beta — review"'][i], warnings: [] };
    const listing = Buffer.from(',\n  "sources": []\n}');
    const save = () => results.saveCorpus('fp', rows, { cwd: '/w', bytes: listing });
    await save();
    const text = (b: string | Uint8Array) => (typeof b === 'string' ? b : Buffer.from(b).toString('utf8'));
    const here = (await results.corpus('fp', '/w'))!;
    assert.deepEqual(Buffer.from(here.listing!('/w')!), listing);
    assert.equal(parts, 0, 'keys and titles left in the file');
    assert.deepEqual([text(here.keyJson(1)), text(here.titleJson(1)), text(here.keyJson(0)), text(here.titleJson(0))], ['"beta"', '"Beta — review"', '"acme"', '"Acme report"']);
    assert.equal(parts, 2, 'each column read once, when first asked');
    const there = (await results.corpus('fp', '/x'))!;
    assert.equal(parts, 4, 'another folder: both read at once');
    assert.equal(there.listing!('/x'), undefined);
    assert.deepEqual([text(there.keyJson(0)), text(there.titleJson(1))], ['"acme"', '"Beta — review"']);
    // a byte of the titles changed in the file: the file still decodes (they are apart from its checksum)
    const damage = () => {
      const file = path.join(cacheDir, fs.readdirSync(cacheDir).find((f) => f.includes('.corpus.'))!);
      const bytes = fs.readFileSync(file);
      const blob = decode(bytes, 3);
      assert.ok(!('reject' in blob));
      const titles = blob.arrays.titles as Uint8Array;
      bytes[titles.byteOffset - bytes.byteOffset + 3] ^= 0x20;
      fs.writeFileSync(file, bytes);
    };
    damage();
    assert.equal(await results.corpus('fp', '/x'), undefined, 'read at once: the summary discarded');
    assert.match(log.join('\n'), /discarded: checksum mismatch/);
    assert.equal(fs.readdirSync(cacheDir).filter((f) => f.includes('.corpus.')).length, 0);
    await save();
    damage();
    const kept = (await results.corpus('fp', '/w'))!;
    assert.deepEqual(Buffer.from(kept.listing!('/w')!), listing, 'the list is the checksum\'s');
    assert.equal(text(kept.keyJson(0)), '"acme"');
    assert.throws(() => kept.titleJson(0), /corpus summary's titles are not as written/);
    // a store that reads files whole (memory): the same columns, checked when asked
    const memory = new ResultCache({ store: new MemoryCacheStore(), name: 'n', version: 3 });
    await memory.saveCorpus('fp', rows, { cwd: '/w', bytes: listing });
    const m = (await memory.corpus('fp', '/w'))!;
    assert.deepEqual([text(m.keyJson(1)), text(m.titleJson(0))], ['"beta"', '"Acme report"']);
  });

  it('the result cache: a summary reads back with its listing for its folder; a listing without its folder, or a folder without its listing, is no summary', async () => {
    const store = new MemoryCacheStore();
    const results = new ResultCache({ store, name: 'n', version: 3 });
    const rows = { count: 1, keyJson: () => '"a"', titleJson: () => '"A"', warnings: [] };
    await results.saveCorpus('fp', rows, { cwd: '/w', bytes: Buffer.from(',\n  "sources": []\n}') });
    const back = (await results.corpus('fp'))!;
    assert.equal(Buffer.from(back.listing!('/w')!).toString('utf8'), ',\n  "sources": []\n}');
    assert.equal(back.listing!('/x'), undefined);
    await results.saveCorpus('fp', rows);
    assert.equal((await results.corpus('fp'))!.listing!('/w'), undefined, 'written again without one');
    // (a file whose meta and arrays disagree: discarded)
    const name = (await store.list('n.corpus.'))[0];
    const blob = decode<Record<string, unknown>>((await store.read(name))!, 3);
    assert.ok(!('reject' in blob));
    for (const [meta, arrays] of [
      [{ ...blob.meta, listingCwd: '/w' }, blob.arrays],
      [blob.meta, { ...blob.arrays, listing: new Uint8Array(3) }],
      [{ ...blob.meta, listingCwd: 7 }, { ...blob.arrays, listing: new Uint8Array(3) }],
    ] as const) {
      await store.write(name, [encode({ meta, arrays }, 3)]);
      assert.equal(await results.corpus('fp'), undefined);
    }
  });
});
