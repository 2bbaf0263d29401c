// The checker's own vetoes on a contradiction (server/src/engine/check/verdict.ts), each against a
// twin sentence the veto does not cover: a value another figure of the note's sentence states, a
// complementary share, a date anchoring a figure the source does not share.
import * as assert from 'node:assert/strict';
import { checkNote, NoteReport } from '../../server/src/engine/check';
import { Corpus } from '../../server/src/engine/corpus';
import { buildSource } from '../../server/src/engine/sources';
import { VERDICT_POLICY as V } from '../../server/src/engine/check/policy';

const FILES: Record<string, string> = {
  'coffee.txt': 'Coffee habits\n\nIn the survey, 31% of adults in Leeds drink coffee every morning.\n',
  'plant.txt': 'Profile\n\nThe firm Acme was founded in 1997. In 1997 Acme hired 120 engineers for its Leeds plant.\n',
  'staff.txt': 'Staff\n\nThe bakery Acme employs 290 staff across Yorkshire.\n',
  'sales.txt': 'Sales\n\nIn Q3 2004 Acme sold 120 tractors in Leeds.\n',
};

function check(note: string): NoteReport {
  const corpus = new Corpus(Object.entries(FILES).map(([p, text], i) => buildSource(i, `/ws/sources/${p}`, text)));
  return checkNote(note + '\n', corpus);
}

/** "text:verdict" of every figure of the note, in order. */
function verdicts(note: string): string[] {
  return check(note).figures.map((f) => `${f.figure.text}:${f.verdict}`);
}

describe('verdict vetoes (verdict.ts)', () => {
  describe('complementary shares: "69% do not drink" is what "31% drink" leaves, not a contradiction', () => {
    const share = (p: string) => verdicts(`${p} of adults in Leeds drink coffee every morning [@coffee].`);
    // (those who do not, the complement: no misquote of those who do)
    const others = (p: string) => verdicts(`${p} of adults in Leeds do not drink coffee every morning [@coffee].`);
    it('a share of those who do not that completes the source to 100%, to the written precision, is left unverified', () => {
      assert.deepEqual(others('69%'), ['69%:unverified']);
      assert.deepEqual(others('70%'), ['70%:unverified'], 'one point off 100% is within the written precision');
    });
    it('the same holders doing the same thing are no complement: "69% … drink" against "31% … drink" is contradicted (session 46)', () => {
      assert.deepEqual(share('69%'), ['69%:contradicted']);
    });
    it('past the written precision, or far from it, the share is contradicted', () => {
      assert.deepEqual(others('71%'), ['71%:contradicted']);
      assert.deepEqual(others('45%'), ['45%:contradicted']);
    });
    it('the source value itself is supported', () => {
      assert.deepEqual(share('31%'), ['31%:supported']);
    });
  });

  describe("a value another figure of the note's sentence states", () => {
    it('does not contradict the figure beside it', () => {
      assert.deepEqual(verdicts('The bakery Acme employs 310 staff across Yorkshire, 290 of them bakers [@staff].'), ['310:unverified', '290:supported']);
    });
    it('alone, the same source value contradicts it', () => {
      const r = check('The bakery Acme employs 310 staff across Yorkshire [@staff].');
      const f = r.figures[0];
      assert.ok(f, 'the note has a figure');
      assert.equal(f.verdict, 'contradicted');
      assert.equal(f.evidence[0]?.figure?.text, '290');
    });
  });

  describe('a year anchoring another figure of its sentence', () => {
    const plant = (year: string, n: string) => verdicts(`In ${year} Acme hired ${n} engineers for its Leeds plant [@plant].`);
    it('is contradicted when the passage states the figure it anchors (which the year\'s slip does not hide: periodSlips.ts)', () => {
      assert.deepEqual(plant('1998', '120'), ['1998:contradicted', '120:supported']);
    });
    it('is not, when the passage does not state the figure beside it (the year may be right and the figure wrong)', () => {
      assert.deepEqual(plant('1998', '140'), ['1998:unverified', '140:unverified']);
    });
    it('the right year and a wrong count: the count is contradicted, the year supported', () => {
      assert.deepEqual(plant('1997', '160'), ['1997:supported', '160:contradicted']);
    });
    it(`a year is supported by its sentence's other figure's passage, in a sentence of at most coSupportSiblings (${V.coSupportSiblings}) figures`, () => {
      const corpus = new Corpus([buildSource(0, '/ws/sources/plant.txt', 'Profile\n\nIn 1997 Acme hired 120 engineers for its Leeds plant.\n')]);
      const year = (figures: number) => {
        const list = Array.from({ length: figures - 2 }, (_, i) => `${(i + 1) * 1000 + 17} widgets`).join(', ');
        const r = checkNote(`Acme hired 120 engineers for its Leeds plant in 1997, and made ${list} [@plant].\n`, corpus);
        assert.equal(r.figures.length, figures);
        return r.figures.find((f) => f.figure.text === '1997')?.verdict;
      };
      assert.equal(year(V.coSupportSiblings), 'supported');
      assert.equal(year(V.coSupportSiblings + 1), 'unverified');
    });
    it('a quarter anchors the same way as a year', () => {
      const sales = (quarter: string, n: string) => verdicts(`In ${quarter} Acme sold ${n} tractors in Leeds [@sales].`);
      assert.deepEqual(sales('Q2 2004', '120'), ['Q2 2004:contradicted', '120:unverified']);
      assert.deepEqual(sales('Q2 2004', '140'), ['Q2 2004:unverified', '140:unverified']);
      assert.deepEqual(sales('Q3 2004', '160'), ['Q3 2004:supported', '160:contradicted']);
    });
  });
});
