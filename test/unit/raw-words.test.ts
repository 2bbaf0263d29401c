// The scan's table of raw words (indexer.ts RawWords): words whose hashes collide are still told
// apart — by length ("costarring" and "liquid") and by their characters ("declinate" and
// "macallums", both nine letters) — in one scan and in runs scanned apart and joined, and the
// table keeps them apart after it grows past its first slots; and a scan reads alike whatever number
// of raw words its tables were sized for (SCAN_POLICY).
import * as assert from 'node:assert/strict';
import { buildPostings, mergeSegments, SCAN_POLICY, ScanState, SegmentScanner } from '../../server/src/engine/indexer';
import { PostingCursor } from '../../server/src/engine/postingList';
import { buildSource } from '../../server/src/engine/sources';
import { termOf } from '../../server/src/engine/text';

/** The scan's word hash (FNV-1a over UTF-16 code units), as indexer.ts computes it while scanning. */
function fnv(word: string): number {
  let h = Math.imul(2166136261 ^ word.charCodeAt(0), 16777619);
  for (let i = 1; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 16777619);
  return h;
}

/** Per term, its (passage, tf) postings. */
function lists(p: ReturnType<typeof buildPostings>): Map<string, [number, number][]> {
  const out = new Map<string, [number, number][]>();
  for (const [term, id] of p.termIds) {
    const c = new PostingCursor(p.postings, p.offsets[id], p.offsets[id + 1]);
    const l: [number, number][] = [];
    while (c.next()) l.push([c.pid, c.tf]);
    out.set(term, l);
  }
  return out;
}

describe('the scan’s table of raw words', () => {
  it('tells apart words whose hashes collide, of another length or of the same length', () => {
    assert.equal(fnv('costarring'), fnv('liquid'));
    assert.equal(fnv('declinate'), fnv('macallums'));
    // (filler words first: the colliding words are met after the table has grown past its first slots)
    const filler = Array.from({ length: 20000 }, (_, i) => `f${i.toString(36)}`).join(' ');
    const text = `${filler}.\n\nThe declinate liquid was costarring with macallums.\n\nMacallums and liquid, declinate and declinate.`;
    const source = buildSource(0, '/s/a.txt', text);
    const p = buildPostings([source], source.passages);
    const l = lists(p);
    const pid = (needle: string) => source.passages.findIndex((q) => text.slice(q.start, q.end).includes(needle));
    const [a, b] = [pid('costarring'), pid('Macallums and')];
    assert.ok(a >= 0 && b > a);
    assert.deepEqual(l.get(termOf('declinate')), [[a, 1], [b, 2]]);
    assert.deepEqual(l.get(termOf('macallums')), [[a, 1], [b, 1]]);
    assert.deepEqual(l.get(termOf('liquid')), [[a, 1], [b, 1]]);
    assert.deepEqual(l.get(termOf('costarring')), [[a, 1]]);
    assert.equal(p.written.lower.get('declinate'), 3);
    assert.equal(p.written.lower.get('macallums'), 1);
    assert.equal(p.written.capitalisedInside.get('macallums'), undefined); // (first of its sentence)
    // the same words in runs scanned apart by one scanner, joined
    const scanner = new SegmentScanner(0);
    const runs = [0, 1].map((k) => {
      const s = buildSource(0, `/s/${k}.txt`, k ? text.slice(filler.length + 1) : `${filler}.`);
      return { s, g: scanner.scan([s], s.passages) };
    });
    const whole = [buildSource(0, '/s/0.txt', `${filler}.`), buildSource(1, '/s/1.txt', text.slice(filler.length + 1))];
    assert.deepStrictEqual(
      mergeSegments(runs.map((r) => r.g)),
      buildPostings(whole, whole.flatMap((s) => s.passages)),
    );
  });

  it('scans alike whatever number of raw words its tables were sized for: too few (grown as it goes) or far more', () => {
    const filler = Array.from({ length: 20000 }, (_, i) => `f${i.toString(36)}`).join(' ');
    const text = `${filler}.\n\nThe declinate liquid was costarring with Macallums’s GPUs.\n\nMacallums and liquid, declinate and declinate 2004 times.`;
    const source = buildSource(0, '/s/a.txt', text);
    const scan = (expected: number) => {
      const termIds = new Map<string, number>();
      const st = new ScanState(termIds, new Int32Array(Math.min(expected, 1024)), 0, 1, expected);
      const passages = source.passages.map((p) => {
        const length = st.scan(text, p.start, p.end);
        const tf = st.touched.map((id) => [id, st.counts[id]]);
        for (const id of st.touched) st.counts[id] = 0;
        return { length, tf };
      });
      const written: [boolean, string, number][] = [];
      st.writtenForms((lower, key, n) => written.push([lower, key, n]));
      return { passages, written, terms: [...termIds], lowerCount: [...st.lowerCount.slice(0, st.nTerms)], raw: st.rawSize };
    };
    const least = scan(SCAN_POLICY.minExpectedRawWords);
    assert.ok(least.raw > 20000); // (the filler's words, past the tables' first size)
    assert.deepStrictEqual(scan(3000), least);
    assert.deepStrictEqual(scan(1 << 16), least);
    // …and the postings of a build, sized by the policy, are those of the runs scanned apart (sized for the least)
    const scanner = new SegmentScanner(0);
    assert.deepStrictEqual(mergeSegments([scanner.scan([source], source.passages)]), buildPostings([source], source.passages));
  });
});
