// In-process feature tests: hover, go to source, references, links, workspace symbols, completion
// and quick fixes, called directly on a server state over an in-memory workspace.
import * as assert from 'node:assert/strict';
import type { CompletionParams, LocationLink, Location, MarkupContent, Range, TextEdit } from 'vscode-languageserver';
import { onCodeAction } from '../../server/src/lsp/codeActions';
import { onCompletion, onCompletionResolve } from '../../server/src/lsp/completion';
import { onDefinition } from '../../server/src/lsp/definition';
import { onHover } from '../../server/src/lsp/hover';
import { onDocumentLinks } from '../../server/src/lsp/links';
import { onReferences, onUses } from '../../server/src/lsp/references';
import { onWorkspaceSymbol } from '../../server/src/lsp/symbols';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CRANES, FILES, HARBOR, lineOf, REVIEW } from './fixtures';
import { Harness, posOf, ROOT, textAt, under, uriOf } from './harness';

const NOTE = uriOf('notes/review.md');
const HARBOR_URI = uriOf('sources/harbor.txt');
const ORCHARD_URI = uriOf('sources/orchard.md');

function md(h: { contents: unknown } | null): string {
  assert.ok(h, 'expected a hover');
  return (h.contents as MarkupContent).value;
}

function applyEdits(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('x:', 'markdown', 1, text), edits);
}

describe('features in-process: a note against two sources', () => {
  let h: Harness;
  const at = (sub: string, needle = sub) => ({ textDocument: { uri: NOTE }, position: posOf(REVIEW, sub, needle) });

  beforeEach(async () => {
    h = await Harness.start({ files: under(ROOT, FILES) });
    await h.open('notes/review.md');
  });

  describe('hover', () => {
    it('a supported figure: Supported, with the source key and a link to its line', () => {
      const hv = onHover(h.ctx, at('41,300'));
      assert.match(md(hv), /Supported/);
      assert.ok(md(hv).includes('`harbor`'), md(hv));
      assert.ok(md(hv).includes('harbor.txt#L3'), md(hv));
      assert.equal(textAt(REVIEW, hv!.range!), '41,300');
    });

    it("a contradicted figure: Contradicted, with the source's value", () => {
      const v = md(onHover(h.ctx, at('21', '21 cranes')));
      assert.match(v, /Contradicted/);
      assert.match(v, /18/);
    });

    it('a contradicted figure: the two values side by side with a gap after each cell; what both read the same, on one line', () => {
      const v = md(onHover(h.ctx, at('21', '21 cranes')));
      assert.match(v, /\| value&emsp; \| \*\*21\*\*&emsp; \| \*\*18\*\* \|/, v);
      assert.match(v, /\*Both read as:\* crane · level \(to\)/, v);
      assert.doesNotMatch(v, /\| (measures|kind)/, 'a field both claims read the same is not a row');
    });

    it('a contradicted figure: the passage once, with the figure in bold, and one link', () => {
      const v = md(onHover(h.ctx, at('21', '21 cranes')));
      assert.equal(v.split('Its crane fleet grew').length - 1, 1, v);
      assert.match(v, /> Its crane fleet grew to \*\*18\*\* cranes/, v);
      assert.equal(v.match(/\]\(/g)?.length, 1, v);
      assert.match(v.split('\n')[0], /^\*\*✗ Contradicted\*\* by `harbor` · \[open line 5\]\(file:/, v);
    });

    it("the hover's link selects the figure's words in the source (#Lline,col-Lline,col)", () => {
      const v = md(onHover(h.ctx, at('41,300')));
      const m = /harbor\.txt#L(\d+),(\d+)-L(\d+),(\d+)\)/.exec(v);
      assert.ok(m, v);
      const [l1, c1, l2, c2] = m.slice(1).map(Number);
      assert.equal(textAt(HARBOR, { start: { line: l1 - 1, character: c1 - 1 }, end: { line: l2 - 1, character: c2 - 1 } }), '41,300');
      // the link is on the verdict line (VS Code caps a hover's height: a last line may be out of view)
      assert.match(v.split('\n')[0], /^\*\*✓ Supported\*\* by `harbor` · \[open line 3\]\(/, v);
    });

    it('a supported figure: how it was read ("Read as: … container · level · 2021")', () => {
      const v = md(onHover(h.ctx, at('41,300')));
      assert.match(v, /Read as:\* Kellmouth · container · level · 2021/, v);
    });

    it('a figure stated in another source than the one cited', () => {
      const v = md(onHover(h.ctx, at('9,600')));
      assert.match(v, /other source/);
      assert.ok(v.includes('`orchard`'), v);
    });

    it('quotes: found, and not found', () => {
      assert.match(md(onHover(h.ctx, at('steady as the tide itself'))), /Quote found/);
      assert.match(md(onHover(h.ctx, at('busier than ever before'))), /Quote not found/);
    });

    it('citations: the title of a known source, "Unknown source" for another', () => {
      assert.ok(md(onHover(h.ctx, at('harbor', 'Kellmouth handled'))).includes('Port of Kellmouth yearly review'));
      assert.match(md(onHover(h.ctx, at('lighthouse'))), /Unknown source/);
    });

    it('plain text: nothing; a document that is not open: nothing', () => {
      assert.equal(onHover(h.ctx, at('Nobody')), null);
      assert.equal(onHover(h.ctx, { textDocument: { uri: uriOf('notes/cranes.md') }, position: { line: 2, character: 20 } }), null);
    });

    it('before the first index: nothing (not a false "unknown source")', async () => {
      const early = await Harness.start({ files: under(ROOT, FILES), noInit: true });
      early.docs.open(NOTE, REVIEW);
      assert.equal(onHover(early.ctx, at('lighthouse')), null);
      await early.sync.initialized();
      assert.match(md(onHover(early.ctx, at('lighthouse'))), /Unknown source/);
    });
  });

  describe('definition', () => {
    it('a supported figure: the span in the source, as a LocationLink from the figure', () => {
      const d = onDefinition(h.ctx, at('41,300')) as LocationLink[];
      assert.equal(d.length, 1);
      assert.equal(d[0].targetUri, HARBOR_URI);
      assert.equal(textAt(HARBOR, d[0].targetSelectionRange), '41,300');
      assert.equal(textAt(REVIEW, d[0].originSelectionRange!), '41,300');
      // the target is the whole passage (what a peek shows)
      assert.equal(textAt(HARBOR, d[0].targetRange), 'The port of Kellmouth handled 41,300 containers in 2021, a record for the town.');
    });

    it('without linkSupport: plain Locations', () => {
      h.ctx.caps.linkSupport = false;
      const d = onDefinition(h.ctx, at('41,300')) as Location[];
      assert.equal(d[0].uri, HARBOR_URI);
      assert.equal(textAt(HARBOR, d[0].range), '41,300');
    });

    it('a wrong-source figure goes to the source that states it; a citation to its source', () => {
      const d = onDefinition(h.ctx, at('9,600')) as LocationLink[];
      assert.equal(d[0].targetUri, ORCHARD_URI);
      const c = onDefinition(h.ctx, at('harbor', 'Kellmouth handled')) as LocationLink[];
      assert.equal(c[0].targetUri, HARBOR_URI);
      assert.equal(onDefinition(h.ctx, at('lighthouse')), null);
    });
  });

  describe('a right figure stated in two other sources', () => {
    const VALLEY_URI = uriOf('sources/valley.txt');
    it('hover names the other; go to source offers both, the best first', async () => {
      const g = await Harness.start({ files: under(ROOT, { ...FILES, 'sources/valley.txt': 'Valley harvest\n\nGrowers in the Brannock valley picked 9,600 tonnes of apples in 2022.\n' }) });
      await g.open('notes/review.md');
      const hv = md(onHover(g.ctx, at('9,600')));
      assert.match(hv, /Right figure, other source/);
      assert.match(hv, /Also stated in `(valley|orchard)`\./);
      const d = onDefinition(g.ctx, at('9,600')) as LocationLink[];
      assert.deepEqual(d.map((x) => x.targetUri).sort(), [ORCHARD_URI, VALLEY_URI].sort());
      assert.ok(!hv.includes('Also stated in `' + (d[0].targetUri === ORCHARD_URI ? 'orchard' : 'valley') + '`'), 'the first is not listed again');
    });
  });

  describe('references (from a source)', () => {
    it('on a passage: the note lines that rely on it or that it contradicts, open and on-disk notes', async () => {
      const line = lineOf(HARBOR, '18 cranes');
      const refs = await onReferences(h.ctx, { textDocument: { uri: HARBOR_URI }, position: { line, character: 5 }, context: { includeDeclaration: false } });
      const got = refs.map((r) => `${r.uri === NOTE ? 'review' : r.uri === uriOf('notes/cranes.md') ? 'cranes' : r.uri}:${textAt(r.uri === NOTE ? REVIEW : CRANES, r.range)}`);
      // the contradicted 21 of the open review, the 18 of the cranes note (on disk only)
      assert.deepEqual(got, ['review:21', 'cranes:18']);
      const uses = await onUses(h.ctx, { textDocument: { uri: HARBOR_URI }, position: { line, character: 5 } });
      assert.deepEqual(uses.map((u) => `${u.text} ${u.verdict}`), ['21 contradicted', '18 supported']);
    });

    it('on the title line: every note line that cites the source, once, with its most telling use', async () => {
      const refs = await onReferences(h.ctx, { textDocument: { uri: HARBOR_URI }, position: { line: 0, character: 3 }, context: { includeDeclaration: false } });
      const inReview = refs.filter((r) => r.uri === NOTE);
      assert.equal(new Set(inReview.map((r) => r.range.start.line)).size, inReview.length, 'one location per note line');
      const uses = (await onUses(h.ctx, { textDocument: { uri: HARBOR_URI }, position: { line: 0, character: 3 } })).filter((u) => u.uri === NOTE);
      assert.deepEqual(uses.map((u) => [u.range.start.line + 1, u.verdict, u.text]), [
        [3, 'supported', '41,300'],
        [5, 'contradicted', '21'],
        [7, 'cited', '@harbor'],
        [9, 'quoted', 'steady as the tide itself'],
        [11, 'cited', '@harbor'],
      ]);
      assert.ok(refs.some((r) => r.uri === uriOf('notes/cranes.md')));
    });

    it('the open text wins over the disk: an unsaved edit that drops the citations drops the references', async () => {
      h.docs.edit(NOTE, REVIEW.replace(/ \[@harbor\]/g, ''));
      const refs = await onReferences(h.ctx, { textDocument: { uri: HARBOR_URI }, position: { line: 0, character: 3 }, context: { includeDeclaration: false } });
      assert.equal(refs.filter((r) => r.uri === NOTE && textAt(REVIEW, r.range) === '@harbor').length, 0);
    });

    it('on a file that is not a source: none', async () => {
      assert.deepEqual(await onReferences(h.ctx, { textDocument: { uri: NOTE }, position: { line: 0, character: 0 }, context: { includeDeclaration: false } }), []);
    });
  });

  it('document links: one per resolved citation, to its source', () => {
    const links = onDocumentLinks(h.ctx, { textDocument: { uri: NOTE } });
    assert.equal(links.length, 5);
    assert.ok(links.every((l) => l.target === HARBOR_URI && textAt(REVIEW, l.range) === '@harbor'));
  });

  it('workspace symbols: source passages matching the query; an empty query finds nothing', () => {
    const syms = onWorkspaceSymbol(h.ctx, { query: 'crane fleet refit' });
    assert.ok(syms.length > 0);
    assert.equal(syms[0].location.uri, HARBOR_URI);
    assert.match(syms[0].name, /crane fleet grew to 18/);
    assert.match(syms[0].containerName!, /harbor · Port of Kellmouth yearly review/);
    assert.deepEqual(onWorkspaceSymbol(h.ctx, { query: '  ' }), []);
  });

  describe('completion', () => {
    const complete = (text: string, line: number, character: number) => {
      h.docs.edit(NOTE, text);
      const p: CompletionParams = { textDocument: { uri: NOTE }, position: { line, character } };
      return onCompletion(h.ctx, p);
    };

    it('after "[@": every source, with its title', () => {
      const text = REVIEW + 'See [@';
      const line = text.split('\n').length - 1;
      const list = complete(text, line, 6)!;
      assert.equal(list.isIncomplete, false);
      // every row, not only the focused one, reads "key — title"
      assert.deepEqual(list.items.map((i) => `${i.label}${i.labelDetails?.detail}`).sort(), ['harbor — Port of Kellmouth yearly review', 'orchard — Valley orchards survey']);
      assert.equal(list.items.find((i) => i.label === 'orchard')!.detail, 'orchard.md');
    });

    it('after "[@orc": the sources whose key, alias or title word starts so; the key typed so far is replaced', () => {
      const text = REVIEW + 'See [@orc';
      const line = text.split('\n').length - 1;
      const { items } = complete(text, line, 9)!;
      assert.deepEqual(items.map((i) => i.label), ['orchard']);
      assert.match(items[0].filterText!, /apples/, 'aliases are searchable');
      assert.deepEqual((items[0].textEdit as TextEdit).range, { start: { line, character: 6 }, end: { line, character: 9 } });
      assert.deepEqual(complete(REVIEW + 'See [@APPL', line, 10)!.items.map((i) => i.label), ['orchard'], 'an alias, ignoring case');
      assert.deepEqual(complete(REVIEW + 'See [@kellm', line, 11)!.items.map((i) => i.label), ['harbor'], 'a word of the title');
      assert.deepEqual(complete(REVIEW + 'See [@zzz', line, 9)!.items, []);
    });

    it('documentation comes only with completionItem/resolve', () => {
      const text = REVIEW + 'See [@har';
      const line = text.split('\n').length - 1;
      const [item] = complete(text, line, 9)!.items;
      assert.equal(item.documentation, undefined);
      const resolved = onCompletionResolve(h.ctx, item);
      assert.match((resolved.documentation as MarkupContent).value, /\*\*Port of Kellmouth yearly review\*\*/);
    });

    it('in the middle of a key: the rest of the key is replaced too', () => {
      const text = 'See [@harbor].';
      const { items } = complete(text, 0, 8)!;
      assert.deepEqual((items[0].textEdit as TextEdit).range, { start: { line: 0, character: 6 }, end: { line: 0, character: 12 } });
    });

    it('outside a citation: none', () => {
      assert.equal(complete(REVIEW, 2, 5), null);
    });
  });

  describe('code actions', () => {
    const actions = (sub: string, needle = sub) => {
      const pos = posOf(REVIEW, sub, needle);
      const range: Range = { start: { line: pos.line, character: pos.character - 1 }, end: { line: pos.line, character: pos.character + 1 } };
      const diagnostics = (h.latest(NOTE) ?? []).filter((d) => d.range.start.line === pos.line);
      return onCodeAction(h.ctx, { textDocument: { uri: NOTE }, range, context: { diagnostics } });
    };

    it("a mismatch: the preferred fix writes the source's figure, naming its diagnostic", () => {
      const fix = actions('21', '21 cranes').find((a) => a.isPreferred)!;
      assert.ok(fix, 'no preferred fix');
      assert.equal(fix.diagnostics?.[0].code, 'figure-mismatch');
      const fixed = applyEdits(REVIEW, fix.edit!.changes![NOTE]);
      assert.equal(fixed.split('\n')[lineOf(REVIEW, '21 cranes')], 'The crane fleet grew to 18 cranes after the refit [@harbor].');
    });

    it('a wrong-source figure: cite the source that states it', () => {
      const titles = actions('9,600').map((a) => a.title);
      assert.ok(titles.includes('Cite orchard instead of harbor'), titles.join(' | '));
    });

    it('"Disable Grounded checks for this line" inserts the ignore comment above the line', () => {
      const dis = actions('21', '21 cranes').find((a) => a.title === 'Disable Grounded checks for this line')!;
      const out = applyEdits(REVIEW, dis.edit!.changes![NOTE]).split('\n');
      const line = lineOf(REVIEW, '21 cranes');
      assert.equal(out[line], '<!-- grounded-ignore -->');
      assert.equal(out[line + 1], REVIEW.split('\n')[line]);
    });

    it('a supported figure in a sentence without a citation: offer to cite its source', () => {
      const titles = actions('240').map((a) => a.title);
      assert.ok(titles.some((t) => /orchard/.test(t)), titles.join(' | '));
    });

    it('a clean line: no action', () => {
      assert.deepEqual(actions('41,300'), []);
    });
  });
});
