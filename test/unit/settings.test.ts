// The settings schema: package.json's contributes.configuration, read with jsonc-parser and
// validated with ajv, for grounded.json, .vscode/settings.json and the editor's settings. Every bad
// setting is a problem with its file, key, message, line and column, and never applies.
import * as assert from 'node:assert/strict';
import Ajv from 'ajv';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  DEFAULT_CONFIG,
  InMemoryFileSystem,
  loadConfig,
  normalizeConfig,
  parseSettingsFile,
  settingSchemas,
  settingsFileSchema,
  validateSettings,
  validateSettingsFile,
} from '../../server/src/engine/workspace';
import { abs, Harness, ROOT, under } from '../features/harness';

const pkg = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8'));
const RULE_VALUES = /"error", "warning", "information", "hint" or "off"/;

describe('settings: one schema, from package.json', () => {
  it('is a valid JSON schema (draft-07) with every grounded.* setting of package.json, unprefixed', () => {
    const ajv = new Ajv({ strict: false });
    assert.equal(ajv.validateSchema(settingsFileSchema()), true, JSON.stringify(ajv.errors));
    const declared = Object.keys(pkg.contributes.configuration.properties).map((k) => k.replace(/^grounded\./, ''));
    assert.deepEqual(Object.keys(settingSchemas()), declared);
  });

  it('the defaults are package.json\'s (rules aside: their defaults are the engine\'s)', () => {
    const props = pkg.contributes.configuration.properties as Record<string, { default: unknown }>;
    for (const [k, v] of Object.entries(DEFAULT_CONFIG)) {
      if (k !== 'rules') assert.deepEqual(v, props['grounded.' + k].default, k);
    }
  });
});

describe('settings: validateSettingsFile (the structured problems of grounded.json)', () => {
  it('a rule severity in the wrong case: file, key path, allowed values, line and column', () => {
    const text = '{\n  "rules": {\n    "quote-not-found": "Error"\n  }\n}\n';
    const [p, ...more] = validateSettingsFile('/ws/grounded.json', text);
    assert.deepEqual(more, []);
    assert.equal(p.file, '/ws/grounded.json');
    assert.deepEqual(p.path, ['rules', 'quote-not-found']);
    assert.equal(p.key, 'rules.quote-not-found');
    assert.equal(p.kind, 'bad-value');
    assert.match(p.message, RULE_VALUES);
    assert.match(p.message, /not "Error"; did you mean "error"\?/);
    assert.deepEqual([p.line, p.column, p.endLine, p.endColumn], [3, 24, 3, 31]);
    assert.equal(text.slice(p.offset, p.offset + p.length), '"Error"');
  });

  it('a store that is not a postgres URL: what it must be, without repeating the value (it may hold a password)', () => {
    const [p, ...more] = validateSettingsFile('grounded.json', '{"store": "mysql://me:s3cret@db/news"}');
    assert.deepEqual(more, []);
    assert.equal(p.key, 'store');
    assert.match(p.message, /"store" must be a postgres:\/\/ URL \(or postgres: alone for the PG\* environment variables\), or empty$/);
    assert.doesNotMatch(p.message, /s3cret/);
    assert.deepEqual(validateSettingsFile('grounded.json', '{"store": "postgres://reader@db:5432/news?sslmode=require"}'), []);
    assert.deepEqual(normalizeConfig({ store: 'postgres:' }), { store: 'postgres:' });
  });

  it('a severity that is no severity ("loud")', () => {
    const [p] = validateSettingsFile('grounded.json', '{"rules": {"figure-mismatch": "loud"}}');
    assert.equal(p.key, 'rules.figure-mismatch');
    assert.match(p.message, /"rules\.figure-mismatch" must be "error", "warning", "information", "hint" or "off", not "loud"$/);
  });

  it('an unknown rule name: the key itself is marked, with the closest rule', () => {
    const text = '{"rules": {"quote-not-fond": "error"}}';
    const [p] = validateSettingsFile('grounded.json', text);
    assert.equal(p.kind, 'unknown-key');
    assert.deepEqual(p.path, ['rules', 'quote-not-fond']);
    assert.match(p.message, /unknown rule "quote-not-fond" in "rules"; did you mean "quote-not-found"\?/);
    assert.equal(text.slice(p.offset, p.offset + p.length), '"quote-not-fond"');
  });

  it('an unknown setting: did you mean, in the spelling used', () => {
    assert.match(validateSettingsFile('grounded.json', '{"hedgeTolerence": 0.2}')[0].message, /unknown setting "hedgeTolerence"; did you mean "hedgeTolerance"\?/);
    const vs = validateSettingsFile('/ws/.vscode/settings.json', '{"editor.tabSize": 2, "grounded.hedgeTolerence": 0.2}');
    assert.equal(vs.length, 1, 'other extensions\' settings are not ours to judge');
    assert.match(vs[0].message, /unknown setting "grounded\.hedgeTolerence"; did you mean "grounded\.hedgeTolerance"\?/);
  });

  it('a number of the wrong type, and one out of range: the range is named', () => {
    const [big] = validateSettingsFile('grounded.json', '{"hedgeTolerance": "big"}');
    assert.equal(big.message, '"hedgeTolerance" must be a number from 0 to 0.5, not "big"');
    const [hundred] = validateSettingsFile('grounded.json', '{"hedgeTolerance": 100}');
    assert.equal(hundred.message, '"hedgeTolerance" must be a number from 0 to 0.5, not 100');
    const [size] = validateSettingsFile('grounded.json', '{"maxSourceSizeKB": 0}');
    assert.equal(size.message, '"maxSourceSizeKB" must be a number of at least 1, not 0');
  });

  it('lists: a bad item is named by its index; a string is not a list', () => {
    const [item] = validateSettingsFile('grounded.json', '{"sources": ["a/*.txt", 3]}');
    assert.equal(item.key, 'sources[1]');
    assert.match(item.message, /"sources\[1\]" must be a string, not 3/);
    const [str] = validateSettingsFile('grounded.json', '{"notes": "**/*.md"}');
    assert.match(str.message, /"notes" must be an array of strings, not "\*\*\/\*\.md"/);
  });

  it('JSON with comments and trailing commas is fine; commas inside strings are left alone', () => {
    const text = '{\n  // sources\n  "sources": ["sources/**/*{.txt,}", "a/*.{md,}" ,],\n  /* tolerance */ "hedgeTolerance": 0.2,\n}\n';
    const r = parseSettingsFile('grounded.json', text);
    assert.deepEqual(r.problems, []);
    assert.deepEqual(r.valid.sources, ['sources/**/*{.txt,}', 'a/*.{md,}']);
    assert.equal(r.valid.hedgeTolerance, 0.2);
  });

  it('a parse error has its line and column', () => {
    const ps = validateSettingsFile('grounded.json', '{\n  "sources": ["a"\n  "notes": []\n}');
    assert.ok(ps.length >= 1);
    assert.equal(ps[0].kind, 'syntax');
    assert.match(ps[0].message, /^not valid JSON: comma expected$/);
    assert.deepEqual([ps[0].line, ps[0].column], [3, 3]);
  });

  it('a file that is not an object', () => {
    assert.match(validateSettingsFile('grounded.json', '["sources"]')[0].message, /must be a JSON object, not \["sources"\]/);
  });

  it('the flat "grounded.x" spelling and a nested "grounded" object of settings.json; "$schema" is allowed', () => {
    const r = parseSettingsFile('/ws/.vscode/settings.json', '{"grounded.rules": {"unknown-source": "warn"}, "grounded": {"trace": {"server": "loud"}}}');
    assert.deepEqual(r.problems.map((p) => p.key), ['grounded.rules.unknown-source', 'grounded.trace.server']);
    assert.match(r.problems[0].message, /not "warn"; did you mean "warning"\?$/);
    assert.match(r.problems[1].message, /"grounded\.trace\.server" must be "off", "messages" or "verbose", not "loud"/);
    assert.deepEqual(validateSettingsFile('grounded.json', '{"$schema": "./schema.json", "sources": ["x/*.txt"]}'), []);
  });
});

describe('settings: bad values never apply (their defaults do)', () => {
  it('validateSettings keeps the good values and leaves out each bad one, rule by rule', () => {
    const v = validateSettings({ rules: { 'figure-mismatch': 'error', 'quote-not-found': 'Error', bogus: 'off' }, hedgeTolerance: 'big', sources: ['s/*.txt', 1], notes: ['n/*.md'] });
    assert.deepEqual(v.valid, { rules: { 'figure-mismatch': 'error' }, notes: ['n/*.md'] });
    assert.equal(v.problems.length, 4);
  });

  it("normalizeConfig (the editor's settings, restricted mode too): hedgeTolerance 100 is dropped; trace.server is not configuration", () => {
    assert.deepEqual(normalizeConfig({ hedgeTolerance: 100, trace: { server: 'verbose' }, rules: { 'figure-mismatch': 'error' } }), { rules: { 'figure-mismatch': 'error' } });
    assert.deepEqual(normalizeConfig({ 'grounded.hedgeTolerance': 0.3 }), { hedgeTolerance: 0.3 });
    assert.deepEqual(normalizeConfig(undefined), {});
  });

  it('loadConfig: the problems, the defaults for the bad values, the good ones applied', async () => {
    const fs = new InMemoryFileSystem(under(ROOT, { 'grounded.json': '{"hedgeTolerance": 100, "rules": {"quote-not-found": "loud", "figure-mismatch": "error"}}' }));
    const c = await loadConfig(fs, ROOT);
    assert.equal(c.file, abs('grounded.json'));
    assert.equal(c.config.hedgeTolerance, DEFAULT_CONFIG.hedgeTolerance);
    assert.deepEqual(c.config.rules, { 'figure-mismatch': 'error' });
    assert.deepEqual(c.problems.map((p) => p.key), ['hedgeTolerance', 'rules.quote-not-found'], 'in the order of the file');
    assert.match(c.error!, /grounded\.json:1:20: error: "hedgeTolerance" must be a number from 0 to 0\.5, not 100/);
  });

  it('a settings.json without grounded settings is passed over; an unreadable --config file is a problem', async () => {
    const fs = new InMemoryFileSystem(under(ROOT, { '.vscode/settings.json': '{"editor.tabSize": 2}' }));
    const c = await loadConfig(fs, ROOT);
    assert.equal(c.file, undefined);
    assert.deepEqual(c.problems, []);
    const missing = await loadConfig(fs, ROOT, abs('nope.json'));
    assert.equal(missing.problems[0].kind, 'unreadable');
    assert.match(missing.error!, /nope\.json: error: cannot read .*nope\.json: ENOENT/);
  });
});

describe('settings: in the language server, restricted mode included', () => {
  for (const trusted of [true, false]) {
    it(`${trusted ? 'trusted' : 'untrusted'}: hedgeTolerance 100 (in grounded.json or the editor's settings) never applies`, async () => {
      const files = under(ROOT, { 'grounded.json': '{"hedgeTolerance": 100}', 'sources/a.txt': 'A\n\nAcme sold 12,500 widgets.\n' });
      const disk = await Harness.start({ files, trusted });
      assert.equal(disk.state.folders[0].config.hedgeTolerance, DEFAULT_CONFIG.hedgeTolerance);
      const editor = await Harness.start({ files: under(ROOT, { 'sources/a.txt': 'A\n\nx\n' }), trusted, settings: () => ({ hedgeTolerance: 100, rules: { 'figure-mismatch': 'error' } }) });
      assert.equal(editor.state.folders[0].config.hedgeTolerance, DEFAULT_CONFIG.hedgeTolerance);
      assert.equal(editor.state.folders[0].config.rules['figure-mismatch'], 'error', 'the good settings still apply');
    });
  }
});
