// Real LSP over stdio: starts the BUILT server (dist/server.js, run `npm run build` first) as a child
// process on a temp copy of examples/, speaks JSON-RPC to it like an editor would, and asserts on
// the responses against test/fixtures/example-expect.tsv (figures are located on their lines by
// text, never by hard-coded columns).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type {
  CodeAction,
  CompletionItem,
  CompletionList,
  Diagnostic,
  DocumentLink,
  Hover,
  Location,
  LocationLink,
  MarkupContent,
  SymbolInformation,
  TextEdit,
} from 'vscode-languageserver-protocol/node';
import type { SearchResult, SourcesResult, StatusResult, UsesResult } from '../../server/src/protocol';
import {
  applyEdits,
  copyExamples,
  EXAMPLES,
  fileUri,
  fmtDiag,
  inside,
  loadRows,
  LspClient,
  NOTE_REL,
  overlaps,
  removeDir,
  row,
  Row,
  rowsWith,
  textIn,
} from './helpers';

const SRC001 = 'sources/001-meta-compute-and-llama3.txt';
const SRC002 = 'sources/002-personal-superintelligence.md';
const SRC003 = 'sources/003-ai-gambit-overview.txt';
const SRC004 = 'sources/004-marrow-point-power.html';
const SRC005 = 'sources/005-calder-grid-review.pdf';
/** The example bibliography's keys of the sources its entries link to (examples/references.bib). */
const BIB_KEY: Record<string, string> = { [SRC004]: 'adeyemi2025', [SRC005]: 'calder2024' };
/** Which source file each citation key in the note resolves to (examples/README.md). */
const KEY_FILE: Record<string, string> = {
  '000': 'sources/000-zuckerberg-interview.md',
  interview: 'sources/000-zuckerberg-interview.md',
  'zuck-interview': 'sources/000-zuckerberg-interview.md',
  '001': SRC001,
  '002': SRC002,
  superintelligence: SRC002,
  '003': SRC003,
  '004': SRC004,
  adeyemi2025: SRC004,
  '005': SRC005,
  calder2024: SRC005,
};

// The rows are read from the repo's note at load time so each one can get its own `it`.
const NOTE_TEXT = fs.readFileSync(path.join(EXAMPLES, NOTE_REL), 'utf8');
const ROWS = loadRows(NOTE_TEXT);
const PROBLEM: Record<string, string | undefined> = {
  contradicted: 'figure-mismatch',
  'quote-missing': 'quote-not-found',
  'unknown-source': 'unknown-source',
  'wrong-source': 'figure-wrong-source',
};
const CLEAN = ['supported', 'no-diagnostic', 'ignored', 'unverified', 'quote-found'] as const;

function md(h: Hover | null): string {
  assert.ok(h, 'expected a hover, got null');
  const c = h.contents as MarkupContent;
  assert.equal(c.kind, 'markdown', 'hover should be markdown (the client declared it)');
  return c.value;
}

function links(def: Location[] | LocationLink[] | Location | null): LocationLink[] {
  assert.ok(def, 'expected a definition, got null');
  const arr = Array.isArray(def) ? def : [def];
  assert.ok(arr.length > 0, 'expected at least one definition target');
  for (const d of arr) assert.ok('targetUri' in d, `client declared linkSupport, expected LocationLink, got ${JSON.stringify(d)}`);
  return arr as LocationLink[];
}

function sourceText(ws: string, uri: string): string {
  return fs.readFileSync(fileURLToPath(uri), 'utf8');
}

function isProblem(d: Diagnostic): boolean {
  return d.severity === 1 || d.severity === 2;
}

function citationsIn(text: string): { key: string; line: number }[] {
  const out: { key: string; line: number }[] = [];
  text.split('\n').forEach((l, line) => {
    if (/^\s*(```|h100_|<!--)/.test(l)) return;
    for (const g of l.matchAll(/\[([^\[\]]*@[^\[\]]*)\](?!\()/g)) for (const k of g[1].matchAll(/@([A-Za-z0-9_-]+)/g)) out.push({ key: k[1], line });
  });
  return out;
}

async function startOnExamples(): Promise<{ ws: string; client: LspClient; noteUri: string; text: string; diags: Diagnostic[] }> {
  const ws = copyExamples();
  const client = await LspClient.start({ workspace: ws });
  await client.waitIndexed();
  const { uri, text, version } = client.open(path.join(ws, NOTE_REL));
  const diags = await client.waitDiagnostics(uri, { version });
  return { ws, client, noteUri: uri, text, diags };
}

describe('LSP over stdio: the example note', function () {
  let ws: string;
  let client: LspClient;
  let noteUri: string;
  let text: string;
  let diags: Diagnostic[];
  const at = (r: Row) => ({ textDocument: { uri: noteUri }, position: inside(r) });

  before(async function () {
    this.timeout(30000);
    ({ ws, client, noteUri, text, diags } = await startOnExamples());
    assert.equal(text, NOTE_TEXT);
  });
  after(async () => {
    await client?.dispose();
    removeDir(ws);
  });

  it('initialize returns the capabilities', () => {
    const caps = client.initializeResult?.capabilities;
    assert.ok(caps, 'no initialize result');
    assert.ok(caps.hoverProvider, 'hoverProvider');
    assert.ok(caps.definitionProvider, 'definitionProvider');
    assert.ok(caps.referencesProvider, 'referencesProvider');
    assert.ok(caps.codeActionProvider, 'codeActionProvider');
    assert.ok(caps.completionProvider, 'completionProvider');
    assert.deepEqual(caps.completionProvider.triggerCharacters, ['@']);
    assert.equal(caps.completionProvider.resolveProvider, true, 'documentation through completionItem/resolve');
    assert.ok(caps.documentLinkProvider, 'documentLinkProvider');
    assert.ok(caps.workspaceSymbolProvider, 'workspaceSymbolProvider');
    assert.ok(caps.textDocumentSync, 'textDocumentSync');
  });

  it('reports indexing progress through window/workDoneProgress/create (client declared workDoneProgress)', () => {
    assert.ok(client.progressCreates.length > 0, 'the server never asked to create a progress token');
  });

  it('makes the search index on its worker thread (dist/index-worker.js beside dist/server.js), with no warning', () => {
    const logs = client.logs.map((l) => l.message);
    assert.ok(logs.some((m) => /search index is made on a worker thread/.test(m)), logs.join('\n'));
    assert.deepEqual(logs.filter((m) => /index worker/.test(m) && !/made on a worker thread/.test(m)), []);
  });

  describe('hover', () => {
    it('on a supported figure: Supported, with the source key and file', async () => {
      const r = row(ROWS, 7, '350,000');
      const h = await client.request<Hover | null>('textDocument/hover', at(r));
      const v = md(h);
      assert.match(v, /Supported/);
      assert.ok(v.includes('`001`'), `hover should name the source key 001:\n${v}`);
      assert.ok(v.includes('001-meta-compute-and-llama3.txt'), `hover should link the source file:\n${v}`);
      assert.equal(textIn(text, h!.range!), r.text, 'hover range should be the figure');
    });

    it("on a contradicted figure: Contradicted, with the source's value", async () => {
      const v = md(await client.request<Hover | null>('textDocument/hover', at(row(ROWS, 18, '80.2'))));
      assert.match(v, /Contradicted/);
      assert.ok(v.includes('82.0'), `hover should show the source's 82.0:\n${v}`);
      const v2 = md(await client.request<Hover | null>('textDocument/hover', at(row(ROWS, 9, '250,000'))));
      assert.match(v2, /Contradicted/);
      assert.match(v2, /350, ?000/, `hover should show the source's 350,000:\n${v2}`);
    });

    it('on a citation [@001]: the source title', async () => {
      const line = 6;
      const character = text.split('\n')[line].indexOf('[@001]') + 3;
      const title = fs.readFileSync(path.join(ws, SRC001), 'utf8').split('\n')[0];
      const v = md(await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: noteUri }, position: { line, character } }));
      assert.ok(v.includes(title), `citation hover should contain the title "${title}":\n${v}`);
    });

    it('on a quote that is in the source: Quote found', async () => {
      for (const r of rowsWith(ROWS, 'quote-found')) {
        const v = md(await client.request<Hover | null>('textDocument/hover', at(r)));
        assert.match(v, /Quote found/, `line ${r.line1}: ${v}`);
      }
    });

    const HOVER: Partial<Record<string, RegExp>> = {
      supported: /Supported/,
      contradicted: /Contradicted/,
      'quote-found': /Quote found/,
      'quote-missing': /Quote not found/,
      'wrong-source': /other source/i,
      'unknown-source': /Unknown source/,
    };
    for (const r of ROWS) {
      const re = HOVER[r.expect];
      if (!re) continue;
      it(`every row: line ${r.line1} "${r.text}" hovers as ${r.expect}`, async () => {
        const v = md(await client.request<Hover | null>('textDocument/hover', at(r)));
        assert.match(v, re);
      });
    }
  });

  describe('definition', () => {
    it('on a supported figure: the span in sources/001… as the source writes it', async () => {
      for (const [r, written] of [
        [row(ROWS, 7, '350,000'), '350, 000'],
        [row(ROWS, 16, '82'), '82.0'],
      ] as const) {
        const [l] = links(await client.request('textDocument/definition', at(r)));
        assert.ok(l.targetUri.endsWith('/' + SRC001), `target ${l.targetUri}`);
        assert.ok(l.targetUri.startsWith(fileUri(ws)), 'target should be in the workspace copy');
        const span = textIn(sourceText(ws, l.targetUri), l.targetRange);
        assert.ok(span.includes(written), `line ${r.line1} "${r.text}": target text "${span}" should contain "${written}"`);
        assert.equal(textIn(text, l.originSelectionRange!), r.text, 'originSelectionRange should be the figure');
      }
    });

    it('on a citation: the source file', async () => {
      const line = 6;
      const character = text.split('\n')[line].indexOf('[@001]') + 3;
      const [l] = links(await client.request('textDocument/definition', { textDocument: { uri: noteUri }, position: { line, character } }));
      assert.equal(l.targetUri, fileUri(path.join(ws, SRC001)));
    });

    it('on a wrong-source figure: the source that does state it', async () => {
      const [l] = links(await client.request('textDocument/definition', at(rowsWith(ROWS, 'wrong-source')[0])));
      assert.equal(l.targetUri, fileUri(path.join(ws, SRC002)));
      // the words are selected, the passage is the target (what a peek shows)
      assert.equal(textIn(sourceText(ws, l.targetUri), l.targetSelectionRange), '$14.3 billion');
      assert.match(textIn(sourceText(ws, l.targetUri), l.targetRange), /^Meta made a \$14\.3 billion investment in Scale AI/);
    });
  });

  describe('diagnostics', () => {
    const find = (r: Row, code: string) => diags.filter((d) => d.code === code && d.range.start.line === r.line);

    for (const r of ROWS) {
      const code = PROBLEM[r.expect];
      if (!code) continue;
      it(`line ${r.line1} "${r.text}" (${r.expect}): ${code}`, () => {
        const hits = find(r, code);
        assert.ok(hits.length > 0, `no ${code} on line ${r.line1}; diagnostics there: ${diags.filter((d) => d.range.start.line === r.line).map(fmtDiag).join(' | ') || 'none'}`);
        const d = hits.find((x) => overlaps(x.range, r.range));
        assert.ok(d, `${code} on line ${r.line1} is not on "${r.text}": ${hits.map(fmtDiag).join(' | ')}`);
        assert.equal(d.source, 'grounded');
        if (r.expect === 'contradicted' || r.expect === 'wrong-source') assert.equal(textIn(text, d.range), r.text);
        if (r.expect === 'quote-missing') assert.ok(textIn(text, d.range).includes(r.text), `range text "${textIn(text, d.range)}"`);
        if (r.expect === 'contradicted') {
          assert.ok(isProblem(d), `figure-mismatch should be a warning or error by default: ${fmtDiag(d)}`);
          const rel = d.relatedInformation?.[0];
          assert.ok(rel, 'client declared relatedInformation: the mismatch should point at the source passage');
          assert.ok(rel.location.uri.startsWith(fileUri(path.join(ws, 'sources'))), rel.location.uri);
        }
        if (r.expect === 'unknown-source') assert.equal(d.severity, 1, 'unknown-source is an error by default');
      });
    }

    it('no error or warning on lines whose rows are supported / no-diagnostic / ignored / unverified / quote-found', () => {
      const lines = new Map<number, Row[]>();
      for (const r of ROWS) lines.set(r.line, [...(lines.get(r.line) ?? []), r]);
      const bad: string[] = [];
      for (const [line, rs] of lines) {
        if (!rs.every((r) => (CLEAN as readonly string[]).includes(r.expect))) continue;
        for (const d of diags) if (d.range.start.line <= line && d.range.end.line >= line && isProblem(d)) bad.push(`line ${line + 1} (${rs.map((r) => `${r.text}=${r.expect}`).join(', ')}): ${fmtDiag(d)}`);
      }
      assert.deepEqual(bad, []);
    });

    it('nothing at all on the grounded-ignore line', () => {
      for (const r of rowsWith(ROWS, 'ignored')) assert.deepEqual(diags.filter((d) => d.range.start.line === r.line).map(fmtDiag), []);
    });

    it('every error/warning belongs to a row that expects one (precision)', () => {
      const expected = ROWS.filter((r) => r.expect === 'contradicted' || r.expect === 'quote-missing' || r.expect === 'unknown-source');
      const stray = diags.filter(isProblem).filter((d) => !expected.some((r) => r.line === d.range.start.line && overlaps(d.range, r.range)));
      assert.deepEqual(stray.map(fmtDiag), []);
      assert.equal(diags.filter(isProblem).length, expected.length, diags.filter(isProblem).map(fmtDiag).join('\n'));
    });
  });

  it('documentLink: one link per resolved citation, to the source file', async () => {
    const got = await client.request<DocumentLink[]>('textDocument/documentLink', { textDocument: { uri: noteUri } });
    const cites = citationsIn(text).filter((c) => KEY_FILE[c.key]);
    assert.ok(cites.length >= 20, `the note has ${cites.length} resolvable citations?`);
    assert.equal(got.length, cites.length, `links: ${got.map((l) => `${l.range.start.line + 1}:${textIn(text, l.range)}`).join(', ')}`);
    for (const c of cites) {
      const l = got.find((x) => x.range.start.line === c.line && textIn(text, x.range).replace(/^@/, '') === c.key);
      assert.ok(l, `no link for @${c.key} on line ${c.line + 1}`);
      assert.equal(l.target, fileUri(path.join(ws, KEY_FILE[c.key])), `@${c.key} on line ${c.line + 1}`);
    }
    assert.ok(!got.some((l) => textIn(text, l.range).includes('009')), 'an unknown key must not be a link');
  });

  it('workspace/symbol "H100": passages in the sources', async () => {
    const syms = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'H100' });
    assert.ok(syms.length > 0, 'no symbols');
    const srcDir = fileUri(path.join(ws, 'sources')) + '/';
    for (const s of syms) assert.ok(s.location.uri.startsWith(srcDir), s.location.uri);
    assert.ok(syms.some((s) => s.name.includes('H100')), syms.map((s) => s.name).join('\n'));
    const first = syms[0];
    assert.ok(textIn(sourceText(ws, first.location.uri), first.location.range).includes('H100'));
  });

  describe('custom requests', () => {
    it('grounded/search {query: "H100 GPUs"}', async () => {
      const res = await client.request<SearchResult>('grounded/search', { query: 'H100 GPUs' });
      assert.ok(res.hits.length > 0, 'no hits');
      const h = res.hits[0];
      assert.match(h.snippet, /H100/);
      assert.ok(h.uri.startsWith(fileUri(path.join(ws, 'sources')) + '/'), h.uri);
      const src = sourceText(ws, h.uri);
      const lines = src.split('\n');
      assert.ok(h.range.end.line < lines.length, 'range beyond the end of the source');
      assert.ok(h.range.end.character <= lines[h.range.end.line].length, 'range end beyond its line');
      assert.equal(textIn(src, h.range).replace(/\s+/g, ' '), h.snippet.replace(/\s+/g, ' '), 'range should cover the snippet');
      assert.ok(h.highlights.length > 0, 'no highlights');
      for (const [a, b] of h.highlights) assert.ok(0 <= a && a < b && b <= h.snippet.length, `highlight [${a}, ${b}) outside the snippet`);
      assert.ok(h.highlights.some(([a, b]) => /H100|GPU/i.test(h.snippet.slice(a, b))), `highlights ${JSON.stringify(h.highlights)} miss the query words`);
    });

    it('grounded/status: 6 sources (4 text, a web page, a PDF), figures > 0', async () => {
      const s = await client.request<StatusResult>('grounded/status', null);
      assert.equal(s.sources, 6);
      assert.ok(s.figures > 0, `figures ${s.figures}`);
      assert.equal(s.indexing, false);
      assert.equal(s.skipped, 0);
      assert.ok(s.lastIndexed, 'lastIndexed');
    });

    it('grounded/sources: 6 with titles', async () => {
      const s = await client.request<SourcesResult>('grounded/sources', null);
      assert.equal(s.sources.length, 6);
      for (const x of s.sources) assert.ok(x.title && x.title.length > 5, `no title for ${x.file}`);
      assert.deepEqual(s.sources.map((x) => x.file).sort(), Object.values(KEY_FILE).filter((v, i, a) => a.indexOf(v) === i).sort());
      const t001 = s.sources.find((x) => x.file === SRC001)!;
      assert.equal(t001.title, fs.readFileSync(path.join(ws, SRC001), 'utf8').split('\n')[0]);
    });
  });

  describe('references (from a source file)', () => {
    let srcUri: string;
    let srcText: string;
    before(() => {
      ({ uri: srcUri, text: srcText } = client.open(path.join(ws, SRC001), 'plaintext'));
    });

    it('on a passage the note relies on: the figures in the note', async () => {
      const line = srcText.split('\n').findIndex((l) => l.includes('350, 000 H100'));
      const character = srcText.split('\n')[line].indexOf('350, 000');
      const locs = await client.request<Location[]>('textDocument/references', { textDocument: { uri: srcUri }, position: { line, character }, context: { includeDeclaration: false } });
      assert.ok(locs.length > 0, 'no references');
      for (const l of locs) assert.equal(l.uri, noteUri);
      const r = row(ROWS, 7, '350,000');
      assert.ok(
        locs.some((l) => l.range.start.line === r.line && textIn(text, l.range) === r.text),
        `"350,000" on line 7 missing: ${locs.map((l) => `${l.range.start.line + 1}:${textIn(text, l.range)}`).join(', ')}`,
      );
    });

    it('on a passage: one location per note line, the line the passage contradicts too; grounded/uses says how', async () => {
      const line = srcText.split('\n').findIndex((l) => l.includes('350, 000 H100'));
      const position = { line, character: srcText.split('\n')[line].indexOf('350, 000') };
      const locs = await client.request<Location[]>('textDocument/references', { textDocument: { uri: srcUri }, position, context: { includeDeclaration: false } });
      assert.equal(new Set(locs.map((l) => `${l.uri}:${l.range.start.line}`)).size, locs.length, 'one location per note line');
      const wrong = row(ROWS, 9, '250,000');
      assert.ok(locs.some((l) => l.range.start.line === wrong.line), 'the contradicted 250,000 is a use of the passage');
      const { uses } = await client.request<UsesResult>('grounded/uses', { textDocument: { uri: srcUri }, position });
      assert.equal(uses.find((u) => u.range.start.line === wrong.line)?.verdict, 'contradicted');
      assert.equal(uses.find((u) => u.range.start.line === row(ROWS, 7, '350,000').line)?.verdict, 'supported');
    });

    it('on the title line: every citation of the source', async () => {
      const locs = await client.request<Location[]>('textDocument/references', { textDocument: { uri: srcUri }, position: { line: 0, character: 2 }, context: { includeDeclaration: false } });
      const cites = citationsIn(text).filter((c) => c.key === '001');
      for (const c of cites) assert.ok(locs.some((l) => l.uri === noteUri && l.range.start.line === c.line), `citation [@001] on line ${c.line + 1} missing`);
    });
  });

  // mocha runs a suite's own tests before its nested suites: keep this last, in its own suite
  describe('lifecycle', () => {
    it('shutdown and exit cleanly', async () => {
      const code = await client.shutdown();
      assert.equal(code, 0, `exit code ${code}; stderr:\n${client.stderr}`);
    });
  });
});

describe('LSP over stdio: editing the note', function () {
  let ws: string;
  let client: LspClient;
  let noteUri: string;
  let original: string;
  let diags: Diagnostic[];

  before(async function () {
    this.timeout(30000);
    ({ ws, client, noteUri, text: original, diags } = await startOnExamples());
  });
  after(async () => {
    await client?.dispose();
    removeDir(ws);
  });
  afterEach(async () => {
    // put the original text back for the next test
    if (client.alive && client.textOf(noteUri) !== original) {
      const v = client.replaceAll(noteUri, original);
      diags = await client.waitDiagnostics(noteUri, { version: v });
    }
  });

  const actionsAt = (r: Row) =>
    client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: noteUri },
      range: r.range,
      context: { diagnostics: diags.filter((d) => overlaps(d.range, r.range)), only: ['quickfix'] },
    });

  it("code action: the preferred quick fix puts the source's figure in the note's format, and the mismatch goes away", async () => {
    const r = row(ROWS, 9, '250,000');
    const actions = await actionsAt(r);
    const fix = actions.find((a) => a.isPreferred);
    assert.ok(fix, `no preferred quick fix among: ${actions.map((a) => a.title).join(' | ')}`);
    assert.equal(fix.kind, 'quickfix');
    assert.ok(fix.diagnostics?.some((d) => d.code === 'figure-mismatch'), 'the fix should name the diagnostic it fixes');
    const edits = fix.edit?.changes?.[noteUri];
    assert.ok(edits && edits.length > 0, `no edits for the note: ${JSON.stringify(fix.edit)}`);
    const fixed = applyEdits(original, edits);
    const origLine = original.split('\n')[r.line];
    // the source says "approximately 350,000": the preferred fix keeps its hedge, the bare value comes second
    assert.equal(fixed.split('\n')[r.line], origLine.replace('250,000', 'approximately 350,000'));
    const bare = actions.filter((a) => a.kind === 'quickfix' && !a.isPreferred && a.edit?.changes?.[noteUri]);
    assert.ok(bare.some((a) => applyEdits(original, a.edit!.changes![noteUri]).split('\n')[r.line] === origLine.replace('250,000', '350,000')), `no bare-value fix among: ${actions.map((a) => a.title).join(' | ')}`);
    assert.equal(fixed.split('\n').length, original.split('\n').length);

    const v = client.change(noteUri, edits);
    const after = await client.waitDiagnostics(noteUri, { version: v });
    assert.deepEqual(after.filter((d) => d.range.start.line === r.line && d.code === 'figure-mismatch').map(fmtDiag), []);
    // other findings are untouched
    assert.ok(after.some((d) => d.code === 'figure-mismatch' && textIn(fixed, d.range) === '80.2'), 'the 80.2 mismatch should still be there');
    const character = fixed.split('\n')[r.line].indexOf('350,000') + 3;
    const h = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: noteUri }, position: { line: r.line, character } });
    assert.match(md(h), /Supported/);
  });

  it('code action: the preferred fix for 80.2 writes 82.0', async () => {
    const r = row(ROWS, 18, '80.2');
    const fix = (await actionsAt(r)).find((a) => a.isPreferred);
    assert.ok(fix?.edit?.changes?.[noteUri], 'no preferred fix');
    const fixed = applyEdits(original, fix.edit.changes[noteUri]);
    assert.equal(fixed.split('\n')[r.line], original.split('\n')[r.line].replace('80.2', '82.0'));
  });

  it('code action: "Disable Grounded checks for this line" inserts <!-- grounded-ignore --> above', async () => {
    const r = row(ROWS, 9, '250,000');
    const actions = await actionsAt(r);
    const dis = actions.find((a) => a.title === 'Disable Grounded checks for this line');
    assert.ok(dis, `no disable action among: ${actions.map((a) => a.title).join(' | ')}`);
    const edits = dis.edit?.changes?.[noteUri] as TextEdit[];
    assert.ok(edits?.length, 'no edits');
    const out = applyEdits(original, edits).split('\n');
    assert.equal(out[r.line], '<!-- grounded-ignore -->');
    assert.equal(out[r.line + 1], original.split('\n')[r.line]);
    const v = client.change(noteUri, edits);
    const after = await client.waitDiagnostics(noteUri, { version: v });
    assert.deepEqual(after.filter((d) => d.range.start.line === r.line + 1).map(fmtDiag), [], 'the ignored line should have no diagnostics');
  });

  it('completion after "[@": the six sources, with titles (author, year and title from the bibliography); "[@00" replaces the "00"', async () => {
    const { sources } = await client.request<SourcesResult>('grounded/sources', null);
    assert.equal(sources.length, 6);
    const lines = original.split('\n');
    // a new line at the end of the note
    const endLine = lines.length - 1;
    const endChar = lines[endLine].length;
    const prefix = endChar === 0 ? '' : '\n';
    const line = endLine + (prefix ? 1 : 0);
    client.change(noteUri, [{ range: { start: { line: endLine, character: endChar }, end: { line: endLine, character: endChar } }, newText: `${prefix}See [@` }]);
    assert.equal(client.textOf(noteUri).split('\n')[line], 'See [@');
    const asItems = (x: CompletionItem[] | CompletionList | null) => (x ? (Array.isArray(x) ? x : x.items) : []);
    const items = asItems(await client.request('textDocument/completion', { textDocument: { uri: noteUri }, position: { line, character: 6 }, context: { triggerKind: 2, triggerCharacter: '@' } }));
    for (const s of sources) {
      const key = BIB_KEY[s.file] ?? s.key;
      const it = items.find((i) => i.label === key);
      assert.ok(it, `no completion for ${key}; got ${items.map((i) => i.label).join(', ')}`);
      // every row reads "key — title" (a bibliography entry's: "key — author year, title"), not only the focused one
      if (BIB_KEY[s.file]) assert.match(it.labelDetails?.detail ?? '', /^ — .+ \d{4}, /, `row ${key}: ${it.labelDetails?.detail}`);
      else assert.ok(it.labelDetails?.detail?.startsWith(` — ${s.title.slice(0, 40)}`), `row ${s.key}: ${it.labelDetails?.detail}`);
    }
    assert.equal(items.find((i) => i.label === 'garcia2019')?.labelDetails?.detail, ' — García and Škoda 2019, Grids Under Strain', 'an entry without a source is offered too');
    // the documentation comes with completionItem/resolve, for the focused row only
    const first = items.find((i) => i.label === (BIB_KEY[sources[0].file] ?? sources[0].key))!;
    assert.equal(first.documentation, undefined);
    const resolved = await client.request<CompletionItem>('completionItem/resolve', first);
    assert.ok(JSON.stringify(resolved.documentation).includes(sources[0].title.slice(0, 20)), JSON.stringify(resolved.documentation));

    client.change(noteUri, [{ range: { start: { line, character: 6 }, end: { line, character: 6 } }, newText: '00' }]);
    assert.equal(client.textOf(noteUri).split('\n')[line], 'See [@00');
    const items2 = asItems(await client.request('textDocument/completion', { textDocument: { uri: noteUri }, position: { line, character: 8 }, context: { triggerKind: 1 } }));
    assert.ok(items2.length > 0, 'no completions after "[@00"');
    for (const it of items2) {
      const te = it.textEdit as TextEdit | undefined;
      assert.ok(te && 'range' in te, `item ${it.label} has no textEdit with a range`);
      assert.deepEqual(te.range, { start: { line, character: 6 }, end: { line, character: 8 } }, `item ${it.label}`);
      assert.equal(te.newText, it.label);
    }
    assert.ok(items2.some((i) => i.label === '001'), 'key 001 should be offered');
  });

  it('no completion outside a citation', async () => {
    const r = await client.request<CompletionItem[] | CompletionList | null>('textDocument/completion', { textDocument: { uri: noteUri }, position: { line: 6, character: 5 } });
    const items = r ? (Array.isArray(r) ? r : r.items) : [];
    assert.equal(items.length, 0);
  });
});

describe('LSP over stdio: sources changing on disk', function () {
  let ws: string;
  let client: LspClient;
  let noteUri: string;
  let text: string;

  before(async function () {
    this.timeout(30000);
    ({ ws, client, noteUri, text } = await startOnExamples());
  });
  after(async () => {
    await client?.dispose();
    removeDir(ws);
  });

  it('a source edited on disk + didChangeWatchedFiles: the note is re-checked (82.0 → 79.5 makes "82" a mismatch)', async () => {
    const r = row(ROWS, 16, '82');
    const before = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: noteUri }, position: inside(r) });
    assert.match(md(before), /Supported/);

    const p = path.join(ws, SRC001);
    const src = fs.readFileSync(p, 'utf8');
    assert.ok(src.includes('scores 82.0 on the MMLU'));
    fs.writeFileSync(p, src.replace('scores 82.0 on the MMLU', 'scores 79.5 on the MMLU'));
    const seq = client.seqNow;
    client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(p), type: 2 }] });
    // (a publish queued before the change may still arrive: wait for one that reflects it)
    const on82 = (x: Diagnostic) => x.code === 'figure-mismatch' && x.range.start.line === r.line && textIn(text, x.range) === '82';
    const diags = await client.waitDiagnostics(noteUri, { afterSeq: seq, pred: (ds) => ds.some(on82) });
    const d = diags.find(on82);
    assert.ok(d, `no figure-mismatch on "82" after the source changed: ${diags.filter((x) => x.range.start.line === r.line).map(fmtDiag).join(' | ') || 'none on that line'}`);
    assert.match(typeof d.message === 'string' ? d.message : d.message.value, /79\.5/);
    // 8.5 on the same line is still supported
    assert.ok(!diags.some((x) => x.range.start.line === r.line && textIn(text, x.range) === '8.5'), '8.5 should still be fine');
    const h = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: noteUri }, position: inside(r) });
    assert.match(md(h), /Contradicted/);
    assert.match(md(h), /79\.5/);
  });

  it('a source deleted on disk + didChangeWatchedFiles: citations of it become unknown-source', async () => {
    const p = path.join(ws, SRC003);
    fs.rmSync(p);
    const seq = client.seqNow;
    client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(p), type: 3 }] });
    const cites = citationsIn(text).filter((c) => c.key === '003');
    assert.ok(cites.length > 0);
    const diags = await client.waitDiagnostics(noteUri, { afterSeq: seq, pred: (ds) => ds.some((d) => d.code === 'unknown-source' && d.range.start.line === cites[0].line) });
    for (const c of cites) assert.ok(diags.some((d) => d.code === 'unknown-source' && d.range.start.line === c.line), `no unknown-source for [@003] on line ${c.line + 1}`);
    const s = await client.request<StatusResult>('grounded/status', null);
    assert.equal(s.sources, 5);
  });
});

describe('LSP over stdio: unreadable files in sources/', function () {
  let ws: string;
  let client: LspClient;
  let noteUri: string;
  const binary = Buffer.from([0x47, 0x52, 0x00, 0x01, 0x02, 0x00, 0xff, 0xfe, 0x00, 0x00, 0x0a, 0x33, 0x35, 0x30, 0x00]);
  // Latin-1 "é" (0xe9) followed by ASCII is not valid UTF-8
  const latin1 = Buffer.from('Caf\xe9 prices rose 12% in 2024, the r\xe9sum\xe9 says.\n', 'latin1');

  before(async function () {
    this.timeout(30000);
    ws = copyExamples();
    fs.writeFileSync(path.join(ws, 'sources', 'broken.txt'), binary);
    fs.writeFileSync(path.join(ws, 'sources', 'latin1.txt'), latin1);
    client = await LspClient.start({ workspace: ws });
    await client.waitIndexed();
    const opened = client.open(path.join(ws, NOTE_REL));
    noteUri = opened.uri;
    await client.waitDiagnostics(noteUri, { version: opened.version });
  });
  after(async () => {
    await client?.dispose();
    removeDir(ws);
  });

  const hoverStillWorks = async () => {
    assert.ok(client.alive, `server died: ${client.stderr}`);
    const v = md(await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: noteUri }, position: inside(row(ROWS, 7, '350,000')) }));
    assert.match(v, /Supported/);
  };

  it('a binary file: a window/logMessage names it, the server keeps answering', async () => {
    const msg = client.logs.find((l) => l.message.includes('broken.txt'));
    assert.ok(msg, `no log message about broken.txt; logs:\n${client.logs.map((l) => l.message).join('\n')}`);
    assert.ok(msg.type <= 2, `should be a warning or error, got type ${msg.type}`);
    await hoverStillWorks();
  });

  it('a non-UTF-8 file: a window/logMessage names it, the server keeps answering', async () => {
    const msg = client.logs.find((l) => l.message.includes('latin1.txt'));
    assert.ok(msg, `no log message about latin1.txt; logs:\n${client.logs.map((l) => l.message).join('\n')}`);
    assert.ok(msg.type <= 2, `should be a warning or error, got type ${msg.type}`);
    await hoverStillWorks();
  });

  it('status counts them as skipped; the 6 real sources are indexed', async () => {
    const s = await client.request<StatusResult>('grounded/status', null);
    assert.equal(s.sources, 6);
    assert.equal(s.skipped, 2);
  });

  it('a binary file appearing later (didChangeWatchedFiles Created): logged, still running', async () => {
    const p = path.join(ws, 'sources', 'later.md');
    fs.writeFileSync(p, Buffer.concat([Buffer.from('# Title\n\n'), Buffer.alloc(64, 0)]));
    client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(p), type: 1 }] });
    await client.waitFor('a log message about later.md', () => client.logs.find((l) => l.message.includes('later.md')));
    await hoverStillWorks();
  });

  it('status.skipped counts each skipped file once after an incremental re-index', async () => {
    const s = await client.request<StatusResult>('grounded/status', null);
    assert.equal(s.sources, 6);
    assert.equal(s.skipped, 3, 'broken.txt, latin1.txt and later.md are skipped, each once');
  });

  it('a good source turned binary: logged, dropped from the index, server still running', async () => {
    const p = path.join(ws, SRC003);
    fs.writeFileSync(p, Buffer.alloc(128, 0));
    const seq = client.seqNow;
    client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(p), type: 2 }] });
    await client.waitFor('a log message about 003', () => client.logs.find((l) => l.message.includes(path.basename(SRC003))));
    const line003 = citationsIn(NOTE_TEXT).find((c) => c.key === '003')!.line;
    await client.waitDiagnostics(noteUri, { afterSeq: seq, pred: (ds) => ds.some((d) => d.code === 'unknown-source' && d.range.start.line === line003) });
    await hoverStillWorks();
    const s = await client.request<StatusResult>('grounded/status', null);
    assert.equal(s.sources, 5);
  });

  it('status.skipped still counts each skipped file once after a second incremental re-index', async () => {
    const s = await client.request<StatusResult>('grounded/status', null);
    assert.equal(s.skipped, 4, 'broken.txt, latin1.txt, later.md and 003 are skipped, each once');
  });

  it('shutdown and exit cleanly', async () => {
    assert.equal(await client.shutdown(), 0, client.stderr);
  });
});

describe('LSP over stdio: a note opened while the first index is being built', function () {
  let ws: string;
  let client: LspClient;

  before(async function () {
    this.timeout(30000);
    ws = copyExamples();
    client = await LspClient.start({ workspace: ws });
  });
  after(async () => {
    await client?.dispose();
    removeDir(ws);
  });

  it('never gets false unknown-source errors for citations that resolve once the index is ready', async () => {
    // An editor sends didOpen for the visible note right after `initialized`, before indexing ends.
    const { uri, text, version } = client.open(path.join(ws, NOTE_REL));
    await client.waitIndexed();
    await client.waitDiagnostics(uri, { version, pred: (d) => d.some((x) => x.code === 'figure-mismatch') });
    const known = new Set(Object.keys(KEY_FILE));
    const bad: string[] = [];
    for (const p of client.published) {
      if (p.params.uri !== uri) continue;
      for (const d of p.params.diagnostics) {
        if (d.code === 'unknown-source' && known.has(textIn(text, d.range).replace(/^@/, ''))) bad.push(`publish #${p.seq}: ${fmtDiag(d)}`);
      }
    }
    assert.deepEqual(bad.slice(0, 5), [], `${bad.length} false unknown-source diagnostics were published before the index was ready`);
  });
});
