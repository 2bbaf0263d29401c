// The checker at edges seed 10 of the mutation sample found untested (scripts/mutate-sample.mjs
// --seed 10, README "Tests"): a rate per month against a quarter's total, a note's "~" hedge in a
// fix's title, the verdict of a figure stated on another page than the one cited, a misquoted
// figure beside a supported one, a value the source gives for another month, figures quoted together,
// attributions (", UK Coal said").
// Each case fails with its seed-10 mutant applied.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { align } from '../../server/src/engine/check/alignment';
import { checkNote } from '../../server/src/engine/check';
import { attributions } from '../../server/src/engine/check/stretches';
import { extractFigures } from '../../server/src/engine/figures';
import { frameTokens } from '../../server/src/engine/frames/tokens';
import type { ClaimFrame, Period } from '../../server/src/engine/frames/frame';
import { Lexicon } from '../../server/src/engine/frames/lexicon';
import type { FrameSide } from '../../server/src/engine/frames/sourceFrames';
import { InMemoryFileSystem, loadWorkspace } from '../../server/src/engine/workspace';
import { checkAgainst, resultOf } from './check-helpers';

function side(over: Partial<ClaimFrame> = {}): FrameSide {
  return { frame: { role: 'level', metric: [], counted: 0, subject: [], names: [], namesBefore: 0, context: new Map(), period: {}, ...over }, referable: new Set(), inheritedPeriod: {} };
}

describe('seed 10 survivors: the checker', () => {
  it('a rate per month against a total over a quarter, a half or a year of the source: the total over that many months', () => {
    const lex = new Lexicon();
    const scale = (period: Period) => align(side({ per: 'month' }), side({ period }), () => 1, lex).perScale;
    // a quarter is three months, a half six, a year twelve
    assert.ok(Math.abs(scale({ year: 2020, quarter: 1 })! - 1 / 3) < 1e-9, String(scale({ year: 2020, quarter: 1 })));
    assert.ok(Math.abs(scale({ year: 2020, half: 1 })! - 1 / 6) < 1e-9);
    assert.ok(Math.abs(scale({ year: 2020 })! - 1 / 12) < 1e-9);
  });

  it('a fix of a note’s "~8%" names it as written, "~" glued to the figure', () => {
    const r = checkAgainst({ 'a.md': '---\ntitle: A\n---\n\nAcme sales rose about 5% in 2020.\n' }, 'Acme sales rose ~8% in 2020 [@a].\n');
    const f = resultOf(r, '8%');
    assert.equal(f.verdict, 'contradicted');
    assert.deepEqual(f.fixes.map((x) => x.title), ['Replace ~8% with about 5% (as a says)', 'Replace ~8% with 5% (without "about")']);
  });

  it('a figure stated on another page of the cited source than the page cited is supported, with that page', async () => {
    const pdf = new Uint8Array(fs.readFileSync(path.resolve(__dirname, '../../examples/sources/005-calder-grid-review.pdf')));
    const mem = new InMemoryFileSystem({ '/ws/sources/calder.pdf': pdf });
    const corpus = (await loadWorkspace(mem, [{ root: '/ws', globs: ['sources/**/*'] }], { exclude: [], maxSourceSizeKB: 10240 })).corpus;
    const r = checkNote('The gas-fired plant at Tollan Point ran for only 410 hours in 2024 [@calder, p. 3].\n', corpus);
    const f = r.figures.find((x) => x.figure.text === '410 hours')!;
    assert.equal(f.verdict, 'supported');
    assert.equal(f.wrongPage?.passage.page, 2);
  });

  it('a figure beside a supported one, its counterpart in the source differing: contradicted, the neighbour lending it its metric', () => {
    const loss = checkAgainst({ 'z.md': '---\ntitle: Zedco\n---\n\nZedco was relegated in 2003. The club managed to cut its losses last year from £30.4m to £2.5m after selling players.\n' }, 'Zedco narrowed its annual loss from £30.4m to £25m [@z].\n');
    assert.equal(resultOf(loss, '£30.4m').verdict, 'supported');
    assert.deepEqual([resultOf(loss, '£25m').verdict, resultOf(loss, '£25m').fixes[0]?.title], ['contradicted', 'Replace £25m with £2.5m (from z)']);
    const clock = checkAgainst({ 'z.md': '---\ntitle: Zeta\n---\n\nThe hosts cut the gap to 18-12 with 10 minutes left and nearly scored.\n' }, 'The hosts closed to 18-12 with 15 minutes left [@z].\n');
    assert.deepEqual([resultOf(clock, '15 minutes').verdict, resultOf(clock, '15 minutes').fixes[0]?.title], ['contradicted', 'Replace 15 minutes with 10 minutes (from z)']);
  });

  it('the note’s value stated for another month in words that measure something else does not save it: the month’s own value contradicts', () => {
    const r = checkAgainst({ 'z.md': '---\ntitle: Zeta\n---\n\nOfficial data also showed retail spending - which drives most of the Zeta economy - grew just 0.3% last month. The figure was weaker than forecast and fell short of the 0.9% rise in May.\n' }, 'Zeta retail spending grew 0.9% in June [@z].\n');
    assert.deepEqual([resultOf(r, '0.9%').verdict, resultOf(r, '0.9%').fixes[0]?.title], ['contradicted', 'Replace 0.9% with 0.3% (from z)']);
  });

  it('two figures of a sentence stated together in one passage, in order, support each other', () => {
    const r = checkAgainst({ 's.md': '---\ntitle: Skybox\n---\n\nSkybox boxes come in two versions - a 20GB version for £99 and a 160GB version for £399. Skybox also charges a £10 fee.\n' }, 'Skybox costs £99 for the 20GB model and £399 for the 160GB one [@s].\n');
    assert.deepEqual(r.figures.map((f) => `${f.figure.text} ${f.verdict}`), ['£99 supported', '20GB supported', '£399 supported', '160GB supported']);
  });

  it('an attribution is a name and its verb after a comma (", UK Coal said"); a sentence that opens on the name has none', () => {
    const lex = new Lexicon();
    const attributed = (s: string) => {
      const t = frameTokens(s, 0, s.length, extractFigures(s), lex, (low) => lex.knows(low) && lex.ordinaryOpener(low));
      return [...attributions(t)].map((i) => t[i].low);
    };
    assert.deepEqual(attributed('Sales rose 5%, UK Coal said.'), ['uk', 'coal', 'said']);
    assert.deepEqual(attributed('Sales rose 5%, UK Coal said, in May.'), ['uk', 'coal', 'said']);
    assert.deepEqual(attributed('UK Coal said.'), []);
  });
});
