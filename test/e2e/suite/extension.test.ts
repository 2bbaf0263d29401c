// End-to-end tests inside VS Code's extension host, on a temp copy of examples/ (opened by test/e2e/run.mjs).
// They use only the public API, as a user's editor would: hovers, diagnostics, code actions, the exported API.
// Lines are found by searching the note for the texts of test/fixtures/example-expect.tsv (never hard-coded).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  citationKeys, describeDiagnostics, diagnosticCode, EXTENSION_ID, hasFigure, hoverText, locate, NOTE_PATH,
  figurePattern, perturbFigure, quickFixesAt, readExpectations, sleep, sourcesForKey, uniqueInNote, waitFor, workspaceRoot,
  type Expectation, type Located,
} from './helpers';

interface SearchHitLike {
  snippet: string;
  key?: string;
  file?: string;
}
interface GroundedApiLike {
  searchSources(query: string): Promise<SearchHitLike[] | { hits: SearchHitLike[] }>;
}

describe('Grounded in VS Code (example workspace)', function () {
  this.timeout(90_000);

  let root: string;
  let noteUri: vscode.Uri;
  let doc: vscode.TextDocument;
  let expectations: Expectation[] | undefined;
  /** Lines (0-based) of the note that a test has edited. */
  const editedLines = new Set<number>();

  const expected = (kind: string): Located[] => {
    expectations ??= readExpectations();
    return expectations
      .filter((e) => e.expect === kind)
      .map((e) => locate(doc, e))
      .filter((l): l is Located => l !== undefined);
  };
  const mismatchesCovering = (loc: Located) =>
    vscode.languages
      .getDiagnostics(noteUri)
      .filter((d) => diagnosticCode(d) === 'figure-mismatch' && d.range.contains(loc.range) &&
        doc.getText(d.range).includes(loc.text));
  /** Source files cited on a figure's line. */
  const citedSources = (loc: Located): string[] =>
    [...new Set(citationKeys(doc.lineAt(loc.lineIndex).text).flatMap((k) => sourcesForKey(root, k)))];
  /** Cited source files that state the figure's number (in any spacing: "350, 000" for "350,000"). */
  const citedSourcesWith = (loc: Located): string[] => {
    const re = figurePattern(loc.text);
    return re ? citedSources(loc).filter((f) => new RegExp(re).test(fs.readFileSync(f, 'utf8'))) : [];
  };
  /** Found where the tsv says, or the only line with that text. */
  const unambiguous = (l: Located) => l.hinted || uniqueInNote(doc, l.text);

  before(async function () {
    root = workspaceRoot();
    noteUri = vscode.Uri.file(path.join(root, NOTE_PATH));
    doc = await vscode.workspace.openTextDocument(noteUri);
    await vscode.window.showTextDocument(doc);
  });

  after(async () => {
    // Leave no dirty editor behind (the workspace is a temp copy anyway).
    await vscode.commands.executeCommand('workbench.action.files.revert').then(undefined, () => undefined);
  });

  it('activates grounded-notes.grounded when a note is opened', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is not installed in the extension host`);
    await waitFor('the extension to activate', () => (ext.isActive ? true : undefined), 20_000);
    assert.equal(doc.languageId, 'markdown');
  });

  it('hover on a supported figure shows its source', async () => {
    const candidates = expected('supported').filter(
      (l) => /\d/.test(l.text) && unambiguous(l) && citedSources(l).length > 0,
    );
    assert.ok(candidates.length > 0, 'no supported figure of the tsv in the note with a citation of a known source');
    const fig = candidates[0];
    const keys = citationKeys(doc.lineAt(fig.lineIndex).text);
    const stems = citedSources(fig).map((f) => path.basename(f).replace(/\.[^.]+$/, ''));
    const mentions = [...keys, ...stems];
    const pos = fig.range.start.translate(0, Math.floor(fig.text.length / 2));
    let last = '';
    await waitFor(
      `a hover on "${fig.text}" (line ${fig.lineIndex + 1}) that mentions one of ${mentions.join(', ')}`,
      async () => {
        const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', noteUri, pos);
        last = hoverText(hovers);
        return mentions.some((m) => last.includes(m)) ? true : undefined;
      },
      20_000,
      () => `last hover text: ${JSON.stringify(last)}`,
    );
    // the verdict word, and no other verdict
    assert.match(last, /\bSupported\b/, `the hover on "${fig.text}" does not say Supported: ${JSON.stringify(last)}`);
    assert.doesNotMatch(last, /\b(Contradicted|Unverified)\b/, `the hover on "${fig.text}" names another verdict: ${JSON.stringify(last)}`);
    console.log(`      (hover on "${fig.text}": ${JSON.stringify(last.replace(/\s+/g, ' ').slice(0, 100))}…)`);
  });

  it('reports figure-mismatch on a contradicted figure and unknown-source on an unknown citation', async () => {
    const contradicted = expected('contradicted').filter(unambiguous);
    assert.ok(contradicted.length > 0, 'no contradicted figure of the tsv found in the note');
    const fig = contradicted[0];
    await waitFor(
      `a figure-mismatch diagnostic covering "${fig.text}" on line ${fig.lineIndex + 1}`,
      () => (mismatchesCovering(fig).length > 0 ? true : undefined),
      20_000,
      () => describeDiagnostics(doc),
    );
    const d = mismatchesCovering(fig)[0];
    assert.ok(doc.getText(d.range).includes(fig.text), `range text "${doc.getText(d.range)}" lacks "${fig.text}"`);

    const unknown = expected('unknown-source');
    assert.ok(unknown.length > 0, 'no unknown-source citation of the tsv found in the note');
    for (const u of unknown) {
      const key = u.text.replace(/^\[?@/, '').replace(/\]$/, '');
      await waitFor(
        `an unknown-source diagnostic on line ${u.lineIndex + 1} whose range has "${key}"`,
        () => vscode.languages.getDiagnostics(noteUri).some((x) => diagnosticCode(x) === 'unknown-source' &&
          x.range.start.line === u.lineIndex && doc.getText(x.range).includes(key)) ? true : undefined,
        10_000,
        () => describeDiagnostics(doc),
      );
    }
  });

  it('quick fix replaces a mismatched figure with the source value', async () => {
    const contradicted = expected('contradicted').filter(unambiguous);
    assert.ok(contradicted.length > 0, 'no contradicted figure of the tsv found in the note');
    const fig = contradicted[0];
    const diag = await waitFor(
      `a figure-mismatch diagnostic covering "${fig.text}"`,
      () => mismatchesCovering(fig)[0],
      20_000,
      () => describeDiagnostics(doc),
    );
    const actions = await quickFixesAt(noteUri, diag.range);
    const withEdit = (actions ?? []).filter(
      (a): a is vscode.CodeAction => typeof (a as vscode.Command).command !== 'string' && !!(a as vscode.CodeAction).edit);
    const titles = (actions ?? []).map((a) => a.title).join(' | ') || '(none)';
    assert.ok(withEdit.length > 0, `no code action with an edit at the mismatch; actions: ${titles}`);
    const forMismatch = withEdit.filter((a) => a.diagnostics?.some((x) => diagnosticCode(x) === 'figure-mismatch'));
    const pool = forMismatch.length ? forMismatch : withEdit;
    const action = pool.find((a) => a.isPreferred) ?? pool[0];

    const before = doc.lineAt(fig.lineIndex).text;
    const applied = await vscode.workspace.applyEdit(action.edit!);
    assert.ok(applied, `workspace.applyEdit refused the edit of "${action.title}"`);
    editedLines.add(fig.lineIndex);
    const after = doc.lineAt(fig.lineIndex).text;
    assert.notEqual(after, before, `"${action.title}" did not change line ${fig.lineIndex + 1}`);
    const wrong = new RegExp(`(?<![\\d.,])${fig.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\d])`);
    assert.ok(!wrong.test(after), `line still has the wrong figure "${fig.text}": ${after}`);
    let p = 0;
    while (p < before.length && p < after.length && before[p] === after[p]) p++;
    let s = 0;
    while (s < before.length - p && s < after.length - p && before[before.length - 1 - s] === after[after.length - 1 - s]) s++;
    // Widen the changed span to whole tokens so "3" in "350,000" is judged as part of its figure.
    let a = p;
    let b = after.length - s;
    while (a > 0 && /[\w.,$%]/.test(after[a - 1])) a--;
    while (b < after.length && /[\w.,$%]/.test(after[b])) b++;
    const inserted = after.slice(a, b);
    assert.ok(hasFigure(inserted), `the fix put no figure in: "${inserted}" (line now: ${after})`);
    // the new value is the source's: the value the diagnostic quotes from the source, and written in a cited source
    const said = /source \S+ says (?:[a-z]+ )*?([$€£]?\d[\d,.]*(?: ?(?:%|[a-zA-Z]+))?)/.exec(diag.message)?.[1];
    assert.ok(said, `the diagnostic names no source value: ${diag.message}`);
    const number = (t: string) => /\d[\d,.]*\d|\d/.exec(t)?.[0].replace(/,/g, '');
    assert.equal(number(inserted), number(said), `the fix wrote "${inserted}", the source says "${said}" (${diag.message})`);
    const re = figurePattern(inserted);
    const stating = citedSources(fig).filter((f) => re && new RegExp(re).test(fs.readFileSync(f, 'utf8')));
    assert.ok(stating.length > 0, `no cited source of line ${fig.lineIndex + 1} states "${inserted}"`);
    console.log(`      ("${action.title}": "${fig.text}" → "${inserted}" on line ${fig.lineIndex + 1})`);

    await waitFor(
      `the figure-mismatch diagnostic on line ${fig.lineIndex + 1} to go away after the fix`,
      () => vscode.languages.getDiagnostics(noteUri).some((x) => diagnosticCode(x) === 'figure-mismatch' &&
        x.range.start.line === fig.lineIndex) ? undefined : true,
      15_000,
      () => describeDiagnostics(doc),
    );
  });

  it('searchSources (the Search Sources provider) finds passages about H100 GPUs', async () => {
    const ext = vscode.extensions.getExtension<GroundedApiLike>(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} not found`);
    const api = ext.isActive ? ext.exports : await ext.activate();
    assert.equal(typeof api?.searchSources, 'function', 'the extension exports no searchSources(query)');
    let last: unknown;
    const hits = await waitFor(
      'searchSources("H100 GPUs") to return hits',
      async () => {
        const r = await api.searchSources('H100 GPUs');
        last = r;
        const list = Array.isArray(r) ? r : r?.hits;
        return list && list.length > 0 ? list : undefined;
      },
      20_000,
      () => `last result: ${JSON.stringify(last)?.slice(0, 500)}`,
    );
    assert.ok(typeof hits[0].snippet === 'string', `first hit has no snippet: ${JSON.stringify(hits[0])}`);
    assert.ok(hits[0].snippet.includes('H100'), `first snippet lacks "H100": ${hits[0].snippet}`);
  });

  it('re-checks the note when a source changes on disk', async () => {
    const years = /^(1[89]|20)\d\d$/;
    const candidates = expected('supported').filter((l) => /\d/.test(l.text) && !years.test(l.text) &&
      unambiguous(l) && !editedLines.has(l.lineIndex) && citedSourcesWith(l).length > 0);
    assert.ok(candidates.length > 0, 'no supported figure of the tsv whose number is written in its cited source');
    const fig = candidates[0];
    // Baseline: supported, so no mismatch (give a moment for diagnostics to settle).
    await sleep(500);
    assert.equal(mismatchesCovering(fig).length, 0,
      `"${fig.text}" is marked supported but already has a figure-mismatch\n${describeDiagnostics(doc)}`);

    const files = citedSourcesWith(fig);
    const originals = new Map(files.map((f) => [f, fs.readFileSync(f, 'utf8')]));
    const re = figurePattern(fig.text)!;
    const written = [...originals.values()].flatMap((t) => t.match(new RegExp(re)) ?? []);
    const changed = perturbFigure(written[0] ?? fig.text);
    try {
      // Change the number wherever the cited source states it ("350, 000" → "750, 000").
      for (const [f, text] of originals) fs.writeFileSync(f, text.replace(new RegExp(re), (m) => perturbFigure(m)));
      const t0 = Date.now();
      await waitFor(
        `a figure-mismatch on "${fig.text}" (line ${fig.lineIndex + 1}) after ${files.map((f) => path.relative(root, f)).join(', ')} ` +
          `changed "${written[0] ?? fig.text}" to "${changed}" on disk`,
        () => (mismatchesCovering(fig).length > 0 ? true : undefined),
        12_000,
        () => describeDiagnostics(doc),
      );
      console.log(`      (re-checked ${Date.now() - t0} ms after the source changed on disk)`);
    } finally {
      for (const [f, text] of originals) fs.writeFileSync(f, text);
    }
  });

  it('applies grounded.json, and settings changed in VS Code override it without a reload', async () => {
    const contradicted = expected('contradicted').filter(unambiguous).filter((l) => !editedLines.has(l.lineIndex));
    assert.ok(contradicted.length > 0, 'no contradicted figure left to look at');
    const fig = contradicted[0];
    const severityOf = () => mismatchesCovering(fig)[0]?.severity;
    await waitFor('the baseline figure-mismatch', () => (severityOf() === vscode.DiagnosticSeverity.Warning ? true : undefined), 15_000, () => describeDiagnostics(doc));
    const file = path.join(root, 'grounded.json');
    const cfg = vscode.workspace.getConfiguration('grounded');
    try {
      // grounded.json on disk (read by the server, as the CLI reads it)
      fs.writeFileSync(file, JSON.stringify({ rules: { 'figure-mismatch': 'error' } }));
      await waitFor('figure-mismatch as an error after grounded.json', () => (severityOf() === vscode.DiagnosticSeverity.Error ? true : undefined), 15_000, () => describeDiagnostics(doc));
      // a workspace setting changed in VS Code wins over the file, with no reload
      await cfg.update('rules', { 'figure-mismatch': 'information' }, vscode.ConfigurationTarget.Workspace);
      await waitFor('figure-mismatch as information after the setting changed', () => (severityOf() === vscode.DiagnosticSeverity.Information ? true : undefined), 15_000, () => describeDiagnostics(doc));
    } finally {
      await cfg.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
      fs.rmSync(file, { force: true });
    }
    await waitFor('figure-mismatch back to a warning', () => (severityOf() === vscode.DiagnosticSeverity.Warning ? true : undefined), 15_000, () => describeDiagnostics(doc));
  });
});
