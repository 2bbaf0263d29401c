// The reports for machines: the JSON contract (version 1, paths relative to the working directory)
// and SARIF 2.1.0 validated against the OASIS schema (test/fixtures/sarif), with rules, locations
// relative to the repository root, related source passages and fixes.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import type * as Sarif from 'sarif';
import { ACME, grounded, NOTE, ROOT, type Run, workspace } from './cli-helpers';

const SCHEMA = JSON.parse(fs.readFileSync(path.join(ROOT, 'test/fixtures/sarif/sarif-schema-2.1.0.json'), 'utf8'));

function sarifValidator() {
  // unicodeRegExp off: one pattern of the schema (a language tag) is not valid with the u flag
  const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(SCHEMA);
}

/** A repository (it has a .git) with the notes and sources one folder down, checked from that folder. */
function repo(): { root: string; cwd: string } {
  const root = workspace({ 'docs/sources/acme.txt': ACME, 'docs/notes/n.md': NOTE, '.git/HEAD': 'ref: refs/heads/main\n' });
  return { root, cwd: path.join(root, 'docs') };
}

describe('CLI: --format json', () => {
  let cwd: string;
  let out: Run;
  let json: any;
  before(async () => {
    cwd = repo().cwd;
    out = await grounded(cwd, ['check', '--format', 'json', 'notes']);
    json = JSON.parse(out.stdout);
  });

  it('keeps the contract: version 1, exit 1 for the warnings', () => {
    assert.equal(json.version, 1);
    assert.equal(out.code, 1);
  });
  it('paths are relative to the working directory, as the contract shows', async () => {
    assert.equal(json.notes[0].path, 'notes/n.md');
    const fig = json.notes[0].figures.find((f: { text: string }) => f.text === '15,500');
    assert.equal(fig.evidence[0].path, 'sources/acme.txt');
    assert.deepEqual(json.sources.map((s: { path: string }) => s.path), ['sources/acme.txt']);
    const up = JSON.parse((await grounded(path.dirname(cwd), ['check', '--sources', 'docs/sources', '--format', 'json', 'docs/notes/n.md'])).stdout);
    assert.equal(up.notes[0].path, 'docs/notes/n.md');
  });
  it('each figure says how it was read (frame) and how the source figure it was judged against was read (sourceFrame)', () => {
    const fig = json.notes[0].figures.find((f: { text: string }) => f.text === '15,500');
    assert.equal(fig.verdict, 'contradicted');
    for (const fr of [fig.frame, fig.sourceFrame]) assert.deepEqual([fr.kind, fr.measures, fr.when], ['level', 'widget', '2023']);
  });
  it('an unknown key: "did you mean", and the fix that rewrites it', () => {
    const d = json.notes[0].diagnostics.find((x: { code: string }) => x.code === 'unknown-source');
    assert.match(d.message, /Did you mean @acme \("Acme report"\)\?/);
    assert.equal(d.fixes[0].title, 'Change to @acme (Acme report)');
    assert.deepEqual(d.fixes[0].edits, [{ line: 7, column: 19, endLine: 7, endColumn: 24, newText: 'acme' }]);
  });
});

describe('CLI: --format sarif', () => {
  let root: string;
  let cwd: string;
  let out: Run;
  let log: Sarif.Log;
  let run: Sarif.Run;
  const note = NOTE;
  const result = (ruleId: string) => run.results!.find((r) => r.ruleId === ruleId)!;
  before(async () => {
    ({ root, cwd } = repo());
    out = await grounded(cwd, ['check', '--format', 'sarif', 'notes']);
    log = JSON.parse(out.stdout) as Sarif.Log;
    run = log.runs[0];
  });

  it('is valid SARIF 2.1.0 (the OASIS JSON schema); the exit status follows --fail-on as usual', async () => {
    const validate = sarifValidator();
    assert.equal(validate(log), true, JSON.stringify(validate.errors, null, 2));
    assert.equal(log.version, '2.1.0');
    assert.equal(validate({ ...log, runs: [{ ...run, results: [{ message: {} }] }] }), false, 'the schema does catch a result without a message text');
    assert.equal(out.code, 1);
    assert.equal((await grounded(cwd, ['check', '--format', 'sarif', '--fail-on', 'error', 'notes/n.md'])).code, 1, 'the unknown key is an error');
  });
  it('tool.driver: every rule, with its description, help (text and markdown) and default level', () => {
    const driver = run.tool.driver;
    assert.equal(driver.name, 'grounded');
    const ids = driver.rules!.map((r) => r.id);
    for (const id of ['figure-mismatch', 'quote-not-found', 'unknown-source', 'ambiguous-source', 'figure-wrong-source', 'figure-unverified']) assert.ok(ids.includes(id), id);
    for (const r of driver.rules!) {
      assert.ok(r.shortDescription?.text, r.id);
      assert.ok(r.help?.text && r.help.markdown, r.id);
    }
    const level = (id: string) => driver.rules!.find((r) => r.id === id)!.defaultConfiguration?.level;
    assert.equal(level('unknown-source'), 'error');
    assert.equal(level('figure-mismatch'), 'warning');
    assert.equal(level('figure-wrong-source'), 'note');
  });
  it('results: rule, level, message and a location relative to the repository root (%SRCROOT%)', () => {
    const r = result('figure-mismatch');
    assert.equal(r.level, 'warning');
    assert.match(r.message.text!, /The note says 15,500; source acme says 12,500/);
    assert.equal(run.tool.driver.rules![r.ruleIndex!].id, 'figure-mismatch');
    const loc = r.locations![0].physicalLocation!;
    assert.deepEqual(loc.artifactLocation, { uri: 'docs/notes/n.md', uriBaseId: '%SRCROOT%' });
    assert.equal(run.originalUriBaseIds!['%SRCROOT%'].uri, new URL(`file://${root}/`).href);
    assert.deepEqual([loc.region!.startLine, loc.region!.startColumn, loc.region!.endLine, loc.region!.endColumn], [3, 11, 3, 17]);
    assert.equal(loc.region!.snippet!.text, '15,500');
    const rel = r.relatedLocations![0].physicalLocation!;
    assert.equal(rel.artifactLocation!.uri, 'docs/sources/acme.txt');
    assert.equal(rel.region!.startLine, 3);
    assert.equal(result('unknown-source').level, 'error');
    assert.equal(result('figure-unverified').level, 'note');
  });
  it('fixes: replacements that, applied to the note, repair it', () => {
    const fixes = result('unknown-source').fixes!;
    assert.equal(fixes[0].description!.text, 'Change to @acme (Acme report)');
    const change = fixes[0].artifactChanges[0];
    assert.equal(change.artifactLocation.uri, 'docs/notes/n.md');
    const rep = change.replacements[0];
    const lines = note.split('\n');
    const reg = rep.deletedRegion;
    const line = lines[reg.startLine! - 1];
    lines[reg.startLine! - 1] = line.slice(0, reg.startColumn! - 1) + rep.insertedContent!.text + line.slice(reg.endColumn! - 1);
    assert.equal(lines[6], 'Sales rose 4.5% [@acme].');
    const mismatch = result('figure-mismatch').fixes!;
    assert.equal(mismatch[0].artifactChanges[0].replacements[0].insertedContent!.text, '12,500');
  });
  it('rule settings in force are the invocation\'s configuration overrides; outside any repository the working directory is the root', async () => {
    const dir = workspace({ 'sources/acme.txt': ACME, 'n.md': NOTE, 'grounded.json': '{"rules": {"figure-unverified": "off", "quote-not-found": "error"}}' });
    const r = JSON.parse((await grounded(dir, ['check', '--format', 'sarif', 'n.md'])).stdout) as Sarif.Log;
    const validate = sarifValidator();
    assert.equal(validate(r), true, JSON.stringify(validate.errors, null, 2));
    const overrides = r.runs[0].invocations![0].ruleConfigurationOverrides!;
    assert.deepEqual(
      overrides.map((o) => [o.descriptor.id, o.configuration]),
      [
        ['figure-unverified', { enabled: false }],
        ['quote-not-found', { level: 'error' }],
      ],
    );
    assert.equal(r.runs[0].results!.find((x) => x.ruleId === 'quote-not-found')!.level, 'error');
    assert.equal(r.runs[0].results![0].locations![0].physicalLocation!.artifactLocation!.uri, 'n.md');
  });
});
