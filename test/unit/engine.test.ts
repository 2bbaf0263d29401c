// The engine without any editor: sources, keys, note parsing, and the checker's verdicts on small
// corpora written here.
import * as assert from 'node:assert/strict';
import { checkNote, checkParsedNote, CheckOptions, NoteReport } from '../../server/src/engine/check';
import { normalizeWithMap } from '../../server/src/engine/check/quotes';
import { Corpus } from '../../server/src/engine/corpus';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chunks, NoteParser, parseNote } from '../../server/src/engine/notes';
import { buildSource, decodeSource, parseFrontMatter } from '../../server/src/engine/sources';
import { sentenceSpans, stem, tokenize } from '../../server/src/engine/text';
import { normalizeConfig, parseSettingsFile } from '../../server/src/engine/workspace';

function corpusOf(files: Record<string, string>): Corpus {
  return new Corpus(Object.entries(files).map(([p, text], i) => buildSource(i, `/ws/sources/${p}`, text)));
}

const FILES = {
  '001_chips.txt':
    'Chip plans for the year\n\nWhen 2024 closes, the company expects to hold roughly 350, 000 H100 GPUs from NVIDIA. Its total compute will equal nearly 600,000 H100s.\n\nOn the MMLU benchmark the open model scored 82.0, and on MT-Bench it scored 8.5.\n',
  '002_deals.md':
    '---\ntitle: The data deal\nid: deal\naliases: [scale-deal]\nauthor: A. Writer\ndate: 2025-06-01\n---\n\nThe firm put $14.3 billion into Scale AI, hiring its founder as chief AI officer.\n\nCritics likened the lab to a “Manhattan Project” meant to secure the firm’s future.\n',
  '003_reach.txt':
    'Reach of the apps\n\nThe family of apps reaches nearly 4 billion people every month. The assistant has nearly a billion monthly users.\n\nThe chief scientist argued that current architectures are "doomed" — they cannot plan.\n',
};

function check(note: string, options?: CheckOptions, files: Record<string, string> = FILES): NoteReport {
  return checkNote(note, corpusOf(files), options);
}

function verdictOf(r: NoteReport, text: string): string | undefined {
  return r.figures.find((f) => f.figure.text === text)?.verdict;
}

describe('text', () => {
  it('ends a sentence after a unit glued to a number ("5.45m.", "£5m.", "1980s.") but not after an initial', () => {
    const t = 'He came in at 5.45m. The title went to Jones. Sales hit £5m. Profits fell in the 1980s. See p. 3 and J. Doe.';
    const s = sentenceSpans(t).map(([a, b]) => t.slice(a, b));
    assert.deepEqual(s, ['He came in at 5.45m.', 'The title went to Jones.', 'Sales hit £5m.', 'Profits fell in the 1980s.', 'See p. 3 and J. Doe.']);
  });
  it('splits sentences but keeps decimals, abbreviations and initials whole', () => {
    const t = 'The U.S. market grew 2.5 percent. Dr. Smith said so, p. 3 notes it. Then J. Doe left! Next one?';
    const s = sentenceSpans(t).map(([a, b]) => t.slice(a, b));
    assert.deepEqual(s, ['The U.S. market grew 2.5 percent.', 'Dr. Smith said so, p. 3 notes it.', 'Then J. Doe left!', 'Next one?']);
  });
  it('treats a line break after a heading-like line as a sentence end, and a wrapped line as one sentence', () => {
    const t = 'Key points\nThe plan is large and the cost is high and this sentence wraps across\ntwo lines of text.';
    const s = sentenceSpans(t).map(([a, b]) => t.slice(a, b));
    assert.equal(s.length, 2);
    assert.equal(s[0], 'Key points');
  });
  it('stems plurals and verb forms so note and source words meet', () => {
    const term = (w: string) => tokenize(w)[0].term;
    assert.equal(term('GPUs'), term('GPU'));
    assert.equal(term('LLMs'), term('LLM'));
    assert.equal(stem('status'), 'status');
    assert.equal(stem('users'), stem('user'));
    assert.equal(stem('exceeding'), stem('exceeds'));
    assert.equal(stem('h100s'), 'h100');
  });
  it('tokenizes content words, dropping stop words and bare numbers but keeping identifiers', () => {
    assert.deepEqual(
      tokenize('The 70B model has 350,000 H100 GPUs').map((t) => t.term),
      ['70b', 'model', 'h100', 'gpu'],
    );
  });
});

describe('sources', () => {
  it('reads YAML front matter and otherwise takes the first line as title', () => {
    const c = corpusOf(FILES);
    assert.equal(c.sources[1].meta.title, 'The data deal');
    assert.equal(c.sources[1].meta.id, 'deal');
    assert.deepEqual(c.sources[1].meta.aliases, ['scale-deal']);
    assert.equal(c.sources[1].meta.date, '2025-06-01');
    assert.equal(c.sources[0].meta.title, 'Chip plans for the year');
  });
  it('reports invalid front matter instead of throwing', () => {
    const fm = parseFrontMatter('---\ntitle: [unclosed\n---\nbody\n');
    assert.match(fm.error ?? '', /not valid YAML/);
  });
  it('splits passages with exact offsets and lines', () => {
    const c = corpusOf(FILES);
    for (const s of c.sources) for (const p of s.passages) assert.equal(s.text.slice(p.start, p.end), p.text);
    const p = c.sources[0].passages.find((x) => x.text.includes('MMLU'))!;
    assert.equal(p.line, 4);
    assert.ok(p.figures.some((f) => f.value === 82));
  });
  it('rejects binary and non-UTF-8 bytes with a reason', () => {
    assert.deepEqual(decodeSource(Buffer.from([1, 2, 0, 3])), { skip: 'binary file (contains NUL bytes)' });
    assert.match(String((decodeSource(Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20])) as { skip: string }).skip), /UTF-8/);
    assert.deepEqual(decodeSource(Buffer.from('\ufeffhello', 'utf8')), { text: 'hello' });
  });
});

describe('citation keys', () => {
  // built in each test (a corpus built when the file loads makes the mutants it reaches "hybrid": README "Tests")
  let c: Corpus;
  beforeEach(() => {
    c = corpusOf({ ...FILES, '004_other.txt': 'Other\n\nNothing here.\n', '0041_more.txt': 'More\n\nNothing.\n' });
  });
  it('resolves ids, aliases, file names and unique prefixes', () => {
    const key = (k: string) => {
      const r = c.resolveKey(k);
      return r.kind === 'found' ? r.source.key : r.kind;
    };
    assert.equal(key('deal'), '002_deals');
    assert.equal(key('scale-deal'), '002_deals');
    assert.equal(key('001_chips'), '001_chips');
    assert.equal(key('001'), '001_chips');
    assert.equal(key('009'), 'unknown');
  });
  it('reports an ambiguous prefix with its candidates', () => {
    const r = c.resolveKey('00');
    assert.equal(r.kind, 'ambiguous');
    assert.equal(r.kind === 'ambiguous' && r.candidates.length, 5);
  });
  it('gives each source its shortest key', () => {
    assert.equal(c.shortKey(c.sources[0]), '001');
    assert.equal(c.shortKey(c.sources[1]), 'deal');
    assert.equal(c.shortKey(c.sources[3]), '004_other');
  });
});

describe('note parsing', () => {
  it('finds Pandoc citations, not bare @names, e-mails or links', () => {
    const n = parseNote('See [@a, p. 3; @b] and [-@c]. Mail x@y.com or @d. [@e](http://x) [see @f, ch. 2]\n');
    assert.deepEqual(n.citations.map((c) => c.key), ['a', 'b', 'c', 'f']);
    assert.equal(n.citations[0].locator, 'p. 3');
  });
  it('never reads figures in code, front matter, link URLs, HTML or citation locators', () => {
    const n = parseNote(
      '---\nyear: 1999\n---\n\nText `42,000` and [a link](https://x.com/2024/500) with <span data-n="77">.\n\n```\nn = 250000\n```\n\nCited [@001, p. 33].\n',
    );
    assert.deepEqual(n.figures.map((f) => f.text), []);
  });
  it('reads grounded-ignore comments for the next line, with optional rules', () => {
    const n = parseNote('<!-- grounded-ignore -->\nA 1.\n<!-- grounded-ignore figure-mismatch -->\nB 2.\n');
    assert.deepEqual([...n.ignored.get(1)!], ['*']);
    assert.deepEqual([...n.ignored.get(3)!], ['figure-mismatch']);
  });
  it('finds curly single quotes but not apostrophes', () => {
    const n = parseNote('The company’s plan is a ‘Manhattan Project’ for its future, say users’ groups.\n');
    assert.deepEqual(n.quotes.map((q) => q.text), ['Manhattan Project']);
  });
  it('finds straight and curly quotes, and block quotes followed by a citation', () => {
    const n = parseNote('He said "one two three" and “four five”.\n\n> Quoted words from\n> the source.\n\n— [@001]\n');
    assert.deepEqual(
      n.quotes.map((q) => q.text),
      ['one two three', 'four five', 'Quoted words from the source.'],
    );
    assert.ok(n.quotes[2].block);
  });
});

describe('checking figures', () => {
  it('supports figures written differently (hedges, formats, number words)', () => {
    const r = check(
      [
        'The company planned to hold about 350,000 H100 GPUs when 2024 closes [@001].',
        'Its compute equals some 600k H100s [@001].',
        'The model scored 82 on MMLU [@001].',
        'The firm invested $14.3B in Scale AI [@deal].',
        'The assistant has nearly one billion monthly users [@003].',
        'The apps reach close to 4 billion people [@003].',
      ].join('\n\n'),
    );
    for (const t of ['350,000', '2024', '600k', '82', '$14.3B', 'one billion', '4 billion']) assert.equal(verdictOf(r, t), 'supported', t);
    assert.deepEqual(r.diagnostics.filter((d) => d.severity !== 'hint'), []);
  });
  it('contradicts a figure stated differently for the same thing, naming both values', () => {
    const r = check('The company planned 250,000 H100 GPUs [@001].\n\nThe MMLU score was 80.2 [@001].\n\nThe Scale AI investment was $41.3 billion [@deal].\n');
    assert.equal(verdictOf(r, '250,000'), 'contradicted');
    assert.equal(verdictOf(r, '80.2'), 'contradicted');
    assert.equal(verdictOf(r, '$41.3 billion'), 'contradicted');
    const d = r.diagnostics.find((x) => x.code === 'figure-mismatch')!;
    assert.equal(d.severity, 'warning');
    assert.match(d.message, /The note says 250,000; source 001 says roughly 350,000 \(line 3\)/);
  });
  it('a date between a figure and its subject is a time anchor, not a rival figure', () => {
    const files = { 'q3.txt': 'Quarterly results\n\nIn the three months to 30 September, the search firm made a net profit of $52m.\n' };
    const r = check("The search firm's net profit for the quarter to 30 September was $25m [@q3].\n", undefined, files);
    assert.equal(verdictOf(r, '30 September'), 'supported');
    assert.equal(verdictOf(r, '$25m'), 'contradicted');
  });
  it('compares a score, a rank and a measure only with their own kind', () => {
    const files = { 'match.txt': 'Derby report\n\nThe home side won the derby 2-1 and finished 19th, some 508m of ground covered by its captain.\n' };
    const r = check('The home side won the derby 3-1 and finished 19th [@match].\n', undefined, files);
    assert.equal(verdictOf(r, '3-1'), 'contradicted');
    assert.equal(verdictOf(r, '19th'), 'supported');
  });
  it('reads a chart or ranking position however it is written', () => {
    const files = { 'chart.txt': 'Games chart\n\nStarfall 2 dropped one place to five, while Keel fell to number nine. World number 31 Quill, ranked two places above Dulko, lost.\n' };
    const v = (note: string, fig: string) => verdictOf(check(note + ' [@chart]\n', undefined, files), fig);
    assert.equal(v('Starfall 2 dropped to fifth in the chart', 'fifth'), 'supported');
    assert.equal(v('Quill is ranked 31st in the world', '31st'), 'supported');
  });
  it('contradicts a person\'s age told in another way, not a number of something else', () => {
    const files = { 'p.txt': 'Harbour Open\n\nIt is the 12th time in 13 visits that Ostrander, now 34, has reached the last eight.\n' };
    const v = (note: string, fig: string) => verdictOf(check(note + ' [@p]\n', undefined, files), fig);
    assert.equal(v('Ostrander is now 35', '35'), 'contradicted');
    assert.equal(v('Ostrander is now 34', '34'), 'supported');
    assert.notEqual(v('Ostrander has made 35 visits', '35'), 'contradicted');
  });
  it('compares rates per different units of time in the note\'s unit, and never supports by arithmetic', () => {
    const files = { 'r.txt': 'Ferries\n\nThe Marlow ferry carries 10,000 passengers every month across the estuary.\n' };
    const r = check('The Marlow ferry carries 10,000 passengers every week across the estuary [@r].\n', undefined, files);
    assert.equal(verdictOf(r, '10,000'), 'contradicted');
    // the source's value is no fix for a rate per another unit
    assert.deepEqual(r.figures.find((f) => f.figure.text === '10,000')?.fixes, []);
    assert.match(r.diagnostics.find((x) => x.code === 'figure-mismatch')?.message ?? '', /says 10,000 a week; source .* says 10,000 a month/);
    assert.notEqual(verdictOf(check('The Marlow ferry carries 2,300 passengers every week across the estuary [@r].\n', undefined, files), '2,300'), 'supported');
    assert.equal(verdictOf(check('The Marlow ferry carries 10,000 passengers every month across the estuary [@r].\n', undefined, files), '10,000'), 'supported');
  });
  it('lets a contradiction naming the note\'s subject outweigh a support that names nobody', () => {
    const files = {
      't.txt': 'Games tour\n\nThe top prize at each stop on the tour will be $15,000.\n\nThe Kellmouth stop opens in March. A total of $50,000 in prizes is on offer in Kellmouth.\n',
    };
    assert.equal(verdictOf(check('The Kellmouth stop offers $15,000 in prizes [@t].\n', undefined, files), '$15,000'), 'contradicted');
    assert.equal(verdictOf(check('The top prize at each stop on the tour is $15,000 [@t].\n', undefined, files), '$15,000'), 'supported');
  });
  it('supports a rounding of a precise figure, or a position, stated in a clause about the note\'s subject', () => {
    const files = {
      'd.txt': 'Donations\n\nThe Greens were in second place with donations totalling £4,610,849, while the Reds received just over £1m.\n\nThe only new entry in the top 10 was Harbour Manager 2005, in at number seven.\n',
    };
    const v = (note: string, fig: string) => verdictOf(check(note + ' [@d]\n', undefined, files), fig);
    assert.equal(v('The Greens received roughly £4.6m', '£4.6m'), 'supported');
    assert.equal(v('Harbour Manager 2005 entered the chart at number seven', 'number seven'), 'supported');
    // not about the subject the source figure's clause names
    assert.notEqual(v('The Blues received roughly £4.6m', '£4.6m'), 'supported');
  });
  it('a party is one subject under its short and long names (Tories / Conservatives, Lib Dems / Liberal Democrats)', () => {
    const files = {
      'poll.txt': 'Weekend poll\n\nA poll for the Harbour Herald put Labour on 39%, the Conservatives on 34% and the Liberal Democrats on 19%.\n\nThe Conservatives said only a third of pupils now swim a length.\n',
    };
    const v = (note: string, fig: string) => verdictOf(check(note + ' [@poll]\n', undefined, files), fig);
    assert.equal(v('The Tories said only a quarter of pupils now swim a length', 'a quarter'), 'contradicted');
    assert.equal(v('The Tories stood at 34%', '34%'), 'supported');
    assert.equal(v('The Lib Dems were on 19%', '19%'), 'supported');
  });
  it('catches digits transposed for a subject the source names later in the same sentence', () => {
    const files = { 'gifts.txt': 'Party gifts\n\nAlso among the gifts to the Greens were 24 donations totalling £161,840 from Kestrel Holdings.\n' };
    const v = (note: string, fig: string) => verdictOf(check(note + ' [@gifts]\n', undefined, files), fig);
    assert.equal(v('Kestrel Holdings made 42 separate gifts to the Greens', '42'), 'contradicted');
    assert.equal(v('Kestrel Holdings made 24 separate gifts to the Greens', '24'), 'supported');
    // a subject the source does not name is no misquote of it
    assert.notEqual(v('Osprey Trust made 42 separate gifts to the Greens', '42'), 'contradicted');
  });
  it('reads the metric past "as a whole" and catches a scale slip there', () => {
    const files = { 'sale.txt': 'Memorabilia sale\n\nThe auction made a total of $1.1m (£600,000).\n' };
    const v = (note: string, fig: string) => verdictOf(check(note + ' [@sale]\n', undefined, files), fig);
    assert.equal(v('The auction as a whole raised $1.1bn', '$1.1bn'), 'contradicted');
    assert.equal(v('The auction as a whole raised $1.1m', '$1.1m'), 'supported');
  });
  it('a day of a month stated in a clause naming the note\'s subject supports it', () => {
    const files = { 'browser.txt': 'Browser share\n\nA survey says the open-source browser Larkspur 1.0, released on 9 November, is drawing users away.\n' };
    const v = (note: string, fig: string) => verdictOf(check(note + ' [@browser]\n', undefined, files), fig);
    assert.equal(v('Larkspur 1.0 came out on 9 November', '9 November'), 'supported');
    assert.notEqual(v('Larkspur 1.0 came out on 19 November', '19 November'), 'supported');
  });
  it('an age written "N-year-old" is the person\'s age, for or against the note', () => {
    const files = { 'open.txt': 'San Marco Open\n\nFifteen-year-old Dara Quill went out in round one of the San Marco Open.\n' };
    const v = (note: string, fig: string) => verdictOf(check(note + ' [@open]\n', undefined, files), fig);
    assert.equal(v('Dara Quill, 15, went out in the first round', '15'), 'supported');
    assert.equal(v('Dara Quill, 17, went out in the first round', '17'), 'contradicted');
    assert.equal(v('The 15-year-old Dara Quill went out early', '15'), 'supported');
  });
  it('catches a scale slip (million for billion)', () => {
    const r = check('The firm put $14.3 million into Scale AI [@deal].\n');
    assert.equal(verdictOf(r, '$14.3 million'), 'contradicted');
  });
  it('leaves figures about other things unverified, never contradicted', () => {
    const r = check('The company employs about 70,000 people.\n\nGoogle planned 500,000 H100 GPUs.\n\nThe office has 12 floors [@001].\n');
    assert.equal(verdictOf(r, '70,000'), 'unverified');
    assert.equal(verdictOf(r, '500,000'), 'unverified');
    assert.equal(verdictOf(r, '12'), 'unverified');
    assert.ok(r.diagnostics.every((d) => d.code === 'figure-unverified' && d.severity === 'hint'));
  });
  it('does not contradict figures that measure something else: rate vs total, other years, complements, other date roles', () => {
    const files = {
      'k.txt':
        'Courts\n\nMore than two million cases were filed in the courts between 2014 and 2019.\n\nIn 2017, some 699,055 passengers used the line.\n\nIn the survey, 69% of adults said they did not drink alcohol.\n\nThe lab was founded in 2016 and grew fast.\n',
    };
    const v = (note: string, fig: string) => verdictOf(check(note + ' [@k]\n', {}, files), fig);
    assert.notEqual(v('About 400,000 cases are filed in the courts every year.', '400,000'), 'contradicted');
    assert.notEqual(v('In 2019, 900,000 passengers used the line.', '900,000'), 'contradicted');
    assert.notEqual(v('In the survey, 31% of adults said they drink alcohol.', '31%'), 'contradicted');
    assert.notEqual(v('The lab has grown fast since 2018.', '2018'), 'contradicted');
    // …while the same kind of claim with the same frame is still caught
    assert.equal(v('In 2017, some 900,000 passengers used the line.', '900,000'), 'contradicted');
    assert.equal(v('The lab was founded in 2018 and grew fast.', '2018'), 'contradicted');
  });
  it('explains a contradiction with the figure of the same subject, not a neighbour’s', () => {
    const files = { 'g.txt': 'Growth\n\nRay downloads rose 25.6% in March. Meanwhile Weaviate, a rival, rose 11.4%.\n' };
    const r = check('Weaviate rose 14.1% in March [@g].\n', {}, files);
    assert.equal(r.figures[0].verdict, 'contradicted');
    assert.equal(r.figures[0].evidence[0].figure?.text, '11.4%');
    // "grew" (irregular past) meets "rose"? no: but it meets "growing"
    const g = check('Ray downloads grew 35.6% in March [@h].\n', {}, { 'h.txt': 'Growth\n\nRay downloads are growing 25.6% in March.\n' });
    assert.equal(g.figures[0].verdict, 'contradicted');
  });
  it('does not lend a figure to another subject named in the same sentence', () => {
    const files = { 'm.txt': 'Models\n\nThe open model scored 82.0 on the MMLU test, close to rivals such as Claude Sonnet and Gemini Pro.\n' };
    assert.notEqual(verdictOf(check('Claude Sonnet scored 79.0 on the MMLU test [@m].\n', {}, files), '79.0'), 'contradicted');
    assert.equal(verdictOf(check('The open model scored 79.0 on the MMLU test [@m].\n', {}, files), '79.0'), 'contradicted');
  });
  it('keeps figures of different survey years apart even when the year is a few words away', () => {
    const files = { 's.txt': 'Risk\n\nA 2023 poll of AI researchers put the chance of catastrophe at 10% in all.\n' };
    assert.notEqual(verdictOf(check('A 2022 poll of AI researchers put the chance of catastrophe at 5% [@s].\n', {}, files), '5%'), 'contradicted');
    assert.equal(verdictOf(check('A 2023 poll of AI researchers put the chance of catastrophe at 5% [@s].\n', {}, files), '5%'), 'contradicted');
  });
  it('keeps figures tied to different times apart: a period against a year', () => {
    const files = { 'c.txt': 'Costs\n\nWildfires pushed disaster costs in 2018 to $91 billion.\n' };
    assert.notEqual(verdictOf(check('Over the past two years disaster costs reached $400 billion [@c].\n', {}, files), '$400 billion'), 'contradicted');
    assert.equal(verdictOf(check('In 2018 disaster costs reached $40 billion [@c].\n', {}, files), '$40 billion'), 'contradicted');
  });
  it('does not use a value the note states elsewhere in the sentence against its other figure', () => {
    const files = { 'r.txt': 'History\n\nThe country spent 29 years under military rule.\n' };
    assert.notEqual(verdictOf(check('For 29 of our 60 years the country was under military rule [@r].\n', {}, files), '60 years'), 'contradicted');
  });
  it('accepts a note that rounds the source to fewer digits, not one that changes it', () => {
    const files = { 'p.txt': 'Poverty\n\nThe clock shows 90.9 million people in extreme poverty.\n' };
    assert.equal(verdictOf(check('The clock shows 90 million people in extreme poverty [@p].\n', {}, files), '90 million'), 'supported');
    assert.equal(verdictOf(check('The clock shows 80 million people in extreme poverty [@p].\n', {}, files), '80 million'), 'contradicted');
  });
  it('never treats parts of names as figures', () => {
    const r = check('The Llama 3 70B model beat GPT-4o and Gemini Pro 1.0 on H100 hardware [@001].\n');
    assert.deepEqual(
      r.figures.map((f) => f.figure.text).filter((t) => ['3', '4', '1.0', '100'].includes(t)),
      [],
    );
  });
  it('scopes to the paragraph’s citations, and to all sources without any', () => {
    const r = check('The firm put $14.3 billion into Scale AI.\n');
    const f = r.figures[0];
    assert.equal(f.verdict, 'supported');
    assert.equal(f.scope, null);
    assert.ok(f.fixes.some((x) => x.title.startsWith('Cite deal')), 'offers to cite the source');
  });
  it('says when a right figure is cited to the wrong source, and offers the right key', () => {
    const r = check('The firm put $14.3 billion into Scale AI [@001].\n');
    const f = r.figures[0];
    assert.equal(f.verdict, 'supported');
    assert.equal(f.wrongSource?.source.key, '002_deals');
    const d = r.diagnostics.find((x) => x.code === 'figure-wrong-source')!;
    assert.equal(d.severity, 'information');
    assert.equal(d.fixes[0].edits[0].newText, 'deal');
  });
  it('a position in the cited source outweighs the same position in another source', () => {
    const files = {
      'seville.txt': 'Davis Cup\n\nOn clay, 1998 Open champion Ferro had too much for world number two Quill.\n',
      'sanjose.txt': 'San Jose\n\nAnd world number three Quill dropped a set before pulling out a win in San Jose.\n',
    };
    const r = check('Quill is ranked third in the world [@seville].\n', undefined, files);
    assert.equal(verdictOf(r, 'third'), 'contradicted');
    assert.equal(r.figures[0].wrongSource, undefined);
    // cited to the source that says nothing of it, the other source's words are a wrong source
    const r2 = check('Quill is ranked third in the world [@sanjose].\n', undefined, files);
    assert.equal(verdictOf(r2, 'third'), 'supported');
  });
  it('offers a fix that keeps the note’s own format', () => {
    const note = 'The firm put $41.3 billion into Scale AI [@deal].\n';
    const r = check(note);
    const fix = r.diagnostics.find((d) => d.code === 'figure-mismatch')!.fixes[0];
    const e = fix.edits[0];
    assert.equal(note.slice(0, e.start) + e.newText + note.slice(e.end), 'The firm put $14.3 billion into Scale AI [@deal].\n');
  });
  it('respects rule severities and grounded-ignore', () => {
    const note = '<!-- grounded-ignore -->\nThe company planned 250,000 H100 GPUs [@001].\n\nThe company planned 250,000 H100 GPUs [@001].\n';
    const r = check(note);
    assert.deepEqual(r.diagnostics.filter((d) => d.code === 'figure-mismatch').map((d) => d.start), [note.lastIndexOf('250,000')]);
    const off = check(note, { rules: { 'figure-mismatch': 'off' } });
    assert.equal(off.diagnostics.filter((d) => d.code === 'figure-mismatch').length, 0);
    const err = check(note, { rules: { 'figure-mismatch': 'error' } });
    assert.equal(err.diagnostics.find((d) => d.code === 'figure-mismatch')?.severity, 'error');
  });
  it('a figure is checked against its sentence’s citations, else its paragraph’s, else every source', () => {
    const files = {
      'a.txt': 'Acme\n\nAcme sold 12,500 widgets in 2023. Beta sold 900 gizmos.\n',
      'b.txt': 'Beta\n\nBeta sold 4,000 gadgets.\n',
    };
    const note = 'Acme sold 12,500 widgets in 2023. The report says so [@a].\n\nBeta sold 4,000 gadgets [@b]. Beta also sold 900 gizmos [@a].\n\nNobody sold 77 kites.\n';
    const r = check(note, {}, files);
    const scope = (text: string) => r.figures.find((f) => f.figure.text === text)?.scope?.map((x) => x.key) ?? null;
    assert.deepEqual(scope('12,500'), ['a'], 'no citation in its sentence: the paragraph’s');
    assert.deepEqual(scope('4,000'), ['b'], 'its own sentence’s citation, not the paragraph’s');
    assert.deepEqual(scope('900'), ['a']);
    assert.equal(scope('77'), null, 'no citation in its paragraph: every source');
  });
  it('lists diagnostics in the order of the note, whatever found them first', () => {
    const files = { 'a.txt': 'Acme\n\nAcme sold 12,500 widgets in 2023.\n' };
    const note = 'Acme sold 15,500 widgets in 2023 [@a], as "nobody ever said" [@a]. See [@zzz].\n\nAcme sold 19,500 widgets [@a].\n';
    const r = check(note, {}, files);
    const codes = r.diagnostics.map((d) => d.code);
    assert.deepEqual(codes, ['figure-mismatch', 'quote-not-found', 'unknown-source', 'figure-mismatch']);
    const spans = r.diagnostics.map((d) => [d.start, d.end]);
    assert.deepEqual(spans, [...spans].sort((x, y) => x[0] - y[0] || x[1] - y[1]));
  });
  it('a note of exactly maxNoteChars is checked; one character more is a check-limit finding, and nothing in it is read', () => {
    const note = 'The company planned 250,000 H100 GPUs [@001].\n';
    const at = check(note, { maxNoteChars: note.length });
    assert.deepEqual(at.diagnostics.map((d) => d.code), ['figure-mismatch']);
    const over = check(note, { maxNoteChars: note.length - 1 });
    assert.deepEqual(over.diagnostics.map((d) => d.code), ['check-limit']);
    assert.deepEqual([over.figures.length, over.quotes.length, over.citations.length], [0, 0, 0]);
    const parsed = checkParsedNote(parseNote(note), corpusOf(FILES), { maxNoteChars: note.length });
    assert.deepEqual(parsed.diagnostics.map((d) => d.code), ['figure-mismatch']);
    assert.deepEqual(checkParsedNote(parseNote(note), corpusOf(FILES), { maxNoteChars: note.length - 1 }).diagnostics.map((d) => d.code), ['check-limit']);
  });
  it('widens agreement for hedged figures by the hedge tolerance', () => {
    const files = { 'a.txt': 'Staff\n\nThe agency employs 72,000 staff across the country.\n' };
    assert.equal(verdictOf(check('The agency employs about 70,000 staff [@a].\n', {}, files), '70,000'), 'supported');
    assert.equal(verdictOf(check('The agency employs about 70,000 staff [@a].\n', { hedgeTolerance: 0.01 }, files), '70,000'), 'contradicted');
  });
});

describe('checking quotes and citations', () => {
  it('finds quotes modulo case, quote style, dashes and white space', () => {
    const r = check('Critics spoke of a "manhattan project" [@deal]. Architectures are “doomed” — they cannot plan [@003].\n\nHe said "current architectures are \'doomed\' - they\ncannot plan" [@003].\n');
    assert.deepEqual(r.quotes.map((q) => q.verdict), ['found', 'found', 'found']);
    assert.equal(r.diagnostics.filter((d) => d.code === 'quote-not-found').length, 0);
  });
  it('case: a quote in capitals, or in lower case where the source capitalises, is found, at the source’s own words', () => {
    for (const q of ['MANHATTAN PROJECT', 'manhattan project', 'mAnHaTtAn PrOjEcT']) {
      const r = check(`Critics spoke of a "${q}" [@deal].\n`);
      assert.equal(r.quotes[0].verdict, 'found', q);
      const e = r.quotes[0].evidence[0];
      assert.equal(e.source.text.slice(e.start, e.end), 'Manhattan Project', `${q}: the evidence span is the source's text`);
    }
    const upper = check('The scientist said "CURRENT ARCHITECTURES ARE \'DOOMED\' - THEY CANNOT PLAN" [@003].\n');
    assert.equal(upper.quotes[0].verdict, 'found');
    assert.equal(upper.diagnostics.filter((d) => d.code === 'quote-not-found').length, 0);
  });
  it('case only: a quote that differs by a letter, not by case, is not found', () => {
    assert.equal(check('Critics spoke of a "Manhattan Projects" [@deal].\n').quotes[0].verdict, 'not-found');
    assert.equal(check('Critics spoke of a "MANHATTEN PROJECT" [@deal].\n').quotes[0].verdict, 'not-found');
  });
  it('normalises case, quote marks, dashes and spaces, keeping a map back to every original offset', () => {
    const s = 'Ab \u201cC\u201d \u2014  D\u2026';
    const n = normalizeWithMap(s);
    assert.equal(n.text, "ab 'c' - d...");
    assert.deepEqual([...n.map].map((i) => s[i]), ['A', 'b', ' ', '\u201c', 'C', '\u201d', ' ', '\u2014', ' ', 'D', '\u2026', '\u2026', '\u2026']);
  });
  it('finds a quote with an ellipsis when its parts are in order', () => {
    const r = check('"The family of apps … nearly 4 billion people" [@003]\n');
    assert.equal(r.quotes[0].verdict, 'found');
  });
  it('reports a misquote with the closest passage and a fix with the exact words', () => {
    const note = 'The scientist said "current architectures are broken - they cannot plan" [@003].\n';
    const r = check(note);
    assert.equal(r.quotes[0].verdict, 'not-found');
    const d = r.diagnostics.find((x) => x.code === 'quote-not-found')!;
    assert.match(d.message, /Closest \(003, line 5\)/);
    const e = d.fixes[0].edits[0];
    const fixed = note.slice(0, e.start) + e.newText + note.slice(e.end);
    assert.equal(fixed, 'The scientist said "current architectures are \'doomed\' — they cannot plan" [@003].\n');
    assert.equal(check(fixed).quotes[0].verdict, 'found', 'the fixed quote is found');
  });
  it('offers no rewrite when the closest passage is not the same sentence', () => {
    const r = check('The scientist said "scaling laws will deliver superintelligence soon" [@003].\n');
    assert.equal(r.quotes[0].verdict, 'not-found');
    assert.equal(r.quotes[0].suggestion, undefined);
  });
  it('says where a quote is when it is in another source than the one cited', () => {
    const r = check('A "Manhattan Project" for the future [@003].\n');
    assert.equal(r.quotes[0].verdict, 'not-found');
    assert.equal(r.quotes[0].foundElsewhere?.source.key, '002_deals');
  });
  it('flags unknown and ambiguous citations as errors, with suggestions', () => {
    const r = check('See [@009] and [@00].\n');
    const codes = r.diagnostics.map((d) => `${d.code}:${d.severity}`);
    assert.deepEqual(codes, ['unknown-source:error', 'ambiguous-source:error']);
    assert.match(r.diagnostics[0].message, /Unknown source "@009"/);
  });
});

describe('configuration', () => {
  it('parses settings.json with comments and trailing commas', () => {
    const parsed = parseSettingsFile('.vscode/settings.json', '{\n // c\n "grounded.sources": ["src/**/*.txt",], /* x */ "grounded.hedgeTolerance": 0.2,\n}');
    assert.deepEqual(parsed.problems, []);
    assert.deepEqual(normalizeConfig(parsed.valid), { sources: ['src/**/*.txt'], hedgeTolerance: 0.2 });
  });
});

describe('markdown chunks and the plain-paragraph fast path', () => {
  const samples = [
    fs.readFileSync(path.resolve(__dirname, '../../examples/notes/analysis.md'), 'utf8'),
    '# Title\n\nPlain prose with 350,000 GPUs [@001] and "a quote here" [@002, p. 3].\nA second line of the same paragraph.\n\n- a list item with 12%\n- another\n\n1. numbered 2024\n2) also\n\n    indented code 42\n\nText with *emphasis* 7 and `code 9` and <b>html 5</b>.\n\n> quoted 10 words here\n> more\n\n— [@001]\n\nSetext heading 3\n===\n\nPara with trailing spaces  \nand a hard break 8.\n\n```\nfenced\n\nwith blank 77\n```\n\nAfter fence 66.\n',
    '---\ntitle: x\n\nyear: 1999\n---\n\nBody 12 [@a].\n\n  Two-space indented para 13.\n\n+ plus list 14\n\nLast [link](http://x/15) 16 and [@b; @c].\n',
  ];
  it('covers the text with contiguous chunks and never splits a fence or front matter', () => {
    for (const t of samples) {
      const cs = chunks(t);
      assert.equal(cs[0].start, 0);
      assert.equal(cs[cs.length - 1].end, t.length);
      for (let i = 1; i < cs.length; i++) assert.equal(cs[i].start, cs[i - 1].end);
      for (const c of cs) {
        const piece = t.slice(c.start, c.end);
        assert.equal((piece.match(/^```/gm) ?? []).length % 2, 0, `fence split: ${JSON.stringify(piece)}`);
      }
    }
    assert.ok(chunks(samples[2])[0].end > samples[2].indexOf('year: 1999'), 'front matter kept whole');
  });
  it('gives exactly what remark gives, with and without the fast path', () => {
    const view = (n: ReturnType<typeof parseNote>) =>
      JSON.stringify({
        masked: n.masked,
        blocks: n.blocks.map((b) => [b.kind, b.start, b.end, b.inBlockquote]),
        sentences: n.sentences.map((s) => [s.start, s.end, s.block]),
        citations: n.citations.map((c) => [c.key, c.start, c.end, c.locator]),
        quotes: n.quotes.map((q) => [q.text, q.start, q.end, q.block]),
        figures: n.figures.map((f) => [f.text, f.start, f.value]),
        ignored: [...n.ignored].map(([k, v]) => [k, [...v]]),
      });
    for (const t of samples) {
      const slow = view(new NoteParser({ plainFastPath: false }).parse(t));
      const fast = view(parseNote(t));
      assert.equal(fast, slow);
    }
  });
});
