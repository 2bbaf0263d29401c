// The figure reading and the engine's bookkeeping at edges seed 20 of the mutation sample found
// untested (StrykerJS, seed 20, engine/figures and engine top-level survivors), in made-up
// sentences. Each case fails with its seed-20 mutant applied and passes without it; the file and
// line in each title are those of the draw (commit bd73b0b).
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { describeFigure, extractFigures, readsBack } from '../../server/src/engine/figures';
import { unmadeRows } from '../../server/src/engine/lazyPassages';
import { emptyMemoData, isMemoData } from '../../server/src/engine/memo';
import { listWhole, PostingWriter } from '../../server/src/engine/postingList';
import { buildSource, withIndex } from '../../server/src/engine/sources';
import { termOf, tokenize } from '../../server/src/engine/text';
import { folderSet, InMemoryFileSystem, SourceIndex } from '../../server/src/engine/workspace';
import { builtAndLazy } from '../helpers/lazySources';

/** The figures of `text` (or of text[start, end)) as "text kind value [unit]". */
function read(text: string, start = 0, end = text.length): string[] {
  return extractFigures(text, start, end).map((f) => [f.text, f.kind, f.value, f.unit].filter((x) => x !== undefined).join(' '));
}

describe('seed 20 survivors: figures', () => {
  it('a code fence after an old Mac line end (a bare \\r) still opens a fenced block (chars.ts atLineStartStrict)', () => {
    assert.deepEqual(read('Setup notes\r```\nretry 40 times\n\nwait 41 seconds\n```\nThe rig ran 12 hours.'), ['12 hours duration 12 hour']);
    // (and a hyphen there is a list bullet, no minus sign)
    assert.deepEqual(read('Stock list\r-12 crates arrived.'), ['12 count 12']);
  });

  it('a year whose digits run on past the end of the range read is still a year there (chars.ts yearAhead)', () => {
    const text = 'Sales fell 3 in 20195 units';
    const end = text.indexOf('5 units');
    assert.deepEqual(read(text, 0, end), read(text.slice(0, end)));
    assert.deepEqual(read(text, 0, end), ['3 count 3', '2019 year 2019']);
  });

  it('a bare scaled figure after a currency comparison takes the currency when a full stop or a comma follows it (elliptic.ts)', () => {
    for (const s of ['Profit fell from £3.1bn to 2.9bn. Shares dropped sharply.', 'Profit fell from £3.1bn to 2.9bn, analysts said.']) {
      assert.deepEqual(read(s), ['£3.1bn currency 3100000000 GBP', '2.9bn currency 2900000000 GBP'], s);
    }
  });

  it('"three-quarters" hyphenated is a share with no "of" after it (numberWords.ts hyphenAdjective)', () => {
    assert.deepEqual(read('The bridge is three-quarters finished.'), ['three-quarters percent 75 percent']);
  });

  it('"twenty-one-second" is no ordinal (numberWords.ts hyphenAdjective)', () => {
    for (const s of ['There was a twenty-one-second pause.', 'He came twenty one-second behind.']) {
      assert.equal(read(s).some((f) => f.includes('ordinal')), false, `${s}: ${read(s).join('; ')}`);
    }
  });

  it('a number grouped with a no-break, narrow or thin space is a count, never a year (numerals.ts integerPart)', () => {
    for (const [s, fig] of [['The town had 2\u00a0019 residents.', '2\u00a0019'], ['About 1\u202f950 people came.', '1\u202f950'], ['They sold 2\u2009000 cars.', '2\u2009000']]) {
      assert.deepEqual(read(s), [`${fig} count ${fig.replace(/\D/g, '')}`], s);
    }
  });

  it('a fix that writes a named fraction reads back as the percentage it stands for (readBack.ts near)', () => {
    const text = 'About two-thirds of the crew agreed.';
    const like = extractFigures(text)[0];
    const [from, to] = [text.indexOf('two'), text.indexOf(' of')];
    assert.equal(readsBack(text, from, to, like, [200 / 3, undefined]), true, 'two-thirds is 66.67%');
    assert.equal(readsBack(text, from, to, like, [66.7, undefined]), false, 'but not 66.7%');
  });

  it('a round figure is described with its own scale word: "1 million", "$1 billion" (render.ts describeNumber)', () => {
    const described = (t: string) => describeFigure(extractFigures(t)[0]);
    assert.equal(described('The firm hired 1 million people.'), '1 million');
    assert.equal(described('The firm hired 1,000 million people.'), '1 billion');
    assert.equal(described('The bridge cost $1bn.'), '$1 billion');
  });
});

describe('seed 20 survivors: engine', () => {
  it('a line that is only "0" is a passage holding its figure (sources.ts hasAlnum)', () => {
    const text = 'Tally of wins\n\n0\n';
    const s = buildSource(0, '/ws/sources/tally.txt', text);
    assert.deepEqual(s.passages.map((p) => [text.slice(p.start, p.end), p.figures.map((f) => f.text)]), [['Tally of wins', []], ['0', ['0']]]);
  });

  it('a single letter is no search term, as a stop word is not: "Plan B", "Vitamin K" (text.ts termOf)', () => {
    for (const w of ['B', 'k', 'x', 'é']) assert.equal(termOf(w), '', w);
    assert.deepEqual(tokenize('Plan B cost k more').map((t) => t.term), ['plan', 'cost']);
    assert.equal(termOf('ox'), 'ox');
  });

  it('a source restored unopened and moved to another index shares the line starts it had already made (lazyPassages.ts lazyAt)', () => {
    const { lazy } = builtAndLazy([{ path: '/ws/sources/quay.txt', text: 'Quay\n\nThe quay at Tarrow took 14 boats.\n\nIt shut in 2010.\n' }]);
    const starts = lazy[0].lineStarts;
    const moved = withIndex(lazy[0], 3);
    assert.ok(unmadeRows(moved), 'its passages are still not made');
    assert.equal(moved.index, 3);
    assert.equal(moved.lineStarts, starts, 'the same line starts, not made again');
  });

  it('a kept memo keyed by a negative or fractional passage id is refused (memo.ts isMemoData)', () => {
    const withFrameKey = (k: number) => {
      const m = emptyMemoData(4);
      (m.referable as Map<number, unknown>).set(k, new Set());
      return m;
    };
    assert.equal(isMemoData(withFrameKey(2), 4), true);
    for (const k of [-1, 1.5, 4]) assert.equal(isMemoData(withFrameKey(k), 4), false, String(k));
  });

  it('a posting list with a passage twice (a gap of 0: the ids are not ascending) or one past the corpus is not whole (postingList.ts listWhole)', () => {
    const list = (pids: number[]) => {
      const w = new PostingWriter(16);
      w.startTerm();
      for (const pid of pids) w.add(pid, 1);
      return w.finish();
    };
    const whole = (pids: number[]) => {
      const b = list(pids);
      return listWhole(b, 0, b.length, pids.length, 5);
    };
    assert.equal(whole([0, 2, 4]), true);
    assert.equal(whole([2, 2]), false, 'twice');
    assert.equal(whole([1, 5]), false, 'past the corpus');
  });

  it('a layered change counts the passages that left and came, no kept one (postingLayers.ts updateLayers)', async () => {
    const dir = '/w/sources';
    const files: Record<string, string> = {};
    for (let i = 0; i < 100; i++) files[path.join(dir, `m${String(i).padStart(2, '0')}.txt`)] = `Mill ${i}\n\nThe mill at Orrin ground ${i + 10} tonnes of rye.\n`;
    const fsys = new InMemoryFileSystem(files);
    const index = new SourceIndex(fsys, { sets: [folderSet(dir)], exclude: [], maxSourceSizeKB: 1024 });
    await index.update();
    const p = path.join(dir, 'm20.txt');
    fsys.write(p, 'Mill twenty\n\nThe mill at Pellow ground 9 tonnes of oats. It closed in 2011.\n');
    await index.update({ changed: new Set([p]) });
    // (two passages left, three came; the first source's passages kept their ids, the first of them 0)
    assert.equal(index.corpus.layers.changed, 5);
  });
});
