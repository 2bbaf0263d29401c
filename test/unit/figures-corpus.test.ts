// Figure extraction over every article of the BBC News corpus (../shared/corpora/bbc-news): spans,
// values and ranges consistent, no name taken for a figure, and a few articles spot-checked. Its own
// file so that mutation runs (test/mutate.mocharc.cjs) can leave this corpus-wide test out.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { extractFigures } from '../../server/src/engine/figures';
import type { Figure } from '../../server/src/engine/types';
import { requirePrerequisite } from '../prerequisites';

describe('figures: BBC corpus sanity', function () {
  const dir = path.resolve(__dirname, '../../../shared/corpora/bbc-news');
  let files: string[] = [];
  before(function () {
    requirePrerequisite(this, 'the BBC News corpus', fs.existsSync(dir) ? undefined : `no ${dir}`, 'put the shared corpora next to the repository (../shared/corpora/bbc-news)');
    files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt'));
  });

  it('extracts consistent figures from every article', function () {
    this.timeout(60000);
    let total = 0;
    const NAME_LIKE = /^[A-Z]+\d|\d(?!bn\b|tn\b|mn\b|pc\b|trn\b)[a-z]{2,}/;
    for (const f of files) {
      const text = fs.readFileSync(path.join(dir, f), 'utf8');
      for (const g of extractFigures(text)) {
        total++;
        assert.equal(text.slice(g.start, g.end), g.text, `${f}: span`);
        assert.ok(Number.isFinite(g.value), `${f}: value of ${g.text}`);
        // a score's or betting odds' second number may be lower than (or equal to) its first
        if (g.high !== undefined) assert.ok(Number.isFinite(g.high) && (g.high > g.value || g.kind === 'score' || g.kind === 'odds'), `${f}: range ${g.text}`);
        // (a race time in parts ends in its unit, glued or not: "three minutes 49.89secs")
        const suffixed = g.kind === 'quarter' || g.kind === 'ordinal' || g.kind === 'measure' || g.kind === 'date' || g.kind === 'time' || g.joined === true;
        if (!suffixed && !g.text.startsWith('&#')) assert.ok(!NAME_LIKE.test(g.text), `${f}: name-like figure ${g.text}`);
        // names in this corpus: "Radio 4", "Channel 4", "Euro 2004", "Windows 2000", "FTSE 100", "Xbox 2"
        const before = text.slice(Math.max(0, g.start - 8), g.start);
        if (!g.words) assert.ok(!/(Radio|Channel|Euro|Windows|FTSE|Xbox|Halo|Doom|Shrek) $/.test(before), `${f}: name part ${before}${g.text}`);
        if (g.hedgeStart !== undefined) assert.equal(text.slice(g.hedgeStart, g.hedgeStart + g.hedgeText!.length), g.hedgeText);
      }
    }
    assert.ok(total > 10000, `expected many figures, got ${total}`);
  });

  function figsOf(file: string): Figure[] {
    return extractFigures(fs.readFileSync(path.join(dir, file), 'utf8'));
  }

  it('spot-check business_001: $1.13bn, 464,000, 76%', () => {
    const f = figsOf('business_001.txt');
    assert.ok(f.some((g) => g.text === '$1.13bn' && g.value === 1.13e9 && g.unit === 'USD'));
    assert.ok(f.some((g) => g.text === '464,000' && g.value === 464000 && g.kind === 'count'));
    assert.ok(f.some((g) => g.text === '76%' && g.value === 76 && g.kind === 'percent'));
  });
  it('spot-check tech_148: more than six million iPods', () => {
    const f = figsOf('tech_148.txt');
    assert.ok(f.some((g) => g.text === 'six million' && g.value === 6e6 && g.hedge === 'over' && g.hedgeText === 'more than'));
  });
  it('spot-check business_289: 12-18 months', () => {
    const f = figsOf('business_289.txt');
    assert.ok(f.some((g) => g.text === '12-18 months' && g.kind === 'duration' && g.value === 12 && g.high === 18));
  });
  it('spot-check sport_009: athletics distances are metres, not millions', () => {
    const f = figsOf('sport_009.txt').filter((g) => /^\d+(\.\d+)?m$/.test(g.text));
    assert.ok(f.length > 0 && f.every((g) => g.kind === 'measure' && g.unit === 'm' && g.scale === 1), JSON.stringify(f.map((g) => [g.text, g.kind])));
  });
});
