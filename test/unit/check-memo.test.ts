// The check memo (engine/memo.ts): what checks derive from a corpus alone — source passages' frames
// and context, rankings — kept by `grounded check` with the corpus's fingerprint (cli/resultCache.ts)
// and answered from when a note is checked again against that corpus (one line edited). A hit
// answers from what was kept (a kept entry altered shows in the verdict), and its report is an
// uncached check's; a changed corpus, another build, a corrupt or foreign file is a miss (the file
// discarded with a log line); two writers leave a whole file.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { grounded, writeSource } from '../helpers/cliRuns';
import { RESULT_VERSION, ResultCache } from '../../server/src/cli/resultCache';
import { decode } from '../../server/src/engine/persist/binary';
import { checkNote } from '../../server/src/engine/check';
import { CHECK_MEMO, emptyMemoData, isMemoData, reachKey, statingKey, type MemoData } from '../../server/src/engine/memo';
import { LEMMA_FORMS, NameReach } from '../../server/src/engine/check/nameReach';
import { MAX_MEMO_RANKINGS, MAX_MEMO_STATING, MAX_MEMO_WEIGHTS } from '../../server/src/engine/persist/policy';
import { Retrieval } from '../../server/src/engine/check/retrieval';
import { DiskCacheStore, MemoryCacheStore } from '../../server/src/engine/persist';
import { buildCorpus } from '../../server/src/engine/workspace';
import type { Corpus } from '../../server/src/engine/corpus';
import type { Figure } from '../../server/src/engine/types';

const ACME = 'Acme report\n\nAcme sold 12,500 widgets in 2023, up 4.5% on the year before. Its stores in Leeds took 310 orders a day.\n';
const BETA = 'Beta review\n\nBeta hired 2,000 engineers in 2022, its chief engineer said. Beta sold 12,500 widgets in 2023.\n';
const NOTE = ['# Acme', '', 'Acme sold 15,500 widgets in 2023 [@acme].', '', 'Its stores in Leeds took 310 orders a day [@acme].', '', 'Beta hired 2,000 engineers [@beta].', ''].join('\n');
const EDITED = NOTE.replace('took 310 orders', 'took 320 orders');

function corpus(): Corpus {
  return buildCorpus([
    { path: '/s/acme.txt', text: ACME },
    { path: '/s/beta.txt', text: BETA },
  ]).corpus;
}

/** Check `note` on a fresh corpus whose memo is enabled with `kept`; the report (as JSON) and what the memo then holds. */
function checkWith(note: string, kept?: MemoData): { report: string; memo: MemoData | undefined } {
  const c = corpus();
  const memo = c.derived(CHECK_MEMO);
  memo.enable(c.passageCount, kept);
  const report = JSON.stringify(checkNote(note, c).figures.map((f) => [f.figure.value, f.verdict, f.evidence.map((e) => e.source.key)]));
  return { report, memo: memo.changed };
}

const plain = (note: string) => JSON.stringify(checkNote(note, corpus()).figures.map((f) => [f.figure.value, f.verdict, f.evidence.map((e) => e.source.key)]));

describe('check memo: what checks derive from a corpus, answered from for the next check of it', () => {
  it('records the frames, context and rankings of a check, and a check from it reports what a fresh one does', () => {
    const first = checkWith(NOTE);
    assert.equal(first.report, plain(NOTE));
    const m = first.memo!;
    assert.ok(m, 'something was added');
    assert.ok(m.frames.size > 0 && m.rankings.size > 0 && m.referableWide.size > 0, 'frames, rankings and context kept');
    assert.ok(isMemoData(m, corpus().passageCount));
    const again = checkWith(EDITED, m);
    assert.equal(again.report, plain(EDITED));
    assert.notEqual(again.report, first.report, 'the edit changed the report (a note checked anew, not replayed)');
  });

  it('a hit answers from what was kept: a kept frame altered shows in the verdict', () => {
    const m = checkWith(NOTE).memo!;
    const fresh = JSON.parse(plain(NOTE));
    assert.equal(fresh[0][1], 'contradicted', '15,500 against 12,500');
    // every kept frame of the source figures made a rank of something else: nothing aligns any more
    for (const frames of m.frames.values()) for (const f of frames) Object.assign(f, { metric: ['zz-not-a-metric'], role: 'rank' });
    const poisoned = JSON.parse(checkWith(NOTE, m).report);
    assert.ok(poisoned.every((f: [number, string]) => f[1] === 'unverified'), JSON.stringify(poisoned));
  });

  it('a hit answers from what was kept: a kept ranking emptied leaves its figure without candidates', () => {
    const m = checkWith(NOTE).memo!;
    for (const k of m.rankings.keys()) m.rankings.set(k, []);
    const poisoned = JSON.parse(checkWith(NOTE, m).report);
    assert.ok(poisoned.every((f: [number, string]) => f[1] === 'unverified'), JSON.stringify(poisoned));
  });

  it("keeps the weights of the terms a check weighs, each the corpus's own; a hit answers from the kept weight (a kept weight altered shows in the verdict)", () => {
    const m = checkWith(NOTE).memo!;
    assert.ok(m.weights.size > 0, 'weights kept');
    const fresh = new Retrieval(corpus());
    for (const [term, w] of m.weights) assert.equal(w, fresh.termWeight(term), term);
    // answered from what was kept: the term's count of passages not read again
    const c = corpus();
    const kept = emptyMemoData(c.passageCount);
    kept.weights.set('acme', 42);
    c.derived(CHECK_MEMO).enable(c.passageCount, kept);
    assert.equal(new Retrieval(c).termWeight('acme'), 42);
    assert.notEqual(fresh.termWeight('acme'), 42);
    // a check from a weight altered: the note's one word its source lacks made to outweigh the rest
    const welders = 'Beta hired 2,000 welders [@beta].\n';
    const w = checkWith(welders).memo!;
    assert.equal(JSON.parse(plain(welders))[0][1], 'supported');
    assert.ok(w.weights.has('welder'));
    w.weights.set('welder', 1000);
    assert.equal(JSON.parse(checkWith(welders, w).report)[0][1], 'unverified');
  });

  it(`weights bounded as rankings are: past ${MAX_MEMO_WEIGHTS} the run's own are saved, the others kept as fit`, () => {
    const own = checkWith(NOTE).memo!;
    const kept = emptyMemoData(own.passages);
    for (let i = 0; i < MAX_MEMO_WEIGHTS; i++) kept.weights.set(`other${i}`, 1);
    for (const [k, v] of own.frames) kept.frames.set(k, v.slice(0, 1)); // (made further by the check: something added)
    const saved = checkWith(NOTE, kept).memo!;
    assert.equal(saved.weights.size, MAX_MEMO_WEIGHTS);
    for (const k of own.weights.keys()) assert.ok(saved.weights.has(k), 'every weight the check asked for is kept');
    assert.equal(saved.weights.has(`other${MAX_MEMO_WEIGHTS - 1}`), false, 'the last of the others gave way');
  });

  describe("the places of the value index that state a figure (the wrong-source search's: retrieval.ts figuresStating, memo `stating`)", () => {
    // Gamma states its 7,314 widgets, uncited: the note citing the harbour's news for them is told Gamma states them
    const GAMMA = 'Trade digest\n\nLast year the Gamma group sold 7,314 widgets, the trade body said.\n';
    const WRONG = '# Notes\n\nLast year the Gamma group sold 7,314 widgets [@harbour].\n';
    const three = (): Corpus =>
      buildCorpus([
        { path: '/s/acme.txt', text: ACME },
        { path: '/s/beta.txt', text: BETA },
        { path: '/s/gamma.txt', text: GAMMA },
        { path: '/s/harbour.txt', text: 'Harbour news\n\nThe harbour handled many ships in the spring.\n' },
      ]).corpus;
    const run = (note: string, kept?: MemoData) => {
      const c = three();
      const memo = c.derived(CHECK_MEMO);
      memo.enable(c.passageCount, kept);
      const report = checkNote(note, c);
      return { c, memo: memo.changed, findings: report.diagnostics.map((x) => x.code), evidence: JSON.stringify(report.figures.map((f) => [f.verdict, f.wrongSource?.source.key ?? null, f.evidence.map((e) => [e.source.key, e.passage.start])])) };
    };
    const fresh = () => {
      const report = checkNote(WRONG, three());
      return { findings: report.diagnostics.map((x) => x.code), evidence: JSON.stringify(report.figures.map((f) => [f.verdict, f.wrongSource?.source.key ?? null, f.evidence.map((e) => [e.source.key, e.passage.start])])) };
    };

    it("kept by a check, each the corpus's own places (pairs of a passage id and a figure's place in it), and a check from them reports what a fresh one does", () => {
      const first = run(WRONG);
      assert.ok(first.findings.includes('figure-wrong-source'), JSON.stringify(first.findings));
      const m = first.memo!;
      assert.ok(m.stating.size > 0, 'places kept');
      const c = three();
      for (const [k, v] of m.stating) {
        assert.equal(v.length % 2, 0, k);
        for (let i = 0; i < v.length; i += 2) assert.ok([7314, 2023].includes(c.passage(v[i]).figures[v[i + 1]].value), 'a place stating the value');
      }
      assert.ok([...m.stating.values()].some((v) => v.some((_, i) => i % 2 === 0 && c.passage(v[i]).source === 2)), "Gamma's place among them");
      const again = run(WRONG, m);
      assert.deepEqual([again.findings, again.evidence], [first.findings, first.evidence]);
      assert.deepEqual([again.findings, again.evidence], [fresh().findings, fresh().evidence]);
    });

    it('a hit answers from what was kept: the places emptied, no source is named; a place past its passage\'s figures is not trusted (found afresh)', () => {
      const m = run(WRONG).memo!;
      const emptied: MemoData = { ...m, stating: new Map([...m.stating.keys()].map((k) => [k, []])) };
      const none = run(WRONG, emptied);
      assert.ok(!none.findings.includes('figure-wrong-source'), JSON.stringify(none.findings));
      const past: MemoData = { ...m, stating: new Map([...m.stating].map(([k, v]) => [k, v.map((x, i) => (i % 2 ? x + 50 : x))])) };
      assert.deepEqual(run(WRONG, past).findings, fresh().findings);
    });

    it("keeps which places have the note's names within their reach (memo `reach`, nameReach.ts mayReachAll): each the corpus's own answer, and a hit answers from it (every place kept as out of reach: no source named)", () => {
      const first = run(WRONG);
      const m = first.memo!;
      assert.ok(m.reach.size > 0, 'reaches kept');
      const c = three();
      const gamma = c.sources[2];
      for (const [k, v] of m.reach) {
        const names = JSON.parse(k)[1] as string[];
        assert.ok(names.includes('gamma'), k);
        for (const x of v) {
          const p = c.passage(x >> 1);
          assert.equal((x & 1) === 1, new NameReach(names, undefined, c.derived(LEMMA_FORMS)).mayReachAll(c.sources[p.source], p), `passage ${x >> 1}`);
        }
        assert.ok(v.some((x) => x & 1 && c.passage(x >> 1).source === gamma.index), "Gamma's passage reached");
      }
      const again = run(WRONG, m);
      assert.deepEqual([again.findings, again.evidence], [first.findings, first.evidence]);
      const out: MemoData = { ...m, stating: new Map(m.stating), reach: new Map([...m.reach].map(([k, v]) => [k, v.map((x) => x & ~1)])) };
      const none = run(WRONG, out);
      assert.ok(first.findings.includes('figure-wrong-source'));
      assert.ok(!none.findings.includes('figure-wrong-source'), JSON.stringify(none.findings));
      assert.deepEqual(reachKey(['gamma'], undefined), reachKey(['gamma'], undefined));
      for (const other of [reachKey(['gamma', 'acme'], undefined), reachKey(['acme', 'gamma'], undefined), reachKey(['gamma'], new Map([['gamma', 'digest']]))]) assert.notEqual(other, reachKey(['gamma'], undefined));
    });

    it('the key is the figure but where it stands, and the search: the same figure elsewhere is a hit, another hedge, precision, unit, span, limit or tolerance a miss', () => {
      const f = { start: 3, end: 9, text: '12,500', value: 12500, kind: 'count', scale: 1, decimals: 0, sentence: 2 } as Figure;
      const k = statingKey(f, 0.02, 400, 0);
      assert.equal(statingKey({ ...f, start: 40, end: 46, sentence: 7, hedgeStart: 30 } as Figure, 0.02, 400, 0), k);
      for (const other of [{ ...f, hedge: 'approx' }, { ...f, decimals: 1 }, { ...f, text: '12.5k' }, { ...f, unit: 'USD' }, { ...f, high: 13000 }, { ...f, vague: true }] as Figure[]) assert.notEqual(statingKey(other, 0.02, 400, 0), k, JSON.stringify(other));
      assert.notEqual(statingKey(f, 0, 400, 0), k);
      assert.notEqual(statingKey(f, 0.02, 200, 0), k);
      assert.notEqual(statingKey(f, 0.02, 400, 0.1), k);
    });

    it(`bounded as rankings are: past ${MAX_MEMO_STATING} the run's own are saved, the others kept as fit`, () => {
      const own = run(WRONG).memo!;
      const kept = emptyMemoData(own.passages);
      for (let i = 0; i < MAX_MEMO_STATING; i++) kept.stating.set(`other ${i}`, []);
      const saved = run(WRONG, kept).memo!;
      assert.equal(saved.stating.size, MAX_MEMO_STATING);
      for (const k of own.stating.keys()) assert.ok(saved.stating.has(k), 'every search the check made is kept');
      assert.equal(saved.stating.has(`other ${MAX_MEMO_STATING - 1}`), false, 'the last of the others gave way');
    });
  });

  it('a memo of another numbering (another passage count) is not adopted: the check starts empty', () => {
    const m = checkWith(NOTE).memo!;
    for (const frames of m.frames.values()) for (const f of frames) Object.assign(f, { metric: ['zz-not-a-metric'], role: 'rank' });
    const other = { ...m, passages: m.passages + 1 };
    assert.equal(checkWith(NOTE, other).report, plain(NOTE));
    assert.equal(isMemoData(other, m.passages), false);
  });

  it('inert unless enabled: a store whose memo is not enabled records nothing', () => {
    const c = corpus();
    checkNote(NOTE, c);
    const memo = c.derived(CHECK_MEMO);
    assert.equal(memo.enabled, false);
    assert.equal(memo.get('frames', 0), undefined);
    assert.equal(memo.changed, undefined);
  });

  it(`bounded, what the run read first: past ${MAX_MEMO_RANKINGS} rankings the run's own are saved, the others kept as fit`, () => {
    const own = checkWith(NOTE).memo!;
    const kept = emptyMemoData(own.passages);
    for (let i = 0; i < MAX_MEMO_RANKINGS; i++) kept.rankings.set(`other ${i}`, []);
    for (const [k, v] of own.frames) kept.frames.set(k, v.slice(0, 1)); // (made further by the check: something added)
    const next = checkWith(NOTE, kept);
    assert.equal(next.report, plain(NOTE));
    const saved = next.memo!;
    assert.ok(saved, 'frames were made further');
    assert.equal(saved.rankings.size, MAX_MEMO_RANKINGS);
    for (const k of own.rankings.keys()) assert.ok(saved.rankings.has(k), 'every ranking the check asked for is kept');
    assert.equal(saved.rankings.has(`other ${MAX_MEMO_RANKINGS - 1}`), false, 'the last of the others gave way');
    assert.deepEqual([...saved.frames.keys()].sort(), [...own.frames.keys()].sort());
  });

  it('isMemoData rejects a passage id out of range, a ranking of a passage out of range, an entry of another type, a weight that is not a finite number of at least 0', () => {
    const n = corpus().passageCount;
    const ok = emptyMemoData(n);
    assert.ok(isMemoData(ok, n));
    const bad: MemoData[] = [
      { ...emptyMemoData(n), referable: new Map([[n, new Set(['x'])]]) },
      { ...emptyMemoData(n), rankings: new Map([['k', [{ pid: n, score: 1 }]]]) },
      { ...emptyMemoData(n), prior: new Map([[0, ['x'] as unknown as Set<string>]]) },
      { ...emptyMemoData(n), frames: new Map([[0, [{ role: 'level' } as never]]]) },
      { ...emptyMemoData(n), weights: new Map([['acme', -1]]) },
      { ...emptyMemoData(n), weights: new Map([['acme', Number.NaN]]) },
      { ...emptyMemoData(n), weights: new Map([['acme', '2' as unknown as number]]) },
      { ...emptyMemoData(n), weights: new Map([[3 as unknown as string, 2]]) },
      { ...emptyMemoData(n), weights: undefined as unknown as Map<string, number> },
      { ...emptyMemoData(n), stating: undefined as unknown as Map<string, number[]> },
      { ...emptyMemoData(n), stating: new Map([['k', [n, 0]]]) },
      { ...emptyMemoData(n), stating: new Map([['k', [0]]]) },
      { ...emptyMemoData(n), stating: new Map([['k', [0, -1]]]) },
      { ...emptyMemoData(n), stating: new Map([['k', [0, 1.5]]]) },
      { ...emptyMemoData(n), stating: new Map([['k', new Set([0, 1]) as never]]) },
      { ...emptyMemoData(n), stating: new Map([[3 as unknown as string, [0, 0]]]) },
      { ...emptyMemoData(n), reach: undefined as unknown as Map<string, number[]> },
      { ...emptyMemoData(n), reach: new Map([['k', [2 * n]]]) },
      { ...emptyMemoData(n), reach: new Map([['k', [-1]]]) },
      { ...emptyMemoData(n), reach: new Map([['k', [0.5]]]) },
      { ...emptyMemoData(n), reach: new Map([['k', 1 as never]]) },
      { ...emptyMemoData(n), reach: new Map([[3 as unknown as string, [0]]]) },
    ];
    assert.ok(isMemoData({ ...emptyMemoData(n), reach: new Map([['k', [2 * n - 1, 0]]]) }, n));
    assert.ok(isMemoData({ ...emptyMemoData(n), stating: new Map([['k', [n - 1, 7]]]) }, n));
    for (const b of bad) assert.equal(isMemoData(b, n), false);
    // (full names by source: a map of words to sets)
    assert.ok(isMemoData({ ...emptyMemoData(n), fullNames: new Map([[0, new Map([['pell', new Set(['walter'])]])]]) }, n));
    for (const v of [new Set(['pell']), new Map([['pell', ['walter']]]), new Map([[1, new Set(['walter'])]])])
      assert.equal(isMemoData({ ...emptyMemoData(n), fullNames: new Map([[0, v as never]]) }, n), false);
  });

  describe("a source's full names (frames/sourceFrames.ts fullNames: its first passages tokenized) are kept and answered from", () => {
    const MATCH =
      'Ostland hold on\n\nOstland held on for a 1-0 win at Northgate on Saturday. The result lifts them to fourth.\n\nPell scored the only goal early on, a low shot into the far corner.\n\nTheir keeper Jerzy Kowal was the hero of the afternoon.\n\nThe visitors pressed hard after the break. Their coach made two changes. The crowd grew restless. Rain began to fall. The home side sat deep.\n\nThen came a fantastic double save from Kowal on 54 minutes, and the lead held.\n';
    const NOTE_KOWAL = 'Jerzy Kowal made a double save on 64 minutes [@match].\n';
    const match = () => buildCorpus([{ path: '/s/match.txt', text: MATCH }]).corpus;
    const judged = (kept?: MemoData) => {
      const c = match();
      const memo = c.derived(CHECK_MEMO);
      memo.enable(c.passageCount, kept);
      const f = checkNote(NOTE_KOWAL, c).figures.find((x) => x.figure.text === '64 minutes')!;
      return { said: `${f.verdict} ${f.evidence[0]?.figure?.text ?? ''}`.trim(), memo: memo.changed };
    };

    it('kept by a check, and a check from the memo reports what a fresh one does', () => {
      const f = checkNote(NOTE_KOWAL, match()).figures.find((x) => x.figure.text === '64 minutes')!;
      const first = judged();
      assert.equal(first.said, 'contradicted 54 minutes', '"Kowal" is the "Jerzy Kowal" the story named in full, sentences beyond reach before');
      assert.equal(`${f.verdict} ${f.evidence[0]?.figure?.text}`, first.said);
      assert.deepEqual([...first.memo!.fullNames.get(0)!.get('kowal')!], ['jerzy']);
      assert.equal(judged(first.memo).said, 'contradicted 54 minutes');
    });

    it('a hit answers from what was kept: the kept full names emptied, "Kowal" is no longer "Jerzy Kowal"', () => {
      const m = judged().memo!;
      m.fullNames.set(0, new Map());
      assert.notEqual(judged(m).said, 'contradicted 54 minutes');
    });
  });
});

describe('check memo: its file', () => {
  it('reads back as written; another build is a miss (the file discarded with a log line)', async () => {
    const store = new MemoryCacheStore();
    const log: string[] = [];
    const v1 = new ResultCache({ store, name: 'index-x', version: 1, log: (m) => log.push(m) });
    const v2 = new ResultCache({ store, name: 'index-x', version: 2, log: (m) => log.push(m) });
    const m = checkWith(NOTE).memo!;
    await v1.saveMemo('fp', m);
    const back = await v1.memo('fp', m.passages);
    assert.ok(back);
    assert.equal(checkWith(EDITED, back).report, plain(EDITED));
    assert.deepEqual([...back.frames.keys()], [...m.frames.keys()]);
    assert.equal(await v1.memo('fp2', m.passages), undefined, 'another fingerprint: another file');
    assert.equal(await v2.memo('fp', m.passages), undefined);
    assert.match(log.join('\n'), /result cache memory\/index-x\.memo\.fp\.gres discarded: made by engine version 1, not 2/);
    assert.equal(store.files.size, 0);
  });

  it('a memo that cannot be written (not plain data) is not kept, with a log line, and nothing is thrown', async () => {
    const store = new MemoryCacheStore();
    const log: string[] = [];
    const c = new ResultCache({ store, name: 'index-x', log: (m) => log.push(m) });
    const m = emptyMemoData(3);
    m.rankings.set('k', (() => []) as never);
    await c.saveMemo('fp', m);
    assert.equal(store.files.size, 0);
    assert.match(log.join('\n'), /the check memo not kept/);
  });

  it('a file of another passage count, or whose data is not a memo, is discarded with a log line', async () => {
    const store = new MemoryCacheStore();
    const log: string[] = [];
    const c = new ResultCache({ store, name: 'index-x', log: (m) => log.push(m) });
    const m = checkWith(NOTE).memo!;
    await c.saveMemo('fp', m);
    assert.equal(await c.memo('fp', m.passages + 1), undefined);
    assert.equal(log.length, 1);
    await c.saveMemo('fp', { ...m, rankings: new Map([['k', [{ pid: m.passages + 5, score: 1 }]]]) });
    assert.equal(await c.memo('fp', m.passages), undefined);
    assert.equal(log.length, 2);
    assert.match(log[1], /discarded: not the entry of this key/);
  });
});


describe('check memo: grounded check', () => {
  let dir: string;
  let cache: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grounded-check-memo-'));
    cache = path.join(dir, '.cache');
    writeSource(dir, 'sources/acme.txt', ACME);
    writeSource(dir, 'sources/beta.txt', BETA);
    fs.mkdirSync(path.join(dir, 'notes'));
    fs.writeFileSync(path.join(dir, 'notes/n.md'), NOTE);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const check = (withCache = true) => grounded(dir, ['check', '--sources', 'sources', ...(withCache ? ['--cache', cache] : ['--no-cache']), '--format', 'json', 'notes/n.md']);
  const memoFiles = () => fs.readdirSync(cache).filter((f) => f.includes('.memo.'));
  const edit = (text: string) => fs.writeFileSync(path.join(dir, 'notes/n.md'), text);

  it('keeps a memo with the corpus; a note edited is checked from it, its report an uncached check’s', async () => {
    await check();
    assert.equal(memoFiles().length, 1);
    edit(EDITED);
    const run = await check();
    const uncached = await check(false);
    assert.equal(run.stdout, uncached.stdout);
    assert.equal(run.stderr, '');
  });

  it('a kept memo altered is answered from (a hit), and a source changed is a miss: another fingerprint, another memo', async () => {
    await check();
    const [file] = memoFiles();
    // the memo read back through its file's own fingerprint, every kept frame altered, written back
    const blob = decode<{ fingerprint: string; passages: number }>(fs.readFileSync(path.join(cache, file)), RESULT_VERSION);
    assert.ok(!('reject' in blob));
    const { fingerprint, passages } = blob.meta;
    const results = new ResultCache({ store: new DiskCacheStore(cache), name: file.split('.memo.')[0] });
    const m = (await results.memo(fingerprint, passages))!;
    assert.ok(m);
    for (const frames of m.frames.values()) for (const f of frames) Object.assign(f, { metric: ['zz-not-a-metric'], role: 'rank' });
    await results.saveMemo(fingerprint, m);
    edit(EDITED);
    const uncachedEdited = (await check(false)).stdout;
    const hit = await check();
    assert.notEqual(hit.stdout, uncachedEdited, 'the altered frames were read');
    // the source changed (the same length: the same passages): the altered memo is not this corpus's
    writeSource(dir, 'sources/acme.txt', ACME.replace('12,500', '15,500'), 30);
    const run = await check();
    assert.equal(run.stdout, (await check(false)).stdout);
    assert.equal(JSON.parse(run.stdout).notes[0].figures.find((f: { value: number }) => f.value === 15500).verdict, 'supported');
    assert.equal(memoFiles().length, 2, 'one memo per corpus');
  });

  it('a corrupt memo file is discarded with a log line, the note checked as uncached and the memo written whole again', async () => {
    await check();
    const [file] = memoFiles();
    const p = path.join(cache, file);
    const bytes = fs.readFileSync(p);
    bytes[bytes.length - 10] ^= 0xff;
    fs.writeFileSync(p, bytes);
    edit(EDITED);
    const run = await check();
    assert.match(run.stderr, /result cache .*\.memo\..*discarded/);
    assert.equal(run.stdout, (await check(false)).stdout);
    assert.equal(memoFiles().length, 1);
    edit(EDITED + '\nMore words.\n');
    const next = await check();
    assert.equal(next.stderr, '', 'the memo written again reads whole');
  });

  it('two runs at once on one cache folder: both report what an uncached check does, and the memo left reads whole', async () => {
    const uncached = (await check(false)).stdout;
    const [a, b] = await Promise.all([check(), check()]);
    assert.equal(a.stdout, uncached);
    assert.equal(b.stdout, uncached);
    assert.equal(memoFiles().length, 1);
    edit(EDITED);
    const after = await check();
    assert.equal(after.stderr, '');
    assert.equal(after.stdout, (await check(false)).stdout);
    assert.equal(fs.readdirSync(cache).filter((f) => f.endsWith('.tmp')).length, 0);
  });
});
