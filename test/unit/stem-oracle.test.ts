// The stemmer read by character codes (text.ts stem) against the chain of endsWith and slices it
// replaced: the same stem for every word of the corpora here and for words made of every ending
// the rules read, at every length around their bounds; and termOf's two tests by character codes
// against the regular expressions they replaced.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { acronymPlural, allDigits, stem, stemRules } from '../../server/src/engine/text';

/** The rules as they were (stem's irregular forms, looked up before them, did not change). */
function oldRules(word: string): string {
  let w = word;
  if (w.length > 3) {
    if (w.endsWith("'s")) w = w.slice(0, -2);
    if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y';
    else if (w.endsWith('sses')) w = w.slice(0, -2);
    else if (w.endsWith('es') && /(?:ch|sh|x|zz)es$/.test(w)) w = w.slice(0, -2);
    else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
    if (w.length > 5 && w.endsWith('ing')) w = trimDouble(w.slice(0, -3));
    else if (w.length > 4 && w.endsWith('ed') && !w.endsWith('eed')) w = trimDouble(w.slice(0, -2));
    if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  }
  return w;
}
function trimDouble(w: string): string {
  const n = w.length;
  if (n > 3 && w[n - 1] === w[n - 2] && !'lsz'.includes(w[n - 1])) return w.slice(0, -1);
  return w;
}

describe('the stemmer on character codes', () => {
  it('gives the old rules\' stem for words of every ending the rules read, at every length near their bounds', function () {
    this.timeout(60000);
    const endings = ["'s", 'ies', 'sses', 'ches', 'shes', 'xes', 'zzes', 'hes', 'es', 's', 'ss', 'us', 'is', 'ing', 'ings', "ing's", 'ed', 'eed', 'eds', 'e', 'es', 'y', 'll', 'zz', 'tt', 'lling', 'tting', 'ssed', 'zzed', 'bbed', "'", '’s', 'x', 'ch', 'i'];
    const bases = ['', 'a', 'b', 'ab', 'tt', 'abc', 'ell', 'abcd', 'runn', 'stopp', 'fizz', 'mess', 'hiss', 'box', 'watch', 'wish', 'é', 'ß'];
    let n = 0;
    for (const b of bases)
      for (const e1 of ['', ...endings])
        for (const e2 of ['', ...endings]) {
          const w = b + e1 + e2;
          assert.equal(stemRules(w), oldRules(w), JSON.stringify(w));
          n++;
        }
    assert.ok(n > 20000, `${n}`);
  });

  it('stems the irregular forms by their regular ones', () => {
    assert.deepEqual(['grew', 'taken', 'sold', 'shrunk', 'paid'].map(stem), ['grow', 'tak', 'sell', 'shrink', 'pay']);
  });

  it('gives the old rules\' stem for every word of the BBC corpus and the seeds, lower-cased or not, when present', function () {
    this.timeout(60000);
    const dirs = [path.resolve(__dirname, '../../../shared/corpora/bbc-news'), path.resolve(__dirname, '../../../shared/seeds')].filter((d) => fs.existsSync(d));
    if (dirs.length === 0) this.skip();
    const words = new Set<string>();
    for (const dir of dirs)
      for (const f of fs.readdirSync(dir).filter((x) => /\.(txt|md)$/.test(x)))
        for (const m of fs.readFileSync(path.join(dir, f), 'utf8').matchAll(/[A-Za-z0-9\u00C0-\u024F]+(?:['\u2019][A-Za-z]+)*/g)) {
          words.add(m[0]);
          words.add(m[0].toLowerCase());
        }
    let n = 0;
    for (const w of words) {
      assert.equal(stemRules(w), oldRules(w), w);
      n++;
    }
    assert.ok(n > 10000, `${n}`);
  });

  it("termOf's tests by character codes say what /^\\d+$/ and /^[A-Z0-9]+s$/ said, for every short word of their alphabet and the corpus words", () => {
    const alphabet = ['0', '9', 'A', 'Z', 'a', 's', 'S', 'z', '/', ':', '@', '[', '`', '{', 'É', '’', "'"];
    const words: string[] = [''];
    for (let len = 1; len <= 4; len++) for (const w of words.filter((x) => x.length === len - 1)) for (const c of alphabet) words.push(w + c);
    words.push('GPUs', 'H100s', 'LLMs', '100s', '2004', 's', 'Ss', 'SS', 'ABCDEFs', 'ABCDEFS', '12345678901234567890');
    for (const w of words) {
      assert.equal(allDigits(w), /^\d+$/.test(w), JSON.stringify(w));
      assert.equal(acronymPlural(w), /^[A-Z0-9]+s$/.test(w), JSON.stringify(w));
    }
    assert.ok(words.length > 80000);
  });
});
