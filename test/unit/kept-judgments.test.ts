// A note's figure judgments kept by the result cache between runs of `grounded check`
// (cli/keptJudgments.ts): a note edited in one paragraph is checked again with the judgments of its
// other paragraphs taken from its last run (engine/check/reuse.ts, as the language server takes them
// within a session) — and every report is byte-identical to an uncached check's. Whatever else a
// judgment may read is another key, so nothing is taken: a source edited or added (another corpus
// fingerprint), an earlier sentence of the same paragraph (another block key). A damaged file is
// discarded with a log line; the references to the index come back as the corpus's own objects.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { grounded, writeSource } from '../helpers/cliRuns';
import { checkNote } from '../../server/src/engine/check';
import { Judgments } from '../../server/src/engine/check/reuse';
import { Corpus } from '../../server/src/engine/corpus';
import { buildSource } from '../../server/src/engine/sources';
import { decodeJudgments, encodeJudgments } from '../../server/src/cli/keptJudgments';
import { DEFAULT_HEDGE_TOLERANCE } from '../../server/src/engine/check/policy';
import type { NoteFigure } from '../../server/src/engine/notes';
import type { FigureResult } from '../../server/src/engine/check/report';

const KELLMOUTH = '---\nid: kellmouth\n---\n\nThe port of Kellmouth handled 41,300 containers in 2021, up 6% on the year before.\n\nIts operator, Tidewell, employs 820 dock workers.\n';
const BRANNOCK = '---\nid: brannock\n---\n\nGrowers in the Brannock valley picked 9,600 tonnes of apples in 2022.\n\nThe valley has 140 orchards.\n';
// (paragraphs set apart by more than VERDICT_POLICY.restReach characters without a figure: a
// judgment reads that far past its figure, and an edit within that reach is the earlier block's too)
const GAP = 'These lines are only here to keep the paragraphs apart, further than a judgment reads past its own figure, and hold none.';
const NOTE = [
  '# Two places',
  '',
  GAP,
  '',
  'Kellmouth handled 41,300 containers in 2021 [@kellmouth]. Tidewell employs 820 dock workers.',
  '',
  GAP,
  '',
  'Growers in the Brannock valley picked 9,600 tonnes of apples in 2022 [@brannock].',
  '',
  GAP,
  '',
  'The valley has 150 orchards [@brannock].',
  '',
  GAP,
  '',
  'Brannock growers sold 2,300 bottles of perry at the fair [@brannock].',
  '',
].join('\n');

const PERRY = '---\nid: perry\n---\n\nBrannock growers sold 2,300 bottles of perry at the fair, its organisers said.\n';

function workspace(): { dir: string; cache: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grounded-kept-judgments-'));
  writeSource(dir, 'sources/kellmouth.md', KELLMOUTH);
  writeSource(dir, 'sources/brannock.md', BRANNOCK);
  fs.mkdirSync(path.join(dir, 'notes'));
  fs.writeFileSync(path.join(dir, 'notes/n.md'), NOTE);
  return { dir, cache: path.join(dir, '.cache') };
}

const check = (dir: string, cache: string | undefined) => grounded(dir, ['check', '--sources', 'sources', ...(cache ? ['--cache', cache] : ['--no-cache']), '--format', 'json', 'notes/n.md']);
const files = (cache: string, part: string) => (fs.existsSync(cache) ? fs.readdirSync(cache).filter((f) => f.includes(part)) : []);
const edit = (dir: string, from: string, to: string) => {
  const p = path.join(dir, 'notes/n.md');
  const text = fs.readFileSync(p, 'utf8');
  assert.ok(text.includes(from), `no "${from}" in the note`);
  fs.writeFileSync(p, text.replace(from, to));
};
const verdictOf = (stdout: string, value: number) => (JSON.parse(stdout).notes[0].figures as { value: number; verdict: string }[]).find((f) => f.value === value)?.verdict;

describe('result cache: a note edited in one paragraph keeps the judgments of the others from its last run', () => {
  let ws: { dir: string; cache: string };
  /** The figures (their text) whose judgments the engine took from the previous check, since the test began. */
  let taken: string[];
  const take = Judgments.prototype.take;
  beforeEach(() => {
    ws = workspace();
    taken = [];
    Judgments.prototype.take = function (this: Judgments, ...args: Parameters<typeof take>) {
      const r: FigureResult | undefined = take.apply(this, args);
      if (r) taken.push((args[1] as NoteFigure).text);
      return r;
    };
  });
  afterEach(() => {
    Judgments.prototype.take = take;
    fs.rmSync(ws.dir, { recursive: true, force: true });
  });

  it("one paragraph edited: the others' figures taken, the edited one's judged again, the report an uncached check's", async () => {
    const first = await check(ws.dir, ws.cache);
    assert.equal(first.stdout, (await check(ws.dir, undefined)).stdout);
    assert.equal(files(ws.cache, '.judg.').length, 1, "the note's judgments kept");
    assert.equal(taken.length, 0, 'nothing to take on the first run');
    edit(ws.dir, '150 orchards', '140 orchards');
    const run = await check(ws.dir, ws.cache);
    const uncached = await check(ws.dir, undefined);
    assert.equal(run.stdout, uncached.stdout);
    assert.equal(run.code, uncached.code);
    assert.equal(verdictOf(run.stdout, 140), 'supported', 'the edited figure judged again');
    assert.ok(taken.includes('41,300') && taken.includes('9,600') && taken.includes('2,300'), `taken: ${taken}`);
    assert.ok(!taken.includes('140'), 'the edited paragraph is judged again');
  });

  it('a sentence added at the top: every paragraph moves, its figures taken where they now are', async () => {
    await check(ws.dir, ws.cache);
    edit(ws.dir, '# Two places\n', '# Two places\n\nAdded at the top: Kellmouth handled 41,000 containers [@kellmouth].\n');
    const run = await check(ws.dir, ws.cache);
    assert.equal(run.stdout, (await check(ws.dir, undefined)).stdout);
    assert.ok(taken.includes('150') && taken.includes('9,600'), `taken: ${taken}`);
  });

  it("an earlier sentence of a paragraph edited (what a later one's figure may refer to): the paragraph judged again", async () => {
    await check(ws.dir, ws.cache);
    edit(ws.dir, 'Tidewell employs 820', 'Brannock employs 820');
    const run = await check(ws.dir, ws.cache);
    assert.equal(run.stdout, (await check(ws.dir, undefined)).stdout);
    assert.ok(!taken.includes('820') && !taken.includes('41,300'), `taken: ${taken}`);
    assert.ok(taken.includes('150'), 'the other paragraphs taken');
  });

  it("a wrong source's judgment taken: its evidence and its wrong source one object again (no \"Also in\" the same source)", async () => {
    writeSource(ws.dir, 'sources/perry.md', PERRY);
    const first = await check(ws.dir, ws.cache);
    assert.ok(JSON.parse(first.stdout).notes[0].figures.find((f: { value: number }) => f.value === 2300).wrongSource, 'stated in another source than the cited');
    edit(ws.dir, '150 orchards', '140 orchards');
    const run = await check(ws.dir, ws.cache);
    assert.ok(taken.includes('2,300'), `taken: ${taken}`);
    assert.equal(run.stdout, (await check(ws.dir, undefined)).stdout);
    assert.doesNotMatch(run.stdout, /Also in perry/);
  });

  for (const [what, change, value, before] of [
    ['a cited source edited', (dir: string) => writeSource(dir, 'sources/brannock.md', BRANNOCK.replace('140 orchards', '150 orchards'), 30), 150, 'contradicted'],
    ['a source added (the wrong-source search finds the figure there)', (dir: string) => writeSource(dir, 'sources/perry.md', PERRY), 2300, 'unverified'],
  ] as const) {
    it(`${what}: nothing taken (another corpus), the report an uncached check's`, async () => {
      const first = await check(ws.dir, ws.cache);
      assert.equal(verdictOf(first.stdout, value), before);
      change(ws.dir);
      edit(ws.dir, '41,300 containers', '41,200 containers');
      const run = await check(ws.dir, ws.cache);
      const uncached = await check(ws.dir, undefined);
      assert.equal(run.stdout, uncached.stdout);
      assert.equal(taken.length, 0, `taken: ${taken}`);
      const after = JSON.parse(run.stdout).notes[0].figures.find((f: { value: number }) => f.value === value);
      assert.ok(after.verdict !== before || after.wrongSource, `the change changes the figure's report (${JSON.stringify(after.verdict)})`);
    });
  }

  it('a damaged file of judgments is discarded with a log line; the note checked in full, its report as uncached', async () => {
    await check(ws.dir, ws.cache);
    const [name] = files(ws.cache, '.judg.');
    const p = path.join(ws.cache, name);
    const bytes = fs.readFileSync(p);
    bytes[bytes.length - 3] ^= 0xff;
    fs.writeFileSync(p, bytes);
    edit(ws.dir, '150 orchards', '140 orchards');
    const run = await check(ws.dir, ws.cache);
    assert.equal(run.stdout, (await check(ws.dir, undefined)).stdout);
    assert.match(run.stderr, /\.judg\..*discarded/);
    assert.equal(taken.length, 0, `taken: ${taken}`);
    assert.equal(files(ws.cache, '.judg.').length, 1, 'written afresh');
  });
});

describe("kept judgments: their references to the index come back as the corpus's own objects, and what was one object is one", () => {
  it('sources, passages and figures restored by identity; a reference out of range is no data', () => {
    const corpus = new Corpus([buildSource(0, '/ws/sources/kellmouth.md', KELLMOUTH), buildSource(1, '/ws/sources/brannock.md', BRANNOCK), buildSource(2, '/ws/sources/perry.md', PERRY)]);
    const report = checkNote(NOTE, corpus, { keepJudgments: true });
    const data = encodeJudgments(report.judgments!, corpus)!;
    assert.ok(data.blocks.length >= 3);
    const back = decodeJudgments(structuredClone(data), corpus, DEFAULT_HEDGE_TOLERANCE, undefined)!;
    let evidence = 0;
    for (const [, places] of back.byBlock) {
      for (const [, kept] of places) {
        for (const e of kept.result.evidence) {
          evidence++;
          assert.equal(e.source, corpus.sources[e.source.index]);
          assert.equal(e.passage, corpus.passage(corpus.pid(e.passage)));
          if (e.figure) assert.ok(e.passage.figures.includes(e.figure));
        }
      }
    }
    assert.ok(evidence > 0);
    // (a wrong source is its result's first evidence, as when it was judged: one object)
    const wrong = [...back.byBlock.values()].flatMap((m) => [...m.values()]).filter((k) => k.result.wrongSource);
    assert.ok(wrong.length > 0);
    for (const k of wrong) assert.equal(k.result.wrongSource, k.result.evidence[0]);
    // the next check over them reports what a fresh one does
    const again = checkNote(NOTE, corpus, { previous: back, keepJudgments: true });
    assert.deepEqual(again.diagnostics, checkNote(NOTE, corpus).diagnostics);
    // a judgment holding what a structured clone would not read back as it was (an object of a class) is not kept
    class Odd {
      x = 1;
    }
    const [[bk, places]] = report.judgments!.byBlock;
    const [pk, first] = [...places][0];
    const odd = { ...report.judgments!, byBlock: new Map([[bk, new Map([[pk, { ...first, result: { ...first.result, frame: { ...first.result.frame!, odd: new Odd() } as never } }]])]]) };
    assert.equal(encodeJudgments(odd, corpus), undefined);
    const fine = { ...report.judgments!, byBlock: new Map([[bk, new Map([[pk, first]])]]) };
    assert.equal(encodeJudgments(fine, corpus)?.blocks.length, 1);
    const bad = structuredClone(data);
    bad.refs.push([1, corpus.passageCount]);
    assert.equal(decodeJudgments(bad, corpus, DEFAULT_HEDGE_TOLERANCE, undefined), undefined);
    assert.equal(decodeJudgments({ refs: [], blocks: [['x', [['y', { names: 1 }]]]] }, corpus, DEFAULT_HEDGE_TOLERANCE, undefined), undefined);
  });
});
