// The note parser (server/src/engine/notes: chunks.ts, markdown.ts, parser.ts), written against the
// mutants of `MUTATE=engine/notes/parser.ts,engine/notes/chunks.ts,engine/notes/markdown.ts npm run
// mutate` that survived: where a chunk ends, each limit on input micromark is slow on at its
// boundary (the tests that reach them with hostile input are left out of mutation runs), what the
// fast path takes, what is masked, block quotes read as quotes. Every input is small and made up.
import * as assert from 'node:assert/strict';
import { chunks, planChunk, MAX_BRACKET_NESTING, MAX_DENSE_MARKUP, MAX_NESTING, MAX_RUN_BRACKETS, MAX_UNDERLINES } from '../../server/src/engine/notes/chunks';
import { layoutChunk, plainLayout, plainParagraph } from '../../server/src/engine/notes/markdown';
import { NoteParser, blankRanges, parseNote } from '../../server/src/engine/notes';
import { drain } from '../../server/src/engine/steps';

const spans = (t: string) => chunks(t).map((c) => t.slice(c.start, c.end));

describe('notes/chunks.ts: where a chunk ends', () => {
  const cases: [string, string, string[]][] = [
    ['paragraphs', 'One.\n\nTwo.\n', ['One.\n\n', 'Two.\n']],
    ['an indented line after a blank one stays', 'One.\n\n  two.\n\nThree.\n', ['One.\n\n  two.\n\n', 'Three.\n']],
    ['no blank line, no end', 'One.\nTwo.\n', ['One.\nTwo.\n']],
    ['a line of spaces is blank', 'One.\n   \nTwo.\n', ['One.\n   \n', 'Two.\n']],
    ['CRLF', 'One.\r\n\r\nTwo.\r\n', ['One.\r\n\r\n', 'Two.\r\n']],
    ['YAML front matter with a blank line', '---\na: 1\n\nb: 2\n---\n\nBody.\n\nNext.\n', ['---\na: 1\n\nb: 2\n---\n\n', 'Body.\n\n', 'Next.\n']],
    ['front matter closed by "..."', '---\na: 1\n\nb: 2\n...\nBody.\n\nNext.\n', ['---\na: 1\n\nb: 2\n...\nBody.\n\n', 'Next.\n']],
    ['TOML front matter', '+++\na = 1\n\nb = 2\n+++\nBody.\n\nNext.\n', ['+++\na = 1\n\nb = 2\n+++\nBody.\n\n', 'Next.\n']],
    ['front matter never closed: a rule, then paragraphs', '---\na: 1\n\nb: 2\n', ['---\na: 1\n\n', 'b: 2\n']],
    ['"---" not on the first line', 'Intro.\n---\na: 1\n\nb: 2\n---\n', ['Intro.\n---\na: 1\n\n', 'b: 2\n---\n']],
    ['"----" is no front matter', '----\na\n\nb\n', ['----\na\n\n', 'b\n']],
    ['a fence keeps its blank lines', 'One.\n\n```\ncode\n\nmore\n```\n\nAfter.\n', ['One.\n\n', '```\ncode\n\nmore\n```\n\n', 'After.\n']],
    ['a fence closes only with as many marks', 'One.\n\n~~~~\ncode\n\n~~~\nstill\n\n~~~~~\n\nAfter.\n', ['One.\n\n', '~~~~\ncode\n\n~~~\nstill\n\n~~~~~\n\n', 'After.\n']],
    ['a backtick fence is not closed by tildes', '```\na\n\n~~~\n\nb\n```\n\nAfter.\n', ['```\na\n\n~~~\n\nb\n```\n\n', 'After.\n']],
    ['a fence indented by four is code, not a fence', 'One.\n\n    ```\n\nTwo.\n', ['One.\n\n    ```\n\n', 'Two.\n']],
    ['a closing fence with trailing blanks', '```\na\n\n```  \n\nAfter.\n', ['```\na\n\n```  \n\n', 'After.\n']],
    ['a fence never closed runs to the end', '```\na\n\nb\n', ['```\na\n\nb\n']],
    ['a blank first line', '\nOne.\n', ['\n', 'One.\n']],
    ['nothing', '', ['']],
  ];
  for (const [name, text, expected] of cases) it(name, () => assert.deepEqual(spans(text), expected));
});

describe('notes/chunks.ts: the limits of planChunk, each at its boundary', () => {
  const plan = (s: string) => {
    const p = planChunk(s);
    return { cut: p.cut, block: p.blockHostile, inline: p.inlineHostile };
  };
  const none = { cut: [], block: false, inline: false };
  it('the limits are the documented ones', () => {
    assert.deepEqual([MAX_NESTING, MAX_BRACKET_NESTING, MAX_RUN_BRACKETS, MAX_DENSE_MARKUP, MAX_UNDERLINES], [100, 32, 4000, 64, 32]);
  });
  const n = MAX_NESTING;
  const cases: [string, string, ReturnType<typeof plan>][] = [
    ['block-quote markers: at the limit', '>'.repeat(n) + ' x', none],
    ['block-quote markers: one over, the rest of the line cut', '>'.repeat(n + 1) + ' x', { cut: [[n, n + 3]], block: false, inline: false }],
    ['list markers "- ": at the limit', '- '.repeat(n) + 'x', none],
    ['list markers "- ": one over', '- '.repeat(n + 1) + 'x', { cut: [[2 * n, 2 * n + 3]], block: false, inline: false }],
    ['list markers "+ " and "* " count too', '+ * '.repeat(n / 2) + '+ x', { cut: [[2 * n, 2 * n + 3]], block: false, inline: false }],
    ['"-x" is no marker', '-x'.repeat(2 * n), none],
    ['numbered markers "1. "', '1. '.repeat(n + 1) + 'x', { cut: [[3 * n, 3 * n + 4]], block: false, inline: false }],
    ['numbered markers "1) "', '1) '.repeat(n + 1) + 'x', { cut: [[3 * n, 3 * n + 4]], block: false, inline: false }],
    ['nine digits make a marker', '123456789. '.repeat(n + 1) + 'x', { cut: [[11 * n, 11 * n + 12]], block: false, inline: false }],
    ['ten digits do not', '1234567890. '.repeat(n + 1) + 'x', none],
    ['"1.x" is no marker', '1.x '.repeat(n + 1), none],
    ['a numbered marker at the end of the line', '1. '.repeat(n) + '1.', { cut: [[3 * n, 3 * n + 2]], block: false, inline: false }],
    ['indentation: two columns a level, at the limit', ' '.repeat(2 * n + 1) + 'x', none],
    ['indentation: one column over', ' '.repeat(2 * n + 2) + 'x', { cut: [[2 * n + 1, 2 * n + 3]], block: false, inline: false }],
    ['a tab is four columns', '\t'.repeat(n / 2) + 'x', none],
    ['a tab over', '\t'.repeat(n / 2 + 1) + 'x', { cut: [[n / 2, n / 2 + 2]], block: false, inline: false }],
    ['the space after ">" is its own', '> '.repeat(n) + 'x', none],
    ['a second space after ">" is indentation', '>  '.repeat(n) + 'x', { cut: [[201, 300 + 1]], block: false, inline: false }],
    ['the line after a cut line is read afresh', '>'.repeat(n + 1) + ' x\ny', { cut: [[n, n + 3]], block: false, inline: false }],
    ['brackets open at once: at the limit', '['.repeat(MAX_BRACKET_NESTING) + 'a'.repeat(200), none],
    ['brackets open at once: one over', '['.repeat(MAX_BRACKET_NESTING + 1) + 'a'.repeat(200), { cut: [], block: false, inline: true }],
    ['closed brackets do not nest', '[]'.repeat(MAX_BRACKET_NESTING + 1) + 'a'.repeat(200), none],
    ['a "]" with none open does not go below zero', ']'.repeat(10) + '['.repeat(MAX_BRACKET_NESTING) + 'a'.repeat(300), none],
    ['escaped brackets are text', '\\['.repeat(MAX_BRACKET_NESTING + 8) + 'a'.repeat(400), none],
    ['brackets in a run: at the limit', '[] abcdefghijkl\n'.repeat(MAX_RUN_BRACKETS / 2), none],
    ['brackets in a run: over', '[] abcdefghijkl\n'.repeat(MAX_RUN_BRACKETS / 2 + 1), { cut: [], block: false, inline: true }],
    ['a blank line ends a run', ('[] abcdefghijkl\n'.repeat(MAX_RUN_BRACKETS / 4) + '\n').repeat(3), none],
    ['dense markup: over the count and over a quarter', '!'.repeat(65) + 'a'.repeat(194), { cut: [], block: false, inline: true }],
    ['dense markup: exactly a quarter', '!'.repeat(65) + 'a'.repeat(195), none],
    ['dense markup: at the count', '!'.repeat(64) + 'a'.repeat(10), none],
    ['"&" and "<" are markup', '&<'.repeat(33) + 'a'.repeat(100), { cut: [], block: false, inline: true }],
    ['"\\" is markup and hides the next character', '\\a'.repeat(65) + 'b'.repeat(100), { cut: [], block: false, inline: true }],
    ['other punctuation is not', '?.,;'.repeat(40), none],
    ['a dense run before a blank line', '!'.repeat(65) + '\n\nplain words after it', { cut: [], block: false, inline: true }],
    ['setext underlines: at the limit', 'a\n=\n'.repeat(MAX_UNDERLINES), none],
    ['setext underlines: over', 'a\n=\n'.repeat(MAX_UNDERLINES + 1), { cut: [], block: true, inline: false }],
    ['"--" after text counts', 'a\n--\n'.repeat(MAX_UNDERLINES + 1), { cut: [], block: true, inline: false }],
    ['trailing blanks after an underline', 'a\n== \t\n'.repeat(MAX_UNDERLINES + 1), { cut: [], block: true, inline: false }],
    ['an underline after a blank line does not count', 'a\n\n=\n'.repeat(MAX_UNDERLINES + 8), none],
    ['"== x" is no underline', 'a\n== x\n'.repeat(MAX_UNDERLINES + 8), none],
    ['"=-" is no underline', 'a\n=-\n'.repeat(MAX_UNDERLINES + 8), none],
    ['CR line ends count as lines', 'a\r=\r'.repeat(MAX_UNDERLINES + 1), { cut: [], block: true, inline: false }],
    ['CRLF line ends count once', 'a\r\n=\r\n'.repeat(MAX_UNDERLINES + 1), { cut: [], block: true, inline: false }],
  ];
  for (const [name, text, expected] of cases) it(name, () => assert.deepEqual(plan(text), expected));

  it('a cut span is blanked in the source, offsets kept', () => {
    const text = '>'.repeat(n + 1) + ' x\ny';
    const p = planChunk(text);
    assert.equal(p.source, '>'.repeat(n) + '   \ny');
  });
  it('a chunk with dense markup has its inline markup quieted, what shapes blocks kept', () => {
    const text = '[def]: /u\n<div>\n</script>\n*** \n```js\ntext ] [ ! & \\ < ` * _ ]: ]> ]]> </pre> end\n' + '!'.repeat(70);
    const p = planChunk(text);
    assert.equal(p.inlineHostile, true);
    assert.equal(p.source, '[def]: /u\n<div>\n</script>\n*** \n```js\ntext x x x x x x x x x ]: ]> ]]> </pre> end\n' + 'x'.repeat(70));
    assert.equal(p.source.length, text.length);
  });
  it('in a quieted chunk, "*" and "_" are kept on a line that opens with one, "`" on a line that opens with one', () => {
    const text = '_ a * b _\n*a _ b\n` a * b `\n- *a _ b\n' + '&'.repeat(70);
    assert.equal(planChunk(text).source, '_ a * b _\n*a _ b\n` a x b `\n- *a _ b\n' + 'x'.repeat(70));
  });
  it('in a quieted chunk, the markup after a container prefix is judged from the content', () => {
    const text = '> [a] <b>\n' + '!'.repeat(70);
    assert.equal(planChunk(text).source, '> [ax xb>\n' + 'x'.repeat(70));
  });
  it('a chunk with no inline limit crossed keeps its source', () => {
    const text = 'Some [link](u) and <b>x</b> & 5!';
    assert.equal(planChunk(text).source, text);
  });
});

describe('notes/markdown.ts: how a chunk is parsed', () => {
  const modes: [string, string][] = [
    ['Plain prose with 12 figures.\nA second line.\n', 'fast'],
    ['Prose with a citation [@k, p. 3].\n', 'fast'],
    ['Prose with [-@k].\n', 'fast'],
    ['A link [@k](http://x) is not a citation.\n', 'markdown'],
    ['A reference [@k][r] is not a citation.\n', 'markdown'],
    ['A definition [@k]: is not a citation.\n', 'markdown'],
    ['Words *stressed* here.\n', 'markdown'],
    ['Words _stressed_ here.\n', 'markdown'],
    ['Words `code` here.\n', 'markdown'],
    ['Words <b>bold</b> here.\n', 'markdown'],
    ['A quote > here.\n', 'markdown'],
    ['A [bracket] here.\n', 'markdown'],
    ['An escape \\* here.\n', 'markdown'],
    ['An entity &amp; here.\n', 'markdown'],
    ['A table | here.\n', 'markdown'],
    ['A strike ~here.\n', 'markdown'],
    ['A hash # here.\n', 'markdown'],
    ['An image ![x] here.\n', 'markdown'],
    ['A tab\there.\n', 'markdown'],
    ['A no-break\u00a0space.\n', 'markdown'],
    ['A line\u2028separator.\n', 'markdown'],
    ['A form\ffeed.\n', 'markdown'],
    ['A CR\r\nline end.\n', 'markdown'],
    ['A bang! here.\n', 'fast'],
    ['One.\n\nTwo.\n', 'markdown'],
    ['    Indented code.\n', 'markdown'],
    ['   Three spaces lead.\n', 'fast'],
    ['- a list\n', 'fast'],
    ['- a list [@a]\n- of two 12% [@b, p. 3]\n\n', 'fast'],
    ['- a list\n\n- loose\n', 'markdown'],
    ['- a list\n  continued\n', 'markdown'],
    ['- a list\n+ another\n', 'markdown'],
    ['- - nested\n', 'markdown'],
    ['- 1. nested\n', 'markdown'],
    ['- 2004. A year\n', 'markdown'],
    ['- 2004 A year\n', 'fast'],
    ['-  two spaces\n', 'markdown'],
    ['- trailing space \n', 'markdown'],
    ['- *emphasis*\n', 'markdown'],
    ['- \n', 'markdown'],
    ['# A heading\n\n', 'fast'],
    ['###### Six [@a]\n', 'fast'],
    ['####### Seven\n', 'markdown'],
    ['## Closed ##\n', 'markdown'],
    ['## Two\nlines\n', 'markdown'],
    ['##  Two spaces\n', 'markdown'],
    ['#hashtag\n', 'markdown'],
    ['```python\nx = 1  # 2004\n```\n\n', 'fast'],
    ['````\n```\n````\n', 'fast'],
    ['```\nx\n```\n```\ny\n```\n', 'markdown'],
    ['```\nx\n  ```\nafter\n', 'markdown'],
    ['```\nunclosed\n', 'markdown'],
    ['```\nx\n```  \n', 'markdown'],
    ['~~~\nx\n~~~\n', 'markdown'],
    ['``` a`b\nx\n```\n', 'markdown'],
    ['+ a list\n', 'markdown'],
    ['Text\n=\n', 'markdown'],
    ['1. numbered\n', 'markdown'],
    ['1) numbered\n', 'markdown'],
    ['2024. A year\n', 'markdown'],
    ['2024.\n', 'markdown'],
    ['1234567890. Ten digits\n', 'fast'],
    ['2024.5 is a number\n', 'fast'],
    ['A hard break  \nnext.\n', 'markdown'],
    ['Trailing spaces at the end  ', 'markdown'],
    ['One trailing space \n', 'fast'],
    ['', 'markdown'],
    ['\n\n', 'markdown'],
    ['Words\n\n\n', 'fast'],
    ['[' + '['.repeat(40) + 'a]\n', 'blocks'],
    ['a\n=\n'.repeat(40), 'plain'],
  ];
  for (const [text, mode] of modes) {
    it(`${JSON.stringify(text.slice(0, 40))}: ${mode}, and the layout remark gives`, () => {
      const fast = layoutChunk(text);
      assert.equal(fast.mode, mode);
      const slow = layoutChunk(text, false);
      assert.notEqual(slow.mode, 'fast');
      const view = (l: ReturnType<typeof layoutChunk>) => JSON.stringify([l.blocks, l.masks, l.blockquotes, l.html]);
      if (mode === 'fast') assert.equal(view(fast), view(slow));
    });
  }
  it('the fast path: one paragraph from the first character that is not blank to the last line', () => {
    assert.deepEqual(plainParagraph('  Lead and tail.\n\n'), { blocks: [{ start: 2, end: 16, kind: 'paragraph', inBlockquote: false }], masks: [], blockquotes: [], html: [] });
    assert.deepEqual(plainParagraph('Last line ends with a space ')?.blocks[0].end, 28);
    assert.deepEqual(plainParagraph('A line ends with a space \nand another. ')?.blocks[0].end, 39);
    assert.deepEqual(plainParagraph('Then a break \n')?.blocks[0].end, 13);
    assert.deepEqual(plainParagraph('Then a blank line \n  \n')?.blocks[0].end, 18);
    assert.deepEqual(plainParagraph('Two lines\nof prose.\n\n\n')?.blocks[0].end, 19);
  });

  const trees: [string, unknown[]][] = [
    ['A `code 5` b.', [[[0, 13, 'paragraph', false]], [[2, 10]], [], []]],
    ['A <b>x</b> 5.', [[[0, 13, 'paragraph', false]], [[2, 5], [6, 10]], [], [[2, 5], [6, 10]]]],
    ['A ![alt 5](u.png) b.', [[[0, 20, 'paragraph', false]], [[2, 17]], [], []]],
    ['Line\\\nnext.', [[[0, 11, 'paragraph', false]], [[4, 6]], [], []]],
    ['Line  \nnext.', [[[0, 12, 'paragraph', false]], [[4, 7]], [], []]],
    ['A [label 5](http://x/6) b.', [[[0, 26, 'paragraph', false]], [[2, 3], [10, 23]], [], []]],
    ['A [*label* 5](http://x/6) b.', [[[0, 28, 'paragraph', false]], [[2, 3], [12, 25]], [], []]],
    ['A <http://x/7> b.', [[[0, 17, 'paragraph', false]], [[2, 3], [13, 14]], [], []]],
    ['A [](http://x/8) b.', [[[0, 19, 'paragraph', false]], [[2, 16]], [], []]],
    ['A [ref 5][r] b.\n\n[r]: http://x', [[[0, 15, 'paragraph', false]], [[17, 30]], [], []]],
    ['A ![img 5][r] b.\n\n[r]: http://x', [[[0, 16, 'paragraph', false]], [[2, 13], [18, 31]], [], []]],
    ['***', [[], [[0, 3]], [], []]],
    ['```\ncode 1\n```', [[], [[0, 14]], [], []]],
    ['    code 1', [[], [[0, 10]], [], []]],
    ['---\nt: 2\n---\nBody 3.', [[[13, 20, 'paragraph', false]], [[0, 12]], [], []]],
    ['+++\nt = 2\n+++\nBody 3.', [[[14, 21, 'paragraph', false]], [[0, 13]], [], []]],
    ['# Head 1', [[[0, 8, 'heading', false]], [], [], []]],
    ['> Q 1\n> > R 2', [[[2, 5, 'paragraph', true], [10, 13, 'paragraph', true]], [], [[0, 13], [8, 13]], []]],
    ['> - item 2', [[[4, 10, 'paragraph', true]], [], [[0, 10]], []]],
    ['- item 3\n\nAfter 4.', [[[2, 8, 'paragraph', false], [10, 18, 'paragraph', false]], [], [], []]],
    ['<div>\nhtml 4\n</div>', [[], [[0, 19]], [], [[0, 19]]]],
  ];
  for (const [text, expected] of trees) {
    it(`masks of ${JSON.stringify(text)}`, () => {
      const l = layoutChunk(text, false);
      assert.deepEqual([l.blocks.map((b) => [b.start, b.end, b.kind, b.inBlockquote]), l.masks, l.blockquotes, l.html], expected);
    });
  }
  it('a chunk parsed blocks only: links and code are not parsed, blocks are', () => {
    const text = '# Head ' + '['.repeat(40) + '\n\n> Quoted `code` [l](u)\n';
    const l = layoutChunk(text);
    assert.equal(l.mode, 'blocks');
    assert.deepEqual(l.blocks.map((b) => [b.kind, b.inBlockquote]), [['heading', false], ['paragraph', true]]);
    assert.deepEqual(l.masks, []);
    assert.deepEqual(l.blockquotes, [[49, 71]]);
  });
  it('a cut over-deep line is masked in the layout', () => {
    const text = '>'.repeat(MAX_NESTING + 1) + ' deep 5';
    const l = layoutChunk(text);
    assert.ok(l.masks.some(([a, b]) => a === MAX_NESTING && b === text.length), JSON.stringify(l.masks));
  });
  it('a chunk read as plain paragraphs: markers masked, one block per run of lines', () => {
    assert.deepEqual(plainLayout('> # Head\n- item one  \n12. num\n\n1234567890. long\n#x no\n+y no\n'), {
      blocks: [{ start: 4, end: 29, kind: 'paragraph', inBlockquote: false }, { start: 31, end: 59, kind: 'paragraph', inBlockquote: false }],
      masks: [[0, 4], [9, 11], [22, 26]],
      blockquotes: [],
      html: [],
    });
    assert.deepEqual(plainLayout('####### seven\n###### six\n1) a\n*\n').masks, [[14, 21], [25, 28], [30, 31]]);
    assert.deepEqual(plainLayout('a\r\nb\rc\r\n\r\nd').blocks.map((b) => [b.start, b.end]), [[0, 6], [10, 11]]);
    assert.deepEqual(plainLayout('\t> x \t').blocks.map((b) => [b.start, b.end]), [[3, 4]]);
  });
  it('a chunk over the underline limit is read as plain paragraphs in the note', () => {
    const text = 'Sales rose 5% this year.\n===\n'.repeat(MAX_UNDERLINES + 1);
    const note = parseNote(text);
    assert.equal(note.blocks.length, 1);
    assert.deepEqual(note.figures.map((f) => f.value), new Array(MAX_UNDERLINES + 1).fill(5));
  });
});

describe('notes/parser.ts: ignore comments, block quotes, masks', () => {
  const quotes = (t: string) => parseNote(t).quotes.map((q) => [q.text, q.start, q.end, q.sentence, q.block ?? false]);
  const Q = 'The committee said it would act within weeks.';
  it('a block quote followed by a citation in the next paragraph is a quote, and the citation is its sentence\'s', () => {
    const n = parseNote(`> ${Q}\n\n[@a]\n`);
    assert.deepEqual(n.quotes.map((q) => [q.text, q.start, q.end, q.sentence, q.block]), [[Q, 2, 47, 0, true]]);
    assert.deepEqual(n.sentences[0].citations.map((c) => c.key), ['a']);
  });
  const cases: [string, string, unknown[]][] = [
    ['after a dash', `> ${Q}\n\n— [@a]\n`, [[Q, 2, 47, 0, true]]],
    ['after an en dash', `> ${Q}\n\n– [@a]\n`, [[Q, 2, 47, 0, true]]],
    ['after a hyphen and spaces', `> ${Q}\n\n -  [@a]\n`, [[Q, 2, 47, 0, true]]],
    ['after a blank line more', `> ${Q}\n\n\n[@a]\n`, []],
    ['prose before the citation', `> ${Q}\n\nSee [@a].\n`, []],
    ['a bracket without "@"', `> ${Q}\n\n[a] and [@b]\n`, []],
    ['a bracket never closed', `> ${Q}\n\n[see @a\n`, [[Q, 2, 47, 0, true]]],
    ['a bracket closed before "@"', `> ${Q}\n\n[x] @a\n`, []],
    ['a dash and nothing', `> ${Q}\n\n—\n`, []],
    ['the citation in the quote\'s last line', `> ${Q} [@a]\n`, [[Q, 2, 47, 1, true]]],
    ['in its last line, after a dash', `> ${Q} — [@a]\n`, [[Q, 2, 47, 0, true]]],
    ['quote marks stripped', `> "${Q}" [@a]\n`, [[Q, 3, 48, 0, false], [Q, 3, 48, 1, true]]],
    ['curly quote marks stripped', `> \u201c${Q}\u201d [@a]\n`, [[Q, 3, 48, 0, false], [Q, 3, 48, 1, true]]],
    ['an opening mark alone', `> "${Q} [@a]\n`, [[Q, 3, 48, 1, true]]],
    ['an opening mark and a space', `> " ${Q} [@a]\n`, [[Q, 4, 49, 1, true]]],
    ['a closing mark alone', `> ${Q}" [@a]\n`, [[Q, 2, 47, 1, true]]],
    ['one word', '> Single [@a]\n', []],
    ['no citation', `> ${Q}\n`, []],
    ['a citation in an earlier line only', `> See [@a].\n>\n> ${Q}\n`, []],
    ['two lines joined', `> The committee said\n> it would act.\n\n[@a]\n`, [['The committee said it would act.', 2, 36, 0, true]]],
  ];
  for (const [name, text, expected] of cases) it(name, () => assert.deepEqual(quotes(text), expected));
  it('a block quote nested in another: each a quote, the citation given once per quote', () => {
    const n = parseNote('> Outer words are here.\n> > Inner words are here too.\n\n[@a]\n');
    assert.deepEqual(n.quotes.map((q) => [q.text, q.start, q.end]), [
      ['Outer words are here. Inner words are here too.', 2, 53],
      ['Inner words are here too.', 28, 53],
    ]);
    assert.deepEqual(n.masked.slice(0, 28), '  Outer words are here.\n    ');
  });
  it('block-quote markers and their indentation are masked on every line of the quote', () => {
    const n = parseNote('>  First line here\n>\tsecond line\n\nAfter > this.\n');
    assert.equal(n.masked, '   First line here\n  second line\n\nAfter > this.\n');
  });
  it('two separate block quotes, each followed by its citation', () => {
    const n = parseNote('> First words quoted.\n\n[@a]\n\n> Second words quoted.\n\n[@b]\n');
    assert.deepEqual(n.quotes.map((q) => q.text), ['First words quoted.', 'Second words quoted.']);
    assert.deepEqual(n.sentences.map((s) => s.citations.map((c) => c.key)), [['a'], ['a'], ['b'], ['b']]);
  });
  it('a block quote of several paragraphs: the quote runs to the last, the citation is the last sentence\'s', () => {
    const n = parseNote('> First words here.\n>\n> Second words. Third ones.\n\n[@a]\n');
    assert.deepEqual(n.quotes.map((q) => [q.text, q.start, q.end, q.sentence]), [['First words here. Second words. Third ones.', 2, 49, 2]]);
    assert.deepEqual(n.sentences.map((s) => s.citations.length), [0, 0, 1, 1]);
  });
  it('ignore comments: all rules, or the named ones, for the line after the comment', () => {
    const n = parseNote('<!-- grounded-ignore figure-mismatch, quote-mismatch -->\nA 1.\n\nText <!-- grounded-ignore --> 5.\nNext 7.\n\n<!-- grounded-ignore a -->\n<!-- grounded-ignore b -->\nC 2.\n');
    assert.deepEqual([...n.ignored].map(([k, v]) => [k, [...v].sort()]), [[1, ['figure-mismatch', 'quote-mismatch']], [4, ['*']], [7, ['a']], [8, ['b']]]);
  });
  it('two comments on one line add up', () => {
    const n = parseNote('<!-- grounded-ignore a --><!-- grounded-ignore b c -->\nX 1.\n');
    assert.deepEqual([...n.ignored].map(([k, v]) => [k, [...v].sort()]), [[1, ['a', 'b', 'c']]]);
  });
  it('an ignore comment in a second chunk names its line in the note', () => {
    const n = parseNote('First 1.\n\nSecond 2.\n\n<!-- grounded-ignore -->\nThird 3.\n');
    assert.deepEqual([...n.ignored.keys()], [5]);
  });
  it('masks from a later chunk fall in their place', () => {
    const n = parseNote('First 1.\n\nSee `code 9` here.\n');
    assert.equal(n.masked, 'First 1.\n\nSee          here.\n');
    assert.deepEqual(n.figures.map((f) => f.value), [1]);
  });
  it('a citation\'s locator is not a figure; a sentence gets the citations inside it only', () => {
    const n = parseNote('Sales rose 12% [@a, p. 40]. Costs fell 3% [@b]. Flat.\n');
    assert.deepEqual(n.figures.map((f) => f.value), [12, 3]);
    assert.deepEqual(n.sentences.map((s) => s.citations.map((c) => c.key)), [['a'], ['b'], []]);
    assert.equal(n.figureText.includes('40'), false);
    assert.equal(n.masked.includes('p. 40'), true);
  });
  it('a quote is given the sentence it starts in', () => {
    const n = parseNote('First one. Then "a quoted phrase. That runs on" here.\n');
    assert.deepEqual(n.quotes.map((q) => [q.text, q.sentence]), [['a quoted phrase. That runs on', 1]]);
  });
  it('a quote\'s line break is one space', () => {
    assert.deepEqual(parseNote('He said "a quoted\nphrase here" then.\n').quotes.map((q) => q.text), ['a quoted phrase here']);
  });
  it('parseSteps yields between chunks and returns what parse returns', () => {
    const text = 'Sales rose 11%.\n\nCosts fell 22%.\n\nStaff grew 33%.\n';
    const steps = new NoteParser().parseSteps(text);
    let n = 0;
    for (let r = steps.next(); !r.done; r = steps.next()) n++;
    assert.ok(n >= 6, `only ${n} steps`);
    assert.deepEqual(drain(new NoteParser().parseSteps(text)).figures.map((f) => f.value), [11, 22, 33]);
  });
  it('a parser without a cache, or with one of size 1, parses again the same', () => {
    const a = 'Sales rose 11%.\n\nCosts fell 22%.\n';
    const b = 'Sales rose 11%.\n\nStaff grew 33%.\n';
    for (const p of [new NoteParser({ cacheSize: 0 }), new NoteParser({ cacheSize: 1 }), new NoteParser()]) {
      assert.deepEqual(p.parse(a).figures.map((f) => f.value), [11, 22]);
      assert.deepEqual(p.parse(b).figures.map((f) => f.value), [11, 33]);
      assert.deepEqual(p.parse(a).figures.map((f) => f.value), [11, 22]);
      p.clearCache();
      assert.deepEqual(p.parse(b).figures.map((f) => f.value), [11, 33]);
    }
  });
  it('blankRanges: overlapping, unsorted and empty ranges; line breaks kept', () => {
    assert.equal(blankRanges('abcdef\nghij', [[8, 10], [2, 4], [3, 9]]), 'ab    \n   j');
    assert.equal(blankRanges('abcdef', [[4, 2]]), 'abcdef');
    assert.equal(blankRanges('abcdef', []), 'abcdef');
    assert.equal(blankRanges('ab\r\ncd', [[0, 6]]), '  \r\n  ');
    assert.equal(blankRanges('abcdef', [[1, 5], [2, 3]]), 'a    f');
  });
  it('citations: the span of each "@key" and of its whole bracket, in note offsets', () => {
    const n = parseNote('Sales rose 12% [@a, p. 40; @b-2].\n');
    assert.deepEqual(n.citations.map((c) => [c.key, c.start, c.end, c.groupStart, c.groupEnd, c.locator]), [['a', 16, 18, 15, 32, 'p. 40'], ['b-2', 27, 31, 15, 32, undefined]]);
  });
  it('a short line in a note\'s paragraph wraps its sentence (a source\'s would end there)', () => {
    assert.deepEqual(parseNote('A short line\nwraps here and ends.\n').sentences.map((x) => [x.start, x.end]), [[0, 33]]);
  });
  it('a quote\'s runs of white space are one space', () => {
    assert.deepEqual(parseNote('He said "a quoted  phrase\n here" then.\n').quotes.map((q) => q.text), ['a quoted phrase here']);
  });
  it('a block quote in a later chunk keeps its offsets', () => {
    assert.deepEqual(parseNote('First 1.\n\n> Quoted words go here.\n\n[@a]\n').quotes.map((q) => [q.text, q.start, q.end, q.sentence]), [['Quoted words go here.', 12, 33, 1]]);
  });
});


describe('notes: the survivors of seed 5', () => {
  it('a stray closing bracket does not hide brackets opened after it: nesting past the limit is still hostile', () => {
    const deep = '['.repeat(MAX_BRACKET_NESTING + 1);
    assert.equal(planChunk(`Sales ]]]] rose ${deep}x.`).inlineHostile, true);
    assert.equal(planChunk(`Sales rose ${deep}x.`).inlineHostile, true);
    assert.equal(planChunk(`Sales ]]]] rose ${'['.repeat(MAX_BRACKET_NESTING)}x.`).inlineHostile, false);
  });
});
