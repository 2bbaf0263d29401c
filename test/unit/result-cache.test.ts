// The result cache of `grounded check` (cli/resultCache.ts): a note checked again against the same
// corpus with the same options replays its outcome — the report byte-identical to an uncached
// check's, no index loaded — and any change to what the check depends on (the note, a source
// changed, added or removed, an option that changes verdicts, the build) is a full check. Corrupt
// entries are discarded with a log line; two writers leave whole files; the folder stays bounded.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../server/src/cli/main';
import { grounded, type Run, writeSource } from '../helpers/cliRuns';
import { formatJson, sourceRows, toJson, type NoteCheck } from '../../server/src/cli/report';
import { MAX_NOTE_RESULTS, ResultCache } from '../../server/src/cli/resultCache';
import type { NoteOutcome } from '../../server/src/cli/outcome';
import { DiskCacheStore, MemoryCacheStore } from '../../server/src/engine/persist';
import { NodeFileSystem } from '../../server/src/engine/workspace';


const ACME = 'Acme report\n\nAcme sold 12,500 widgets in 2023, up 4.5% on the year before. The chief executive called it "a year of steady, careful growth".\n';
const BETA = 'Beta review\n\nBeta hired 2,000 engineers in 2022, its chief engineer said.\n';
const NOTE = ['# Acme', '', 'Acme sold 15,500 widgets in 2023 [@acme].', '', 'The chief executive called it "a year of steady, careful growth" [@acme].', '', 'Beta hired 2,000 engineers [@beta].', '', 'Gamma opened 3 sites in 2021 [@gamma].', ''].join('\n');

/** A workspace: sources/ with acme and beta, notes/n.md, and a cache folder. */
function workspace(): { dir: string; cache: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grounded-result-cache-'));
  writeSource(dir, 'sources/acme.txt', ACME);
  writeSource(dir, 'sources/beta.txt', BETA);
  fs.mkdirSync(path.join(dir, 'notes'));
  fs.writeFileSync(path.join(dir, 'notes/n.md'), NOTE);
  return { dir, cache: path.join(dir, '.cache') };
}

const check = (dir: string, cache: string | undefined, format = 'json') => grounded(dir, ['check', '--sources', 'sources', ...(cache ? ['--cache', cache] : ['--no-cache']), '--format', format, 'notes/n.md']);
const files = (cache: string, part: string) => (fs.existsSync(cache) ? fs.readdirSync(cache).filter((f) => f.includes(part)) : []);

/** Run with the index cache's records and postings removed: a replay does not need them, a check rebuilds them. */
async function replayed(dir: string, cache: string, format = 'json'): Promise<{ run: Run; indexLoaded: boolean }> {
  for (const f of [...files(cache, '.sources.'), ...files(cache, '.postings.')]) fs.rmSync(path.join(cache, f));
  const run = await check(dir, cache, format);
  return { run, indexLoaded: files(cache, '.sources.').length > 0 };
}

describe('result cache: a note checked again against the same corpus replays its outcome', () => {
  let ws: { dir: string; cache: string };
  beforeEach(() => {
    ws = workspace();
  });
  afterEach(() => fs.rmSync(ws.dir, { recursive: true, force: true }));

  it('hit: the report byte-identical to an uncached check, its exit status the same, and no index loaded', async () => {
    const uncached = await check(ws.dir, undefined);
    const first = await check(ws.dir, ws.cache);
    assert.equal(files(ws.cache, '.check.').length, 1, 'one note, one outcome kept');
    assert.equal(first.stdout, uncached.stdout);
    const { run, indexLoaded } = await replayed(ws.dir, ws.cache);
    assert.equal(indexLoaded, false, 'the replay loaded no index (nothing rebuilt the records removed)');
    assert.equal(run.stdout, uncached.stdout);
    assert.equal(run.code, uncached.code);
    assert.equal(run.code, 1, 'the wrong figure still fails the run');
    assert.equal(run.stderr, '');
  });

  it('hit in every format: text (but its time) and SARIF as an uncached check writes them', async () => {
    for (const format of ['text', 'sarif']) {
      const uncached = await check(ws.dir, undefined, format);
      await check(ws.dir, ws.cache, format);
      const { run, indexLoaded } = await replayed(ws.dir, ws.cache, format);
      assert.equal(indexLoaded, false, format);
      const untimed = (s: string) => s.replace(/ in \d+ ms/, ' in N ms');
      assert.equal(untimed(run.stdout), untimed(uncached.stdout), format);
    }
  });

  it("the index's warnings are said again on a replay, as a check says them", async () => {
    // two files of one name: the key "acme" is ambiguous (a warning from the index)
    writeSource(ws.dir, 'sources/old/acme.txt', ACME.replace('12,500', '11,000'));
    const first = await check(ws.dir, ws.cache);
    assert.match(first.stderr, /citation key "acme" is the/);
    const { run, indexLoaded } = await replayed(ws.dir, ws.cache);
    assert.equal(indexLoaded, false);
    assert.equal(run.stderr, first.stderr);
    assert.equal(run.stdout, first.stdout);
  });

  it('miss on the note changed: checked again, its new report as an uncached check makes it', async () => {
    await check(ws.dir, ws.cache);
    fs.writeFileSync(path.join(ws.dir, 'notes/n.md'), NOTE.replace('15,500', '12,500'));
    const uncached = await check(ws.dir, undefined);
    const { run, indexLoaded } = await replayed(ws.dir, ws.cache);
    assert.equal(indexLoaded, true, 'checked against the index');
    assert.equal(run.stdout, uncached.stdout);
    assert.equal(JSON.parse(run.stdout).notes[0].figures.find((f: { value: number }) => f.value === 12500).verdict, 'supported');
    assert.equal(files(ws.cache, '.check.').length, 2);
  });

  for (const [what, change] of [
    ['one source changed', (dir: string) => writeSource(dir, 'sources/acme.txt', ACME.replace('12,500', '15,500'), 30)],
    ['a source added', (dir: string) => writeSource(dir, 'sources/gamma.txt', 'Gamma notes\n\nGamma opened 3 sites in 2021.\n')],
    ['a source removed', (dir: string) => fs.rmSync(path.join(dir, 'sources/beta.txt'))],
  ] as const) {
    it(`miss on ${what}: checked again, the report as an uncached check makes it`, async () => {
      const before = await check(ws.dir, ws.cache);
      change(ws.dir);
      const uncached = await check(ws.dir, undefined);
      assert.notEqual(uncached.stdout, before.stdout, 'the change changes the report');
      const { run, indexLoaded } = await replayed(ws.dir, ws.cache);
      assert.equal(indexLoaded, true);
      assert.equal(run.stdout, uncached.stdout);
    });
  }

  it('miss on an option that changes verdicts (a rule made an error in grounded.json): checked again', async () => {
    const before = await check(ws.dir, ws.cache);
    fs.writeFileSync(path.join(ws.dir, 'grounded.json'), JSON.stringify({ rules: { 'figure-mismatch': 'error' } }));
    const uncached = await check(ws.dir, undefined);
    assert.notEqual(uncached.stdout, before.stdout);
    const { run } = await replayed(ws.dir, ws.cache);
    assert.equal(run.stdout, uncached.stdout);
    assert.ok(JSON.parse(run.stdout).notes[0].diagnostics.some((d: { code: string; severity: string }) => d.code === 'figure-mismatch' && d.severity === 'error'));
  });

  it('a corrupt entry is discarded with a log line, the note checked again and its entry written afresh', async () => {
    const first = await check(ws.dir, ws.cache);
    const entry = path.join(ws.cache, files(ws.cache, '.check.')[0]);
    const bytes = fs.readFileSync(entry);
    bytes[bytes.length - 3] ^= 0xff;
    fs.writeFileSync(entry, bytes);
    const { run, indexLoaded } = await replayed(ws.dir, ws.cache);
    assert.equal(indexLoaded, true);
    assert.match(run.stderr, /grounded: result cache .*\.check\.[0-9a-f]+\.gres discarded: checksum mismatch/);
    assert.equal(run.stdout, first.stdout);
    // written again: the next run replays it
    const again = await replayed(ws.dir, ws.cache);
    assert.equal(again.indexLoaded, false);
    assert.equal(again.run.stdout, first.stdout);
    assert.equal(again.run.stderr, '');
  });

  it('two runs at once on one cache folder: both report what an uncached check does, and the folder replays after', async () => {
    const uncached = await check(ws.dir, undefined);
    const [a, b] = await Promise.all([check(ws.dir, ws.cache), check(ws.dir, ws.cache)]);
    assert.equal(a.stdout, uncached.stdout);
    assert.equal(b.stdout, uncached.stdout);
    assert.equal(fs.readdirSync(ws.cache).filter((f) => f.endsWith('.tmp')).length, 0);
    const { run, indexLoaded } = await replayed(ws.dir, ws.cache);
    assert.equal(indexLoaded, false);
    assert.equal(run.stdout, uncached.stdout);
  });

  it('--no-cache keeps no result (and the default cache folder is the one a run with a cache uses)', async () => {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'grounded-result-home-'));
    try {
      const run = async (args: string[]) => {
        let stdout = '';
        const io = { cwd: ws.dir, out: (s: string) => void (stdout += s), err: () => undefined, tty: false, color: false, env: { XDG_CACHE_HOME: home } };
        await main(args, new NodeFileSystem(), io);
        return stdout;
      };
      const args = ['check', '--sources', 'sources', '--format', 'json', 'notes/n.md'];
      const none = await run([...args, '--no-cache']);
      assert.deepEqual(fs.readdirSync(home), [], 'nothing written');
      assert.equal(await run(args), none);
      assert.equal(files(path.join(home, 'grounded'), '.check.').length, 1, 'a run with the default cache keeps its result there');
    } finally {
      fs.rmSync(home, { recursive: true, force: true });
    }
  });

  it('sources written too recently for their stats to vouch for them ("racy") are read: no replay until then', async () => {
    writeSource(ws.dir, 'sources/acme.txt', ACME, 0); // (written just now: its stat could change again within its tick)
    const first = await check(ws.dir, ws.cache);
    const { run, indexLoaded } = await replayed(ws.dir, ws.cache);
    assert.equal(indexLoaded, true);
    assert.equal(run.stdout, first.stdout);
  });
});

const OUTCOME: NoteOutcome = {
  figures: [{ text: '3%', line: 1, column: 1, endLine: 1, endColumn: 3, value: 3, kind: 'percent', verdict: 'unverified', evidence: [], scope: null }],
  quotes: [],
  citations: [],
  diagnostics: [],
};

describe('result cache: its files', () => {
  it('an entry of another build is a miss (its key is another, and a file of another version is discarded with a log line)', async () => {
    const store = new MemoryCacheStore();
    const log: string[] = [];
    const v1 = new ResultCache({ store, name: 'index-x', version: 1, log: (m) => log.push(m) });
    const v2 = new ResultCache({ store, name: 'index-x', version: 2, log: (m) => log.push(m) });
    const k1 = v1.noteKey('fp', 'note', {});
    assert.notEqual(v2.noteKey('fp', 'note', {}), k1);
    await v1.saveNote(k1, OUTCOME);
    assert.deepEqual(await v1.note(k1), OUTCOME);
    assert.equal(await v2.note(k1), undefined);
    assert.match(log.join('\n'), /result cache memory\/index-x\.check\.[0-9a-f]{32}\.gres discarded: made by engine version 1, not 2/);
    assert.equal(store.files.size, 0);
  });

  it("the key holds the note's text, the corpus fingerprint and every option that changes verdicts", () => {
    const c = new ResultCache({ store: new MemoryCacheStore(), name: 'index-x' });
    const base = c.noteKey('fp', 'note', { hedgeTolerance: 0.1, rules: { 'figure-mismatch': 'warning' }, maxNoteChars: 100 });
    assert.equal(c.noteKey('fp', 'note', { maxNoteChars: 100, rules: { 'figure-mismatch': 'warning' }, hedgeTolerance: 0.1 }), base, 'not the order options are written in');
    for (const other of [
      c.noteKey('fp2', 'note', { hedgeTolerance: 0.1, rules: { 'figure-mismatch': 'warning' }, maxNoteChars: 100 }),
      c.noteKey('fp', 'note!', { hedgeTolerance: 0.1, rules: { 'figure-mismatch': 'warning' }, maxNoteChars: 100 }),
      c.noteKey('fp', 'note', { hedgeTolerance: 0.2, rules: { 'figure-mismatch': 'warning' }, maxNoteChars: 100 }),
      c.noteKey('fp', 'note', { hedgeTolerance: 0.1, rules: { 'figure-mismatch': 'off' }, maxNoteChars: 100 }),
      c.noteKey('fp', 'note', { hedgeTolerance: 0.1, rules: { 'figure-mismatch': 'warning' }, maxNoteChars: 200 }),
    ]) {
      assert.notEqual(other, base);
    }
  });

  it('an entry whose file holds another key is discarded (a renamed or colliding file is never trusted)', async () => {
    const store = new MemoryCacheStore();
    const log: string[] = [];
    const c = new ResultCache({ store, name: 'index-x', log: (m) => log.push(m) });
    const a = 'a'.repeat(64);
    const b = 'a'.repeat(32) + 'b'.repeat(32); // (the same file name: its first 32 digits)
    await c.saveNote(a, OUTCOME);
    assert.equal(await c.note(b), undefined);
    assert.match(log[0], /discarded: not the entry of this key/);
  });

  it('two writers of one entry on disk, read meanwhile: every read finds the entry whole or none, and it reads back', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grounded-result-writers-'));
    try {
      const log: string[] = [];
      const caches = [0, 1, 2, 3].map(() => new ResultCache({ store: new DiskCacheStore(dir), name: 'index-x', log: (m) => log.push(m) }));
      const key = caches[0].noteKey('fp', 'note', {});
      const big: NoteOutcome = { ...OUTCOME, figures: Array.from({ length: 2000 }, () => OUTCOME.figures[0]) };
      const whole = (o: NoteOutcome | undefined) => o === undefined || o.figures.length === 1 || o.figures.length === 2000;
      const reads: boolean[] = [];
      const reader = async () => {
        for (let i = 0; i < 200; i++) reads.push(whole(await caches[3].note(key)));
      };
      await Promise.all([
        ...caches.slice(0, 3).map(async (w, i) => {
          for (let r = 0; r < 20; r++) await w.saveNote(key, (i + r) % 2 ? big : OUTCOME);
        }),
        ...caches.slice(0, 3).map((w, i) => w.saveNote(w.noteKey('fp', `other ${i}`, {}), OUTCOME)),
        reader(),
        reader(),
        reader(),
      ]);
      assert.deepEqual(log, [], 'no read met a file half written');
      assert.ok(reads.every((r) => r));
      const read = await caches[0].note(key);
      assert.ok(read && whole(read), "one writer's whole entry");
      assert.equal(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp')).length, 0);
      assert.equal(fs.readdirSync(dir).length, 4);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it(`bounded: past ${MAX_NOTE_RESULTS} entries the least recently used go (an entry read counts as used)`, async () => {
    const store = new MemoryCacheStore();
    const c = new ResultCache({ store, name: 'index-x' });
    const keys = Array.from({ length: MAX_NOTE_RESULTS + 2 }, (_, i) => c.noteKey('fp', `note ${i}`, {}));
    for (const k of keys.slice(0, MAX_NOTE_RESULTS)) await c.saveNote(k, OUTCOME);
    await c.prune();
    assert.equal(store.files.size, MAX_NOTE_RESULTS);
    assert.ok(await c.note(keys[0]), 'the oldest, read now');
    await c.saveNote(keys[MAX_NOTE_RESULTS], OUTCOME);
    await c.saveNote(keys[MAX_NOTE_RESULTS + 1], OUTCOME);
    await c.prune();
    assert.equal(store.files.size, MAX_NOTE_RESULTS);
    assert.ok(await c.note(keys[0]), 'kept: it was used');
    assert.equal(await c.note(keys[1]), undefined, 'the least recently used went');
    assert.equal(await c.note(keys[2]), undefined);
    assert.ok(await c.note(keys[MAX_NOTE_RESULTS + 1]));
  });

  it('a corpus summary reads back as the rows it was written from', async () => {
    const c = new ResultCache({ store: new MemoryCacheStore(), name: 'index-x' });
    const listed = [
      { key: 'a', path: '/w/a.txt', title: 'Ä "quoted" title \\ with \u2028 and \ud800 alone' },
      { key: 'b-2', path: '/w/b.md', title: '' },
    ];
    const rows = sourceRows(listed);
    await c.saveCorpus('fp', { ...rows, warnings: [{ path: '/w/a.txt', message: 'a warning' }] });
    const back = (await c.corpus('fp'))!;
    assert.equal(back.count, 2);
    const text = (x: string | Uint8Array) => (typeof x === 'string' ? x : Buffer.from(x).toString('utf8'));
    for (let i = 0; i < 2; i++) {
      assert.equal(text(back.keyJson(i)), rows.keyJson(i));
      assert.equal(text(back.titleJson(i)), rows.titleJson(i));
    }
    assert.deepEqual(back.warnings, [{ path: '/w/a.txt', message: 'a warning' }]);
    assert.equal(await c.corpus('fp2'), undefined);
  });
});

describe('formatJson writes what JSON.stringify(toJson(…), null, 2) writes', () => {
  const notes: NoteCheck[] = [{ path: '/w/notes/n.md', outcome: OUTCOME }];
  const listed = [
    { key: 'acme', path: '/w/sources/acme.txt', title: 'Acme "report" \\ 2023' },
    { key: 'b\u00e9ta', path: '/elsewhere/b\u00e9ta.md', title: 'Zoë \ud83d\ude00 \u2028 \ud800' },
    { key: 'c', path: '/w/c.txt', title: '' },
  ];
  for (const [what, sources] of [
    ['sources with quotes, accents, emoji, separators and a lone surrogate', listed],
    ['no sources', []],
  ] as const) {
    it(what, () => {
      const expected = JSON.stringify(toJson(notes, sources, '/w'), null, 2);
      assert.equal(formatJson(notes, sourceRows(sources), '/w').toString('utf8'), expected);
      assert.equal(formatJson([], sourceRows(sources), '/w', '\n').toString('utf8'), JSON.stringify(toJson([], sources, '/w'), null, 2) + '\n');
    });
  }

  it("the same with the rows' JSON texts as bytes (the result cache's), or some as bytes and some as strings", () => {
    const rows = sourceRows(listed);
    const expected = JSON.stringify(toJson(notes, listed, '/w'), null, 2) + '\n';
    const bytes = (x: string | Uint8Array) => (typeof x === 'string' ? new Uint8Array(Buffer.from(x, 'utf8')) : x);
    const asBytes = { ...rows, keyJson: (i: number) => bytes(rows.keyJson(i)), titleJson: (i: number) => bytes(rows.titleJson(i)) };
    assert.equal(formatJson(notes, asBytes, '/w', '\n').toString('utf8'), expected);
    const mixed = { ...rows, keyJson: (i: number) => (i % 2 ? bytes(rows.keyJson(i)) : rows.keyJson(i)), titleJson: (i: number) => (i % 2 ? rows.titleJson(i) : bytes(rows.titleJson(i))) };
    assert.equal(formatJson(notes, mixed, '/w', '\n').toString('utf8'), expected);
  });

  it('many sources, with titles of multi-byte characters: every byte written', () => {
    const many = Array.from({ length: 3000 }, (_, i) => ({ key: `k${i}`, path: `/w/s/${i}.txt`, title: i % 3 ? `Zoë ${'\u20ac'.repeat(i % 50)} \ud83d\ude00 ${i}` : '' }));
    assert.equal(formatJson(notes, sourceRows(many), '/w').toString('utf8'), JSON.stringify(toJson(notes, many, '/w'), null, 2));
  });
});
