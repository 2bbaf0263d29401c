// End-to-end tests of the editor experience (issue 16) inside VS Code's extension host, on the temp copy of
// examples/: go to source selects the words, hovers read at a glance, quick fixes keep the source's hedge, every
// completion row has its title, references once per note line with contradicted lines, Search Sources finds nothing
// for an unrelated query, plain-text sources open word-wrapped. Lines are found through test/fixtures/example-expect.tsv.
// Token colours of citations and the status bar text are read in the rendered workbench (test/e2e/ui.test.ts).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  citationKeys, describeDiagnostics, diagnosticCode, EXTENSION_ID, figurePattern, hoverText, locate, NOTE_PATH,
  quickFixesAt, readExpectations, repoRoot, sourcesForKey, uniqueInNote, waitFor, workspaceRoot, type Located,
} from './helpers';

interface SourceUseLike {
  uri: string;
  range: { start: { line: number } };
  verdict: string;
}
interface GroundedApiLike {
  client: { sendRequest<R>(method: string, params: unknown): Promise<R> };
  searchSources(query: string): Promise<{ snippet: string; file: string }[]>;
}

/** Occurrences of `needle` in `hay`. */
const count = (hay: string, needle: string) => hay.split(needle).length - 1;

describe('Grounded in VS Code: reading and navigating (issue 16)', function () {
  this.timeout(90_000);

  let root: string;
  let noteUri: vscode.Uri;
  let doc: vscode.TextDocument;
  let api: GroundedApiLike;

  /** The tsv's figure of `kind` whose text is `text`, located in the note. */
  const figure = (kind: string, text: string): Located => {
    const l = readExpectations().filter((e) => e.expect === kind && e.text === text).map((e) => locate(doc, e))[0];
    assert.ok(l && (l.hinted || uniqueInNote(doc, text)), `"${text}" (${kind}) not found unambiguously in the note`);
    return l;
  };
  const middle = (l: Located) => l.range.start.translate(0, Math.floor(l.text.length / 2));
  const hoverAt = async (pos: vscode.Position, expectText: string) => {
    let last = '';
    return waitFor(
      `a hover at ${pos.line + 1}:${pos.character + 1} with "${expectText}"`,
      async () => {
        last = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', noteUri, pos));
        return last.includes(expectText) ? last : undefined;
      },
      20_000,
      () => `last hover: ${JSON.stringify(last)}`,
    );
  };
  /** The cited source file of a line (its first citation that names one). */
  const sourceOf = (l: Located) => citationKeys(doc.lineAt(l.lineIndex).text).flatMap((k) => sourcesForKey(root, k))[0];

  before(async () => {
    root = workspaceRoot();
    noteUri = vscode.Uri.file(path.join(root, NOTE_PATH));
    doc = await vscode.workspace.openTextDocument(noteUri);
    await vscode.window.showTextDocument(doc);
    // the note as in examples/, whatever an earlier suite left in the editor
    const original = fs.readFileSync(path.join(repoRoot(), 'examples', NOTE_PATH), 'utf8');
    if (doc.getText() !== original) {
      const edit = new vscode.WorkspaceEdit();
      edit.replace(noteUri, doc.validateRange(new vscode.Range(0, 0, doc.lineCount, 0)), original);
      assert.ok(await vscode.workspace.applyEdit(edit), 'could not restore the note');
      await doc.save();
    }
    const ext = vscode.extensions.getExtension<GroundedApiLike>(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} not found`);
    api = ext.isActive ? ext.exports : await ext.activate();
    // the first check is in: the contradicted figure has its diagnostic
    const wrong = figure('contradicted', '250,000');
    await waitFor('the first diagnostics', () => (vscode.languages.getDiagnostics(noteUri).some((d) => d.range.start.line === wrong.lineIndex) ? true : undefined), 30_000, () => describeDiagnostics(doc));
  });

  afterEach(async () => {
    await vscode.window.showTextDocument(doc);
  });

  it('go to source (F12) opens the source with the figure’s words selected, in view', async () => {
    const fig = figure('supported', '350,000');
    const src = sourceOf(fig);
    const editor = await vscode.window.showTextDocument(doc);
    editor.selection = new vscode.Selection(middle(fig), middle(fig));
    await vscode.commands.executeCommand('editor.action.revealDefinition');
    const opened = await waitFor(
      `${path.basename(src)} to open with a selection`,
      () => {
        const e = vscode.window.activeTextEditor;
        return e && e.document.uri.fsPath === src && !e.selection.isEmpty ? e : undefined;
      },
      15_000,
      () => `active: ${vscode.window.activeTextEditor?.document.uri.fsPath} selection ${JSON.stringify(vscode.window.activeTextEditor?.selection)}`,
    );
    const selected = opened.document.getText(opened.selection);
    assert.match(selected, new RegExp(`^${figurePattern(fig.text)!.source}$`), `selected "${selected}" instead of the figure`);
    assert.ok(opened.visibleRanges.some((r) => r.contains(opened.selection)), 'the selection is scrolled into view');
  });

  it('hover on a contradicted figure: the verdict, both values with the source’s hedge, the passage once, one link', async () => {
    const fig = figure('contradicted', '250,000');
    const h = await hoverAt(middle(fig), 'Contradicted');
    const lines = h.split('\n');
    assert.match(lines[0], /✗ Contradicted\*\* by `\d+` · \[open line \d+\]\(file:/, 'the verdict line holds the link');
    const valueRow = lines.find((l) => l.startsWith('| value'));
    assert.ok(valueRow && valueRow.includes('**250,000**') && /\*\*approximately 350, ?000\*\*/.test(valueRow), `value row: ${valueRow}`);
    // the passage once (it ends "…OpenAI and Google train on."), its figure in bold
    assert.equal(count(h, 'H100 GPUs from NVIDIA'), 1, h);
    assert.match(h, /> .*\*\*approximately 350, 000\*\*/);
    const links = [...h.matchAll(/\]\((file:[^)]+)\)/g)].map((m) => m[1]);
    assert.equal(links.length, 1, `links: ${links.join(' ')}`);
    assert.match(links[0], /#L\d+,\d+-L\d+,\d+$/, 'the link selects the words');
  });

  it('hover on a silenced line says it is silenced', async () => {
    const fig = figure('ignored', '9.1');
    const h = await hoverAt(middle(fig), 'Silenced');
    assert.match(h, /grounded-ignore/);
  });

  it('hover on a citation of a markdown source renders it: no raw heading, the title once', async () => {
    const line = doc.getText().split('\n').findIndex((l) => l.includes('[@000]'));
    assert.ok(line >= 0, 'no [@000] in the note');
    const src = sourcesForKey(root, '000')[0];
    const title = /^title:\s*["']?(.+?)["']?\s*$/m.exec(fs.readFileSync(src, 'utf8'))?.[1] ?? '';
    assert.ok(title, `no title in ${src}`);
    const h = await hoverAt(new vscode.Position(line, doc.lineAt(line).text.indexOf('[@000]') + 3), title);
    assert.equal(count(h, title), 1, h);
    assert.ok(!/^(> )?#{1,6} /m.test(h), `raw heading in: ${h}`);
  });

  it('quick fixes keep the source’s hedge first and offer the bare value second', async () => {
    const fig = figure('contradicted', '250,000');
    const diag = vscode.languages.getDiagnostics(noteUri).find((d) => diagnosticCode(d) === 'figure-mismatch' && d.range.contains(fig.range));
    assert.ok(diag, describeDiagnostics(doc));
    const actions = (await quickFixesAt(noteUri, diag.range)) as vscode.CodeAction[];
    const texts = (a: vscode.CodeAction) => a.edit?.entries().flatMap(([, edits]) => edits.map((e) => e.newText)) ?? [];
    const preferred = actions.find((a) => a.isPreferred);
    assert.deepEqual(preferred && texts(preferred), ['approximately 350,000'], actions.map((a) => a.title).join(' | '));
    assert.ok(actions.some((a) => !a.isPreferred && texts(a).includes('350,000')), actions.map((a) => a.title).join(' | '));
  });

  it('completion after "[@": every row reads "key — title"', async () => {
    const editor = await vscode.window.showTextDocument(doc);
    const end = doc.lineAt(doc.lineCount - 1).range.end;
    await editor.edit((b) => b.insert(end, '\nSee [@'));
    try {
      const pos = doc.lineAt(doc.lineCount - 1).range.end;
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', noteUri, pos, '@');
      const rows = list.items.filter((i) => i.kind === vscode.CompletionItemKind.Reference);
      // one row per source file, and one per bibliography entry without a source (references.bib's garcia2019)
      const sourceRows = rows.filter((r) => r.detail !== 'in the bibliography, no source file');
      assert.equal(sourceRows.length, fs.readdirSync(path.join(root, 'sources')).length, rows.map((r) => JSON.stringify(r.label)).join(', '));
      assert.equal(rows.length - sourceRows.length, 1, 'the bibliography entry without a source');
      for (const r of rows) {
        assert.equal(typeof r.label, 'object', `row ${JSON.stringify(r.label)} has no label details`);
        assert.match((r.label as vscode.CompletionItemLabel).detail ?? '', /^ — \S/, JSON.stringify(r.label));
      }
    } finally {
      await vscode.commands.executeCommand('undo');
    }
  });

  it('find all references on a source: each note line once, the contradicted ones included; grounded/uses gives the verdicts', async () => {
    const fig = figure('contradicted', '250,000');
    const src = sourceOf(fig);
    const srcDoc = await vscode.workspace.openTextDocument(src);
    const whole = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', srcDoc.uri, new vscode.Position(0, 1));
    const inNote = whole.filter((l) => l.uri.fsPath === noteUri.fsPath).map((l) => l.range.start.line);
    assert.equal(new Set(inNote).size, inNote.length, `a note line listed twice: ${inNote.map((l) => l + 1).join(', ')}`);
    // every line that cites it is there (and lines that rely on it uncited, as "Ray … 49.1 million")
    const citing = doc.getText().split('\n').flatMap((l, i) => (/\[@001[\],;]/.test(l) ? [i] : []));
    assert.deepEqual(citing.filter((l) => !inNote.includes(l)), [], 'a line that cites the source is missing');
    // in the passage of the source's 350, 000: the 250,000 it contradicts is a use, with its verdict
    const at = srcDoc.positionAt(srcDoc.getText().search(figurePattern('350,000')!));
    const inPassage = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', srcDoc.uri, at);
    assert.ok(inPassage.some((l) => l.range.start.line === fig.lineIndex), `250,000's line missing: ${inPassage.map((l) => l.range.start.line + 1)}`);
    const { uses } = await api.client.sendRequest<{ uses: SourceUseLike[] }>('grounded/uses', { textDocument: { uri: srcDoc.uri.toString() }, position: at });
    assert.equal(uses.find((u) => u.range.start.line === fig.lineIndex)?.verdict, 'contradicted');
    assert.equal(uses.length, inPassage.length);
  });

  it('Search Sources: an unrelated query finds nothing; a related one finds its passage', async () => {
    assert.deepEqual(await api.searchSources('zebra migration forecast'), []);
    const hits = await api.searchSources('H100 GPUs');
    assert.ok(hits.length > 0 && hits[0].snippet.includes('H100'), JSON.stringify(hits[0]));
  });

  it('a plain-text source opens word-wrapped (language grounded-source)', async () => {
    const txt = sourcesForKey(root, '001')[0];
    assert.ok(txt.endsWith('.txt'), txt);
    const d = await vscode.workspace.openTextDocument(txt);
    assert.equal(d.languageId, 'grounded-source');
    assert.equal(vscode.workspace.getConfiguration('editor', d).get('wordWrap'), 'on');
  });
});
