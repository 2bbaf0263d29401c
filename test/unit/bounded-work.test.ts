// Bounded work: figure extraction stops at the end of its range, the checker judges at most so many
// figures per sentence and per note (and quotes per note), says once what it left out, skips a
// note over the size limit, and suggests keys for an unknown one cheaply. Timeouts are liveness
// bounds (each case takes milliseconds to a second or two), never timing assertions.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { checkNote, normalizeWithMap } from '../../server/src/engine/check';
import { suggestKeys } from '../../server/src/engine/check/citations';
import { Retrieval } from '../../server/src/engine/check/retrieval';
import { LemmaForms } from '../../server/src/engine/check/nameReach';
import { checkedFigures, checkedQuotes } from '../../server/src/engine/check/limits';
import { MAX_FIGURES_PER_NOTE, MAX_FIGURES_PER_SENTENCE, MAX_KEY_SUGGESTION_LOOKUPS, MAX_QUOTES_PER_NOTE, MAX_SCORED_SCOPE_PASSAGES, MAX_SUGGESTED_KEY_CHARS, DEFAULT_MAX_NOTE_CHARS, VERDICT_POLICY } from '../../server/src/engine/check/policy';
import { Lexicon } from '../../server/src/engine/frames/lexicon';
import { SentenceFramer, sentenceFrames } from '../../server/src/engine/frames/frame';
import { CheckRun } from '../../server/src/engine/check/run';
import { judgeScoreline } from '../../server/src/engine/check/scorelines';
import { frameTokens } from '../../server/src/engine/frames/tokens';
import { kindBit } from '../../server/src/engine/figures';
import { Corpus } from '../../server/src/engine/corpus';
import { extractFigures } from '../../server/src/engine/figures';
import { parseNote } from '../../server/src/engine/notes';
import { buildSource } from '../../server/src/engine/sources';
import { sentenceSpans } from '../../server/src/engine/text';
import { articleText, figureSentence } from '../bench/hostile-cases';
import { oldExtractFigures, oldNormalizeWithMap } from './figures-oracle';

const SEED = { seed: 20250105 };

function corpusOf(files: Record<string, string>): Corpus {
  return new Corpus(Object.entries(files).map(([p, text], i) => buildSource(i, `/ws/sources/${p}`, text)));
}

const FILES = {
  'acme-2021.txt': 'Acme results\n\nAcme said revenue rose 12% to $3.4 billion in 2021. It employs 4,500 people in 12 countries.\n',
  'bolt-2022.txt': 'Bolt results\n\nBolt said its profit fell 8% to £140m in 2022, and 250 staff left.\n\nThe chief executive said the year had been "hard but not hopeless" for the firm.\n',
};

describe('bounded work: figure extraction stops at the end of its range', function () {
  this.timeout(20_000);
  const PIECES = ['`', '``', '```', '\n', '\n\n', ' ', '12', '3.5%', '$4bn', 'two', 'Twofold', 'quadrupling', 'decade-long', 'https://x.y/1', 'www.a', 'A thousand', '\t', 'about', '1990s', '2003/04', 'May 7', 'won 2-1', '19th', 'x', '.', ','];
  const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((xs) => xs.join(''));

  it('gives exactly what the unbounded scan gave, for any text and range', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (t, x, y) => {
        const s = t.length ? x % (t.length + 1) : 0;
        const e = s + (t.length - s ? y % (t.length - s + 1) : 0);
        assert.deepEqual(extractFigures(t, s, e), oldExtractFigures(t, s, e));
        assert.deepEqual(extractFigures(t), oldExtractFigures(t));
      }),
      { ...SEED, numRuns: 2_000 },
    );
  });

  it('per sentence over a 2 MB text with its only figure at the end: linear (the old scan searched on to the end each time)', () => {
    const text = 'The company said its revenue rose while analysts expected growth. '.repeat(30_000) + 'It was 12%.';
    let n = 0;
    for (const [s, e] of sentenceSpans(text)) n += extractFigures(text, s, e).length;
    assert.equal(n, 1);
  });

  it('a line of a million characters of rising pairs between capitalised words: no headline result, read in one pass (session 33: each pair had sought its line\'s start)', () => {
    const line = 'Ab 1-5 Cd '.repeat(100_000);
    assert.equal(extractFigures(line).filter((f) => f.kind === 'score').length, 0);
    assert.deepEqual(extractFigures('Ab 1-5 Cd\n').map((f) => f.kind), ['score']);
  });

  it('a paragraph of a million characters of inline code and backtick runs of every length', () => {
    // runs of 2…n backticks, none closed (no later run of the same length), then closed code spans
    const runs = (n: number) => Array.from({ length: n }, (_, i) => '`'.repeat(i + 2) + ' 12 ').join('');
    const code = (n: number) => '`a` 5 '.repeat(n);
    const small = runs(60) + code(100);
    assert.deepEqual(extractFigures(small), oldExtractFigures(small));
    const big = runs(1_400) + code(100_000);
    const figs = extractFigures(big);
    assert.equal(figs.length, 101_400);
    assert.equal(figs.filter((f) => f.text === '12').length, 1_400);
  });
});

describe('bounded work: the quote normaliser', () => {
  it('gives what the array-of-strings version gave (one code unit per offset), for any text and range', () => {
    const unit = fc.oneof(fc.constantFrom(' ', '\t', '\n', '\u00a0', '*', '_', '“', '”', '‘', '’', '"', '`', '«', '—', '–', '\u2212', '…', 'A', 'z', 'É', 'Ω', 'ß'), fc.string({ maxLength: 3 }));
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), fc.nat(), fc.nat(), (parts, x, y) => {
        const t = parts.join('').replace(/\u0130/g, 'I'); // İ lower-cases to two code units: the old map was one short
        const from = x % (t.length + 1);
        const to = from + (y % (t.length - from + 1));
        const a = normalizeWithMap(t, from, to);
        const b = oldNormalizeWithMap(t, from, to);
        assert.equal(a.text, b.text);
        assert.deepEqual([...a.map], [...b.map]);
      }),
      { ...SEED, numRuns: 2_000 },
    );
    const big = normalizeWithMap('A “Quote” — here… '.repeat(200_000));
    assert.equal(big.text.length, big.map.length);
  });
});

describe('bounded work: the checker', function () {
  this.timeout(60_000);
  const corpus = corpusOf(FILES);

  it(`checks the first ${MAX_FIGURES_PER_SENTENCE} figures of a sentence and says once that the rest were not`, () => {
    const figs = Array.from({ length: MAX_FIGURES_PER_SENTENCE + 8 }, (_, i) => `${100 + i} units`);
    const note = `Acme sold ${figs.join(', ')} [@acme].\n\nAcme revenue rose 12% [@acme].\n`;
    const r = checkNote(note, corpus);
    assert.equal(r.figures.filter((f) => f.figure.sentence === 0).length, MAX_FIGURES_PER_SENTENCE);
    const limits = r.diagnostics.filter((d) => d.code === 'check-limit');
    assert.equal(limits.length, 1);
    assert.equal(limits[0].severity, 'information');
    assert.equal(note.slice(limits[0].start, limits[0].end), `${100 + MAX_FIGURES_PER_SENTENCE}`);
    assert.match(limits[0].message, new RegExp(`Only the first ${MAX_FIGURES_PER_SENTENCE} figures of this sentence were checked; 8 more were not`));
    // the next sentence is checked as usual
    assert.equal(r.figures.find((f) => f.figure.text === '12%')?.verdict, 'supported');
  });

  it('caps figures per note and quotes per note, each with one finding where checking stops', () => {
    const note = parseNote(Array.from({ length: 30 }, (_, i) => `It rose ${i + 1}% and fell ${i + 2}% in "some quoted words ${i}".`).join('\n\n'));
    const f = checkedFigures(note, 32, 25);
    assert.equal(f.figures.length, 25);
    assert.equal(f.limits.length, 1);
    assert.match(f.limits[0].message, new RegExp(`Only the first 25 figures of this note were checked; ${note.figures.length - 25} more were not`));
    assert.equal(f.limits[0].start, note.figures[25].start);
    const q = checkedQuotes(note, 10);
    assert.equal(q.quotes.length, 10);
    assert.equal(q.limit?.start, note.quotes[10].start);
    assert.equal(checkedQuotes(note).limit, null);
    assert.ok(MAX_FIGURES_PER_NOTE >= 1_000 && MAX_QUOTES_PER_NOTE >= 100, 'limits far above real notes');
  });

  it(`a note over maxNoteChars gets one finding at offset 0 and is not checked; 'off' silences it`, () => {
    const note = 'Acme revenue rose 15% [@acme].\n'.repeat(100);
    const r = checkNote(note, corpus, { maxNoteChars: 1_000 });
    assert.deepEqual(
      r.diagnostics.map((d) => [d.code, d.start]),
      [['check-limit', 0]],
    );
    assert.match(r.diagnostics[0].message, /not checked: it is 4 KB, over the 1 KB limit/);
    assert.equal(r.figures.length + r.citations.length + r.quotes.length, 0);
    assert.equal(r.note.lineStarts.length, 101, 'positions still map');
    assert.equal(checkNote(note, corpus, { maxNoteChars: 1_000, rules: { 'check-limit': 'off' } }).diagnostics.length, 0);
    assert.equal(checkNote(note, corpus).figures.length, 100, 'under the default limit: checked');
    // a 20 MB note, at the default limit: one finding, and nothing parsed
    const huge = note.repeat(6_500);
    const big = checkNote(huge, corpus);
    assert.ok(huge.length > 20_000_000 && huge.length > DEFAULT_MAX_NOTE_CHARS);
    assert.deepEqual(big.diagnostics.map((d) => [d.code, d.start]), [['check-limit', 0]]);
    assert.equal(big.note.figures.length, 0);
  });

  it('sentences full of figures (2.5, 10 and 20 KB), cited and not, finish with bounded findings', () => {
    for (const size of [2_500, 10_000, 20_000]) {
      for (const cite of ['', 'acme-2021']) {
        const text = figureSentence(size, size, cite);
        const r = checkNote(text, corpus);
        assert.ok(r.figures.length <= MAX_FIGURES_PER_SENTENCE);
        assert.equal(r.diagnostics.filter((d) => d.code === 'check-limit').length, 1);
        for (const d of r.diagnostics) assert.ok(d.start >= 0 && d.end <= text.length && d.start <= d.end);
      }
    }
  });

  it('a paragraph of 20,000 citations and figures: each key resolved once, scopes found once', () => {
    const note = Array.from({ length: 20_000 }, (_, i) => `Bolt cut ${i} jobs [@bolt] [@nobody${i % 500}] [@b].`).join(' ');
    const r = checkNote(note, corpus);
    assert.equal(r.citations.length, 60_000);
    const unknown = r.diagnostics.filter((d) => d.code === 'unknown-source');
    assert.equal(unknown.length, 20_000);
    assert.ok(r.figures.length <= MAX_FIGURES_PER_NOTE);
  });
});

describe('bounded work: claim frames and a cited book', function () {
  this.timeout(60_000);

  it('a sentence of 20,000 figures, names and brackets gets its frames in one pass; names before a figure are counted', () => {
    const lex = new Lexicon();
    const parts = Array.from({ length: 20_000 }, (_, i) => `Name${String.fromCharCode(65 + (i % 26))}${i} sold ${i + 1} units (${i + 2}%)`);
    const text = parts.join(', ') + '.';
    const figures = extractFigures(text);
    assert.equal(figures.length, 40_000);
    const tokens = frameTokens(text, 0, text.length, figures, lex, () => false);
    const frames = sentenceFrames({ text, tokens, figures, lex });
    assert.equal(frames.length, figures.length);
    assert.equal(frames[0].namesBefore, 1);
    assert.equal(frames[2].namesBefore, 2);
    assert.deepEqual(frames[2].names.slice(0, frames[2].namesBefore), ['namea0', 'nameb1']);
  });

  it('a sentence of 40,000 set scores, and a relative clause before 20,000 names: each frame reads a bounded part (session 37: each score read the run after it to its end)', () => {
    const lex = new Lexicon();
    const frame = (text: string) => {
      const figures = extractFigures(text);
      return { figures, frames: sentenceFrames({ text, tokens: frameTokens(text, 0, text.length, figures, lex, () => false), figures, lex }) };
    };
    const scores = frame('The sets read ' + Array.from({ length: 40_000 }, (_, i) => `${6 + (i % 2)}-${i % 5}`).join(' ') + ' victory.');
    assert.equal(scores.frames.length, 40_000);
    // (a long run of scores measures nothing after it; a short one still reads its noun)
    assert.ok(!scores.frames[0].metric.includes('win'));
    assert.ok(frame('The sets read 6-3 6-7 (2-7) 7-6 (7-5) victory.').frames[0].metric.includes('win'));
    const names = Array.from({ length: 20_000 }, (_, i) => `Kell${String.fromCharCode(65 + (i % 26))}${i}`).join(' ');
    const relative = frame(`The man who met ${names} ` + Array.from({ length: 20_000 }, (_, i) => `${i + 1} units`).join(', ') + '.');
    assert.equal(relative.frames.length, relative.figures.length);
    assert.ok(relative.figures.length > 19_000);
    assert.ok((relative.frames[0].relativeNames?.length ?? 0) <= 10);
  });

  it("a fronted clause of 40,000 figures and 'from … to' runs: each figure's frame reads a bounded part of the sentence", () => {
    const lex = new Lexicon();
    const staff = Array.from({ length: 20_000 }, (_, i) => `${i + 1} staff`).join(' and ');
    const shops = Array.from({ length: 20_000 }, (_, i) => `${i + 7} shops`).join(' to ');
    const text = `Founded in 1998 with ${staff} from ${shops}, Kellmouth Labs has grown.`;
    const figures = extractFigures(text);
    const tokens = frameTokens(text, 0, text.length, figures, lex, (low) => low === 'founded');
    const frames = sentenceFrames({ text, tokens, figures, lex });
    assert.equal(frames.length, 40_001);
    // the figure next to the main clause is about its subject; the first ones, far from it, are not
    assert.deepEqual(frames[frames.length - 1].subject, ['kellmouth', 'labs']);
    assert.deepEqual(frames[1].subject, []);
  });

  it('a cited source of 3,000 match results in one sentence, and a note of 3,000 scores: scorelines read once per passage', () => {
    const results = Array.from({ length: 3_000 }, (_, i) => `Player${i} beat Rival${i} 6-${i % 5} 6-${(i + 1) % 5}`).join(', ');
    const corpus = new Corpus([buildSource(0, '/ws/sources/results.txt', `Results\n\nSharapova beat Kuznetsova 6-2 6-4 in the final. ${results}.\n`)]);
    const scores = Array.from({ length: 3_000 }, (_, i) => `6-${i % 5}`).join(' and ');
    const more = Array.from({ length: 200 }, (_, i) => `Player${i} beat Rival${i} 6-${i % 5} 6-3 [@results].`).join('\n');
    const r = checkNote(`Sharapova beat Kuznetsova 6-2 6-3 [@results]. Player1 beat Rival1 ${scores} [@results].\n${more}`, corpus);
    // (one result per match: matches.ts)
    assert.deepEqual(r.figures.slice(0, 1).map((f) => [f.figure.text, f.verdict]), [['6-2 6-3', 'contradicted']]);
    // every other score is judged: the 3,000-score sentence up to its cap, and each of the 200
    // matches once, or set by set where its sets were not all decided against one source scoreline
    assert.ok(r.figures.length >= 1 + MAX_FIGURES_PER_SENTENCE + 200 && r.figures.length <= 1 + MAX_FIGURES_PER_SENTENCE + 400, String(r.figures.length));
  });

  it('a cited source whose passage is a list of 30,000 figures: weak figures, vetoes and co-support read a bounded part of it', () => {
    const list = Array.from({ length: 30_000 }, (_, i) => `${1990 + (i % 30)} ${i % 97}%`).join(', ');
    const src = buildSource(0, '/ws/sources/list.txt', `A list\n\nThe shares were ${list}. In 2004 sales rose 12%, and 5 stores opened in 2005.\n`);
    const corpus = new Corpus([src]);
    const note = 'In 2004 sales rose 12% and 5 stores opened in 2005 [@list]. Shares were 31% in 1994 and 40% in 1999 [@list].';
    const r = checkNote(note, corpus);
    assert.equal(r.figures.length, 8);
    assert.equal(r.figures.find((f) => f.figure.text === '12%')?.verdict, 'supported');
  });

  it("a source paragraph of 5,000 \"It was N%.\" sentences, each referring back to the one before: framed without the stack growing with the paragraph (session 34: a RangeError)", () => {
    const para = (n: number) => 'Sales in Wales rose 3% in 2003. ' + Array.from({ length: n }, (_, i) => `It was ${i + 5}%.`).join(' ') + ' It was 77%; in Wales sales rose 4321.5%.';
    const note = 'In Wales sales rose 4321.5% [@src]. Sales in Wales rose 3% [@src].';
    for (const n of [3, 5_000]) {
      const corpus = new Corpus([buildSource(0, '/ws/sources/src.txt', `Title\n\n${para(n)}\n`)]);
      // (the candidate's sentence opens with "It was 77%", which refers back through every sentence before it)
      assert.deepEqual(checkNote(note, corpus).figures.map((f) => [f.figure.text, f.verdict]), [['4321.5%', 'supported'], ['3%', 'supported']], String(n));
      // each "it was" measures what the first sentence measures, however far back
      const src = corpus.sources[0];
      const last = src.passages[src.passages.length - 1];
      assert.deepEqual(new Retrieval(corpus).frames.side(last, last.figures[0])!.frame.metric, new Retrieval(corpus).frames.side(src.passages[1], src.passages[1].figures[0])!.frame.metric);
    }
  });

  it('a source of one line of 1.2 MB (its title the whole line) against 100 figures sought in other sources: each title searched once per trace, not once per candidate (session 34: seconds a figure)', function () {
    this.timeout(30_000);
    const line = Array.from({ length: 32_000 }, (_, i) => `Smith${i % 50} said sales rose 5.37% in ${1990 + (i % 20)}.`).join(' ');
    const corpus = new Corpus([buildSource(0, '/ws/sources/line.txt', `${line}\n`), buildSource(1, '/ws/sources/other.txt', 'Other\n\nJones said sales rose 9%.\n')]);
    assert.equal(corpus.sources[0].meta.title.length, line.length);
    const note = Array.from({ length: 100 }, (_, i) => `Jones said sales rose 5.37% in ${1990 + (i % 20)} [@other].`).join('\n\n');
    const r = checkNote(note, corpus);
    assert.equal(r.figures.length, 200);
    // (no candidate reaches "Jones": no other source is named)
    assert.equal(r.figures.filter((f) => f.wrongSource).length, 0);
  });

  it('60 sentences each naming the same 2,000 people, their 1,920 figures sought in other sources: each name\'s nationalities read once (session 34: every name of the sentence, for each figure)', function () {
    this.timeout(40_000);
    const corpus = new Corpus([buildSource(0, '/ws/sources/src.txt', 'Title\n\nSales rose 5.37% in 1990.\n'), buildSource(1, '/ws/sources/other.txt', 'Other\n\nJones said sales rose 9%.\n')]);
    const names = Array.from({ length: 2_000 }, (_, i) => `Name${i}x`).join(', ');
    const sentence = `${names} said sales rose ${Array.from({ length: 32 }, (_, i) => `${i + 1}.37%`).join(', ')} [@other].`;
    const r = checkNote(Array.from({ length: 60 }, () => sentence).join('\n\n'), corpus);
    assert.equal(r.figures.length, 1_920);
    assert.equal(r.figures.filter((f) => f.wrongSource).length, 0);
    // (kept with the store's LemmaForms: the same list for the same name)
    const forms = new LemmaForms();
    assert.ok(forms.nationalities('scotland', false).includes('scottish'));
    assert.equal(forms.nationalities('scotland', false), forms.nationalities('scotland', false));
  });

  it('1,500 "N years ago" figures citing a source of 1,900 passages that each say "last year": each passage read for times back once a check (session 34: once a figure)', function () {
    this.timeout(10_000);
    const paras = Array.from({ length: 1_900 }, (_, i) => `Tomas Rynne${i}x said the club was sold last year for a record sum, and a second bid came a year ago from Ivo Marek${i}x.`);
    const corpus = new Corpus([buildSource(0, '/ws/sources/big.txt', `Big\n\n${paras.join('\n\n')}\n`)]);
    const note = Array.from({ length: 1_500 }, (_, i) => `Tomas Rynne${i}x sold the club ${2 + (i % 5)} years ago [@big].`).join('\n\n');
    const r = checkNote(note, corpus);
    assert.equal(r.figures.length, 1_500);
    // (each sentence names one passage's seller, whose "last year" contradicts the note's two to six years)
    assert.equal(r.figures.filter((f) => f.verdict === 'contradicted').length, 1_500);
  });

  it(`a cited source of more than ${MAX_SCORED_SCOPE_PASSAGES} passages ranks through the postings with the same scores`, () => {
    const book = buildSource(0, '/ws/sources/book.txt', `A book\n\n${articleText(400_000, 11)}`);
    const corpus = new Corpus([book, buildSource(1, '/ws/sources/other.txt', 'Other\n\nSales rose 12% and profit 7% in 2021.\n')]);
    assert.ok(book.passages.length > MAX_SCORED_SCOPE_PASSAGES);
    const query = ['revenu', 'sale', 'quarter', 'market', 'nothing'].map((term, i) => ({ term, weight: 1 / (1 + i) }));
    const c = corpus as unknown as { bm25Of(q: unknown, pids: number[], limit: number, keep: boolean): unknown; kindMask: Uint8Array };
    for (const kind of ['percent', 'currency', 'year'] as const) {
      const pids = book.passages.map((p) => corpus.pid(p)).filter((pid) => c.kindMask[pid] & kindBit(kind));
      assert.deepEqual(corpus.figureCandidates(query, kind, { only: [book] }, 200), c.bm25Of(query, pids, 200, true), kind);
    }
    const r = checkNote('The quarter market rose 12.5% [@book].', corpus);
    assert.equal(r.figures.length, 1);
  });
});

describe('bounded work: unknown-key suggestions', function () {
  this.timeout(30_000);
  it('suggests what suggestKeys suggests, for each citation of a key, and 3,000 unknown keys against 3,000 sources finish', () => {
    const files: Record<string, string> = { 'smith-2020.txt': 'Smith\n\nIt rose 5%.\n', 'jones.md': '---\nid: jonesy\naliases: [jj]\n---\nJones\n\nIt fell 2%.\n' };
    for (let i = 0; i < 3_000; i++) files[`report_${String(i).padStart(4, '0')}_x.txt`] = `Report ${i}\n\nSales were ${i} units.\n`;
    const corpus = corpusOf(files);
    const index = new Retrieval(corpus);
    const suggested = (note: string) => checkNote(note, corpus).diagnostics.filter((d) => d.code === 'unknown-source').map((d) => d.fixes.map((f) => f.edits[0].newText));
    assert.deepEqual(suggested('It rose 5% [@smitj]. It fell 2% [@jonesx].'), [['smith-2020'], ['jonesy']]);
    for (const key of ['rport_0042', 'smth', 'jnes', 'reprt', 'report_2999_y', 'eport_0001_x', 'smiths']) {
      const direct = suggestKeys(index, key).map((k) => k.key);
      // the same key twice in a note: the same suggestions for each
      assert.deepEqual(suggested(`[@${key}] and [@${key}]`), [direct, direct], key);
    }
    const many = Array.from({ length: 3_000 }, (_, i) => `[@zz${i}]`).join(' ');
    const r = checkNote(many, corpus);
    const withHint = r.diagnostics.filter((d) => /Did you mean/.test(d.message)).length;
    assert.equal(r.diagnostics.length, 3_000);
    assert.ok(withHint <= MAX_KEY_SUGGESTION_LOOKUPS);
  });

  it(`a key longer than ${MAX_SUGGESTED_KEY_CHARS} characters is reported, with no suggestion`, () => {
    const corpus = corpusOf(FILES);
    const key = Array.from({ length: 20_000 }, (_, i) => `acme${i}`).join('-');
    const r = checkNote(`Revenue rose 12% [@${key}].`, corpus);
    const d = r.diagnostics.filter((x) => x.code === 'unknown-source');
    assert.equal(d.length, 1);
    assert.equal(d[0].fixes.length, 0);
    assert.deepEqual(suggestKeys(new Retrieval(corpus), 'acme-2021x').map((k) => k.key), ['acme-2021']);
  });
});

describe('bounded work: a note sentence of thousands of figures', function () {
  this.timeout(60_000);
  const halfTime = (n: number) => Array.from({ length: n }, (_, i) => `at half-time Kelso were ${(i % 7) + 1}-${i % 5} down, a ${(i % 9) + 10}-${i % 6} deficit`).join(', ');
  const sourceOf = () => new Corpus([buildSource(0, '/ws/sources/src.txt', `Title\n\n${halfTime(12)}.\n\nAt half-time Kelso trailed 1-0. It was 5% of the crowd.\n`)]);

  /** The framers made while `body` runs, with how many frames each made. */
  function framersDuring<T>(body: () => T): { result: T; framers: SentenceFramer[] } {
    const proto = SentenceFramer.prototype;
    const saved = proto.frameAt;
    const framers = new Set<SentenceFramer>();
    proto.frameAt = function (this: SentenceFramer, i: number) {
      framers.add(this);
      return saved.call(this, i);
    };
    try {
      return { result: body(), framers: [...framers] };
    } finally {
      proto.frameAt = saved;
    }
  }

  it(`a sentence of 20,000 scores: the note side frames its figures only as far as the check asks (session 34: every figure of the sentence, 440 KB 3.5 s)`, () => {
    const note = `${halfTime(10_000)} [@src].\n`;
    const { result: r, framers } = framersDuring(() => checkNote(note, sourceOf()));
    assert.equal(r.figures.length, MAX_FIGURES_PER_SENTENCE);
    const big = framers.filter((fr) => fr.frames.length > 0 && (fr as unknown as { figures: unknown[] }).figures.length === 20_000);
    assert.equal(big.length, 1, 'one framer for the sentence');
    assert.ok(big[0].frames.length <= 2 * MAX_FIGURES_PER_SENTENCE, `${big[0].frames.length} frames made`);
  });

  it('a note side asked in any order: the frames of asking in order (value anaphors reading the sentences before)', () => {
    const text = [
      'Sales in Wales rose 3% in 2003 to £4.1m, and 120 staff left. It was 5% in 2004. The figure was 7%, up from 6.5% [@src].',
      'Kelso led 2-1 at half-time and won 3-2 [@src]. It was 40,000 for the year, or $75,000.',
    ].join('\n\n');
    const note = parseNote(text);
    const corpus = sourceOf();
    const inOrder = new CheckRun(note, corpus, 0.05);
    const frames = note.figures.map((f) => inOrder.noteSide(f).frame);
    const reversed = new CheckRun(note, corpus, 0.05);
    for (let i = note.figures.length - 1; i >= 0; i--) assert.deepStrictEqual(reversed.noteSide(note.figures[i]).frame, frames[i], note.figures[i].text);
    // and, for a block's first sentence (nothing before it to refer to), those sentenceFrames makes at once
    for (const block of note.blocks) {
      const si = block.sentences[0];
      const figs = inOrder.figuresOf(si);
      const all = sentenceFrames({ text: note.figureText, tokens: inOrder.sentenceFrameTokens(si), figures: figs, lex: inOrder.index.frames.lex });
      assert.ok(figs.length >= 2);
      assert.deepStrictEqual(figs.map((f) => frames[note.figures.indexOf(f)]), all);
    }
  });

  it('a sentence of thousands of figures: the vetoes read the nearest VERDICT_POLICY.siblingsRead on each side, all of them in a short sentence (a 1.64 MB sentence of scores: 7.5 → 1.8 s, the same report)', () => {
    const reach = VERDICT_POLICY.siblingsRead;
    const corpus = sourceOf();
    const short = parseNote(`Spurs won ${Array.from({ length: 2 * reach + 1 }, (_, i) => `${(i % 7) + 1}-${i % 5}`).join(' ')} [@src].\n`);
    const s = new CheckRun(short, corpus, 0.05);
    const f = short.figures[5];
    assert.deepEqual(s.siblingsNear(f, reach), short.figures.filter((g) => g !== f));
    const long = parseNote(`Spurs won ${Array.from({ length: 20_000 }, (_, i) => `${(i % 7) + 1}-${i % 5}`).join(' ')} [@src].\n`);
    const run = new CheckRun(long, corpus, 0.05);
    const mid = long.figures[10_000];
    assert.deepEqual(run.siblingsNear(mid, reach), [...long.figures.slice(10_000 - reach, 10_000), ...long.figures.slice(10_001, 10_001 + reach)]);
    assert.equal(run.siblingsNear(long.figures[0], reach).length, reach);
  });

  it("a sentence of 30,000 scores: its scorelines read once a check, not once for each score judged (session 34: a 1.7 MB sentence ~30 s)", () => {
    const note = parseNote(`Kelso beat Hawick ${Array.from({ length: 30_000 }, (_, i) => `${(i % 7) + 1}-${i % 5}`).join(' ')} [@src].\n`);
    const corpus = new Corpus([buildSource(0, '/ws/sources/src.txt', 'Title\n\nKelso beat Hawick 1-0 2-1 3-2 4-3 at the Greenyards.\n')]);
    const scores = note.figures.filter((f) => f.kind === 'score').slice(0, MAX_FIGURES_PER_SENTENCE);
    assert.equal(scores.length, MAX_FIGURES_PER_SENTENCE);
    const run = new CheckRun(note, corpus, 0.05);
    let reads = 0;
    const tokensOf = run.sentenceFrameTokens.bind(run);
    run.sentenceFrameTokens = (si: number) => {
      reads++;
      return tokensOf(si);
    };
    const verdicts = scores.map((f) => judgeScoreline(run, f, corpus.sources)?.verdict);
    assert.equal(reads, 1);
    // the same verdicts as a run of its own for each score
    assert.deepEqual(verdicts, scores.map((f) => judgeScoreline(new CheckRun(note, corpus, 0.05), f, corpus.sources)?.verdict));
    assert.equal(verdicts.filter((v) => v === 'supported').length, 7);
  });
});
